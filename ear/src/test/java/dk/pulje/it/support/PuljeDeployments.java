package dk.pulje.it.support;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The deployments the tests use: always the real EAR that the build made, never a hand-picked subset. */
public final class PuljeDeployments {

    private PuljeDeployments() {
    }

    /** The EAR as users get it, for tests that act from outside (browser, HTTP). */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("pulje.it.ear", "target/pulje.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The real EAR plus a test WAR holding the given test classes, which then run inside WildFly. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "pulje-tests.war")
                .addClasses(testClasses)
                .addClasses(PuljeIntegrationTest.class, ItDatabase.class, SeedDocument.class, SeedDocument.SeedProject.class,
                        TestWarAuthenticationMechanism.class, TestFund.class, NativeSql.class)
                .addPackage(dk.pulje.it.support.as.DemoUser.class.getPackage())
                .addAsResource(SeedDocument.RESOURCE)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = application();
        ear.addAsModule(Testable.archiveToTest(tests));
        // Only in tests: the run-as principal "mixed-roles" (AsMixed) also holds REGIONAL_STAFF in Pulje's EJBs.
        ear.getAsType(JavaArchive.class, "pulje-ejb.jar").addAsManifestResource(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <jboss:ejb-jar xmlns:jboss="urn:jboss:jakartaee:1.0" xmlns="https://jakarta.ee/xml/ns/jakartaee"
                               xmlns:s="urn:security-role:2.0" version="4.0" impl-version="2.0">
                    <assembly-descriptor>
                        <s:security-role>
                            <s:role-name>REGIONAL_STAFF</s:role-name>
                            <s:principal-name>mixed-roles</s:principal-name>
                        </s:security-role>
                    </assembly-descriptor>
                </jboss:ejb-jar>
                """), "jboss-ejb3.xml");
        return ear;
    }
}
