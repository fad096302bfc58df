package dk.pulje.it.support;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
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
                        TestWarAuthenticationMechanism.class, TestFund.class)
                .addPackage(dk.pulje.it.support.as.DemoUser.class.getPackage())
                .addAsResource(SeedDocument.RESOURCE)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = application();
        ear.addAsModule(Testable.archiveToTest(tests));
        return ear;
    }
}
