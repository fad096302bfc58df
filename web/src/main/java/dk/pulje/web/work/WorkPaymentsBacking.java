package dk.pulje.web.work;

import dk.pulje.application.worklist.DuePayment;
import dk.pulje.application.worklist.PaymentSort;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.web.support.export.Amounts;
import dk.pulje.web.support.export.ListExport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Backs {@code /work/payments.xhtml}: tranches due within the horizon and overdue ones, earliest first. */
@Named
@ViewScoped
public class WorkPaymentsBacking extends WorkListBacking<DuePayment, PaymentSort> {

    private static final long serialVersionUID = 1L;

    static final Map<String, PaymentSort> COLUMNS = Map.of("plannedDate", PaymentSort.PLANNED_DATE,
            "amount", PaymentSort.AMOUNT, "projectTitle", PaymentSort.PROJECT, "ownerName", PaymentSort.OWNER,
            "fundName", PaymentSort.FUND);

    @Inject
    private WorkListService service;

    public WorkPaymentsBacking() {
        super(COLUMNS);
    }

    @PostConstruct
    void init() {
        init(service, new WorkLazyDataModel<>(new Source(service), COLUMNS, PaymentSort.PLANNED_DATE, true));
    }

    static final ListExport<DuePayment> EXPORT = ListExport.<DuePayment>named("udbetalinger", "Udbetalinger")
            .date("work.payments.column.plannedDate", DuePayment::plannedDate)
            .money("work.payments.column.amount", p -> Amounts.of(p.amount()))
            .text("work.column.project", DuePayment::projectTitle)
            .text("work.column.owner", DuePayment::ownerName)
            .text("work.column.fund", DuePayment::fundName);

    @Override
    protected ListExport<DuePayment> exportColumns() {
        return EXPORT;
    }

    @Override
    protected String path() {
        return "/work/payments.xhtml";
    }

    public boolean overdue(DuePayment row) {
        return row.overdueOn(getToday());
    }

    private record Source(WorkListService service) implements WorkLazyDataModel.Source<DuePayment, PaymentSort> {
        @Override
        public long count(WorkListSearch<PaymentSort> search) {
            return service.countPayments(search);
        }

        @Override
        public List<DuePayment> rows(WorkListSearch<PaymentSort> search) {
            return service.payments(search);
        }

        @Override
        public long key(DuePayment row) {
            return row.paymentId();
        }
    }
}
