package dk.pulje.application.opendata;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The grants of a round or a fund as IATI 2.03 activities, one {@code iati-activity} per project, written with the
 * JDK's StAX in the order the XSD's sequence demands (docs/adr/0016). The same grants as the 360Giving package: a grant
 * the quality check leaves out there is left out here too, so the two files never disagree.
 * <p>
 * The funder reports (reporting-org, and participating-org role 1 Funding); the owner and every partner implement
 * (role 4: IATI has no finer role for a steering group or a test site); the grant is the budget and the commitment (transaction type 2), paid tranches are disbursements (type 3) and unpaid
 * tranches with a date planned disbursements; each result goal is a result (outcome) with a qualitative indicator.
 * Texts are Danish ({@code xml:lang="da"} on the activity), amounts in DKK ({@code default-currency}).
 */
public final class IatiActivities {

    public static final String VERSION = "2.03";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OpenDataSet set;
    private final Set<Long> published;
    private XMLStreamWriter xml;

    private IatiActivities(OpenDataSet set, Set<Long> published) {
        this.set = set;
        this.published = published;
    }

    /** Writes the activities of the grants {@code grants} publishes. */
    public static void write(OpenDataSet set, GivingPackage grants, OutputStream out) {
        new IatiActivities(set, grants.publishedProjects()).write(out);
    }

    private void write(OutputStream out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", DATE_TIME.format(set.generated()));
            for (OpenDataGrant grant : set.grants()) {
                if (published.contains(grant.projectId())) {
                    activity(grant);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("IATI export failed", failed);
        }
    }

    private void activity(OpenDataGrant grant) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", "da");
        xml.writeAttribute("default-currency", Money.DKK.getCurrencyCode());
        xml.writeAttribute("last-updated-datetime", DATE_TIME.format(set.generated()));
        xml.writeAttribute("hierarchy", "1");
        text("iati-identifier", OpenDataIds.iatiActivity(grant));
        organisation("reporting-org", grant.funder(), null);
        narrativeElement("title", grant.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(grant.description() != null && !grant.description().isBlank() ? grant.description().strip()
                : grant.programme().title() + ": " + grant.title());
        xml.writeEndElement();
        organisation("participating-org", grant.funder(), "1");
        organisation("participating-org", grant.recipient(), "4");
        for (OpenDataPartner partner : set.partnersOf(grant.projectId())) {
            organisation("participating-org", partner.organisation(), "4");
        }
        empty("activity-status", "code", status(grant.status()));
        activityDates(grant);
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", "DK");
        xml.writeAttribute("percentage", "100");
        budget(grant);
        for (OpenDataTranche tranche : set.tranchesOf(grant.projectId())) {
            if (!tranche.isPaid() && tranche.plannedDate() != null) {
                xml.writeStartElement("planned-disbursement");
                xml.writeAttribute("type", "1");
                empty("period-start", "iso-date", tranche.plannedDate().toString());
                value(tranche.planned(), tranche.plannedDate());
                xml.writeEndElement();
            }
        }
        transaction("2", grant.awardDate(), grant.figures().granted(), grant);
        for (OpenDataTranche tranche : set.tranchesOf(grant.projectId())) {
            if (tranche.isPaid()) {
                transaction("3", tranche.paidDate(), tranche.paid(), grant);
            }
        }
        for (OpenDataLink link : grant.related()) {
            xml.writeEmptyElement("related-activity");
            xml.writeAttribute("ref", OpenDataIds.iatiOrganisation(link.funder()) + "-PULJE-" + link.projectId());
            // 3 "Sibling": the maturation project and its follow-up stand side by side; neither contains the other.
            xml.writeAttribute("type", "3");
        }
        for (OpenDataGoal goal : set.goalsOf(grant.projectId())) {
            result(goal);
        }
        xml.writeEndElement();
    }

    /**
     * Planned start and end (types 1 and 3) as the project states them. A project registered without a period has
     * its award date as the planned start, said so in the narrative: IATI wants at least one date.
     */
    private void activityDates(OpenDataGrant grant) throws XMLStreamException {
        if (grant.startDate() != null) {
            empty("activity-date", "type", "1", "iso-date", grant.startDate().toString());
        } else {
            xml.writeStartElement("activity-date");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("iso-date", grant.awardDate().toString());
            narrative("Bevillingsdato; projektperioden er ikke oplyst");
            xml.writeEndElement();
        }
        if (grant.endDate() != null) {
            empty("activity-date", "type", "3", "iso-date", grant.endDate().toString());
        }
    }

    /** The grant as the original, committed budget over the project period (only when the period is known). */
    private void budget(OpenDataGrant grant) throws XMLStreamException {
        if (grant.startDate() == null || grant.endDate() == null) {
            return;
        }
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1");
        xml.writeAttribute("status", "2");
        empty("period-start", "iso-date", grant.startDate().toString());
        empty("period-end", "iso-date", grant.endDate().toString());
        value(grant.figures().granted(), grant.startDate());
        xml.writeEndElement();
    }

    private void transaction(String type, LocalDate date, Money amount, OpenDataGrant grant) throws XMLStreamException {
        xml.writeStartElement("transaction");
        empty("transaction-type", "code", type);
        empty("transaction-date", "iso-date", date.toString());
        value(amount, date);
        organisation("provider-org", grant.funder(), null);
        organisation("receiver-org", grant.recipient(), null);
        xml.writeEndElement();
    }

    /** A result goal: an outcome (type 2) with one qualitative indicator (measure 5), its indicators' text or its own. */
    private void result(OpenDataGoal goal) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", "2");
        narrativeElement("title", goal.description());
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", "5");
        narrativeElement("title", goal.indicators() == null || goal.indicators().isBlank() ? goal.description()
                : goal.indicators());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** An organisation element with its identifier, its IATI type, a role when given, and its name. */
    private void organisation(String element, OpenDataParty party, String role) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("ref", OpenDataIds.iatiOrganisation(party));
        if (party.type() != null) {
            xml.writeAttribute("type", type(party));
        }
        if (role != null) {
            xml.writeAttribute("role", role);
        }
        narrative(party.name());
        xml.writeEndElement();
    }

    private void value(Money amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.amount().toPlainString());
        xml.writeEndElement();
    }

    private void narrativeElement(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        text("narrative", text);
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    /** IATI's ActivityStatus: pipeline, implementation, finalisation, closed, cancelled. */
    static String status(ProjectStatus status) {
        return switch (status) {
            case APPLICATION_RECEIVED, UNDER_REVIEW -> "1";
            case GRANTED, ACTIVE -> "2";
            case FINAL_REPORT_DUE -> "3";
            case CLOSED -> "4";
            case REJECTED, WITHDRAWN -> "5";
        };
    }

    /** IATI's OrganisationType: government, other public sector, NGO (national or international), academic, private. */
    static String type(OpenDataParty party) {
        OrganisationType type = party.type();
        return switch (type) {
            case MUNICIPALITY, REGION, AGENCY -> "10";
            case LIBRARY -> "15";
            case NGO -> "DK".equals(party.countryCode()) ? "22" : "21";
            case SCHOOL -> "80";
            case COMPANY -> "70";
        };
    }
}
