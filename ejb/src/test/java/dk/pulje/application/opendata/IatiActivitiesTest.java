package dk.pulje.application.opendata;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static dk.pulje.application.opendata.OpenDataSamples.lemvig;
import static dk.pulje.application.opendata.OpenDataSamples.myre;
import static dk.pulje.application.opendata.OpenDataSamples.round;
import static dk.pulje.application.opendata.OpenDataSamples.withoutOwner;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IatiActivitiesTest {

    static String iati(OpenDataSet set) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiActivities.write(set, GivingPackage.of(set), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatesAgainstTheIati203Xsd() throws Exception {
        Standards.validateIati(iati(round(myre(), lemvig(), withoutOwner())));
    }

    @Test
    void anActivityPerPublishedGrantWithItsMoneyAndResults() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(iati(round(myre(), lemvig(), withoutOwner())).getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertEquals("2.03", root.getAttribute("version"));
        NodeList activities = root.getElementsByTagName("iati-activity");
        assertEquals(2, activities.getLength(), "the grant without a recipient is left out, as in 360Giving");
        Element myre = (Element) activities.item(0);
        assertEquals("DK-CVR-29190925-PULJE-100", text(myre, "iati-identifier"));
        assertEquals("da", myre.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("DKK", myre.getAttribute("default-currency"));
        NodeList organisations = myre.getElementsByTagName("participating-org");
        assertEquals(3, organisations.getLength(), "funder, owner, partner");
        assertEquals("1", ((Element) organisations.item(0)).getAttribute("role"));
        assertEquals("4", ((Element) organisations.item(1)).getAttribute("role"));
        assertEquals("2", ((Element) myre.getElementsByTagName("activity-status").item(0)).getAttribute("code"));
        NodeList transactions = myre.getElementsByTagName("transaction");
        assertEquals(2, transactions.getLength());
        assertEquals("2700000.00", text((Element) transactions.item(0), "value"), "the commitment");
        assertEquals("1000000.00", text((Element) transactions.item(1), "value"), "the paid tranche");
        assertEquals(1, myre.getElementsByTagName("planned-disbursement").getLength(), "the unpaid tranche");
        assertEquals(1, myre.getElementsByTagName("budget").getLength());
        assertEquals(2, myre.getElementsByTagName("result").getLength());
        assertEquals("DK-CVR-29190925-PULJE-150",
                ((Element) myre.getElementsByTagName("related-activity").item(0)).getAttribute("ref"));
        Element lemvig = (Element) activities.item(1);
        assertEquals(0, lemvig.getElementsByTagName("budget").getLength(), "no period, no budget");
        assertEquals("2024-06-01", ((Element) lemvig.getElementsByTagName("activity-date").item(0)).getAttribute("iso-date"));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}
