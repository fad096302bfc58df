package dk.pulje.web.support.pdf;

import dk.pulje.application.project.ProjectDetail;
import dk.pulje.domain.model.money.Money;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The project sheet as PDF: what the project page shows a reader (title, fund and round, owner, partners, period,
 * status, budget, financing, grant, payments, reports), in the reader's language with the page's formats
 * ({@code #{fmt}}). Written from the {@link ProjectDetail} the page loaded for this caller, so it holds nothing the
 * caller could not read there (never the internal note).
 */
@RequestScoped
public class ProjectSheet {

    @Inject
    private Formats fmt;

    @Inject
    private Messages msg;

    public void write(ProjectDetail p, Locale locale, OutputStream out) {
        try (PdfSheet pdf = new PdfSheet(out, p.title(), locale)) {
            pdf.subtitle(p.fundName() + " · " + p.roundName());
            List<String[]> facts = new ArrayList<>();
            facts.add(pair("pdf.project.owner", p.ownerName() == null ? msg.text("value.unknown") : p.ownerName()));
            facts.add(pair("pdf.project.town", p.town() == null ? msg.text("value.unknown")
                    : p.municipality() == null ? p.town() : p.town() + " (" + p.municipality() + ")"));
            facts.add(pair("pdf.project.period", fmt.period(p.startDate(), p.endDate())));
            facts.add(pair("pdf.project.status", fmt.label(p.status())));
            facts.add(pair("pdf.project.totalSum", fmt.amount(p.totalSum())));
            facts.add(pair("pdf.project.granted", fmt.amount(p.granted())));
            facts.add(pair("pdf.project.supportShare", fmt.percent(p.supportShare())));
            pdf.facts(facts);

            if (!p.partners().isEmpty()) {
                pdf.heading(msg.text("pdf.project.partners"));
                PdfSheet.Table partners = pdf.table(List.of(msg.text("pdf.project.organisation"),
                        msg.text("pdf.project.town"), msg.text("pdf.project.role")));
                p.partners().forEach(partner -> partners.row(partner.organisation(), partner.town(), fmt.label(partner.role())));
                partners.end();
            }

            pdf.heading(msg.text("pdf.project.budget"));
            PdfSheet.Table budget = pdf.table(List.of(msg.text("pdf.project.category"), msg.text("pdf.project.year"),
                    msg.text("pdf.project.note"), msg.text("pdf.project.amount")), false, false, false, true);
            Money budgetSum = null;
            for (ProjectDetail.BudgetLineView line : p.budget()) {
                budget.row(fmt.label(line.category()), line.year() == null ? "" : line.year().toString(),
                        line.note(), fmt.amount(line.amount()));
                budgetSum = add(budgetSum, line.amount());
            }
            budget.total(msg.text("pdf.total"), "", "", fmt.amount(budgetSum)).end();

            pdf.heading(msg.text("pdf.project.financing"));
            PdfSheet.Table financing = pdf.table(List.of(msg.text("pdf.project.kind"), msg.text("pdf.project.contributor"),
                    msg.text("pdf.project.amount")), false, false, true);
            Money financingSum = null;
            for (ProjectDetail.FinancingLineView line : p.financing()) {
                financing.row(fmt.label(line.kind()), line.contributor(), fmt.amount(line.amount()));
                financingSum = add(financingSum, line.amount());
            }
            financing.total(msg.text("pdf.total"), "", fmt.amount(financingSum)).end();

            if (p.grant() != null) {
                ProjectDetail.GrantView grant = p.grant();
                pdf.heading(msg.text("pdf.project.grant"));
                pdf.facts(List.of(pair("pdf.project.journalNumber", grant.journalNumber() == null ? "" : grant.journalNumber()),
                        pair("pdf.project.subPool", grant.subPool() == null ? "" : grant.subPool()),
                        pair("pdf.project.applied", fmt.amount(grant.applied())),
                        pair("pdf.project.granted", fmt.amount(grant.granted())),
                        pair("pdf.project.decisionDate", fmt.date(grant.decisionDate())),
                        pair("pdf.project.paid", fmt.amount(grant.paid()))));
                pdf.heading(msg.text("pdf.project.payments"));
                PdfSheet.Table payments = pdf.table(List.of(msg.text("pdf.project.plannedDate"), msg.text("pdf.project.planned"),
                        msg.text("pdf.project.paidDate"), msg.text("pdf.project.paid")), false, true, false, true);
                for (ProjectDetail.PaymentView payment : grant.payments()) {
                    payments.row(fmt.date(payment.plannedDate()), fmt.amount(payment.plannedAmount()),
                            payment.paidDate() == null ? "" : fmt.date(payment.paidDate()),
                            payment.paidAmount() == null ? "" : fmt.amount(payment.paidAmount()));
                }
                payments.total(msg.text("pdf.total"), fmt.amount(grant.planned()), "", fmt.amount(grant.paid())).end();
            }

            if (!p.reports().isEmpty()) {
                pdf.heading(msg.text("pdf.project.reports"));
                PdfSheet.Table reports = pdf.table(List.of(msg.text("pdf.project.reportType"), msg.text("pdf.project.dueDate"),
                        msg.text("pdf.project.status")));
                p.reports().forEach(r -> reports.row(fmt.label(r.type()), fmt.date(r.dueDate()), fmt.label(r.statusToday())));
                reports.end();
            }
        }
    }

    private String[] pair(String key, String value) {
        return new String[]{msg.text(key), value};
    }

    private static Money add(Money sum, Money amount) {
        if (amount == null) {
            return sum;
        }
        return sum == null ? amount : sum.plus(amount);
    }
}
