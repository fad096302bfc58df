package dk.pulje.web.projects;

import dk.pulje.application.project.ProjectDetail.BudgetLineView;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The budget, edited inline: each line is a row of the table, changed in place (the row editor: Enter saves, Escape
 * cancels) and saved as one command; new lines are added below. Totals per year and per category, and Σ against the
 * total project sum, follow every save.
 */
@Named
@ViewScoped
public class BudgetEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectViewBacking page;

    @Inject
    private ProjectService projects;

    /** The rows as the table edits them, built from the project as last read. */
    private List<BudgetRow> rows;
    /** The project version the rows were built from: a save reads the project again, and the rows follow. */
    private long rowsVersion = -1;

    private BudgetCategory category = BudgetCategory.SALARIES;
    private Integer year;
    private Money amount;
    private String note;

    public List<BudgetRow> getRows() {
        if (rows == null || rowsVersion != page.version()) {
            rows = page.getProject().budget().stream().map(BudgetRow::of).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            rowsVersion = page.version();
        }
        return rows;
    }

    public void rowEdited(RowEditEvent<BudgetRow> event) {
        BudgetRow row = event.getObject();
        page.change(() -> projects.changeBudgetLine(page.getProject().id(), page.version(), row.getId(), row.getCategory(),
                row.getYear(), row.getAmount(), row.getNote()), "workspace.budget.saved");
    }

    public void remove(BudgetRow row) {
        page.change(() -> projects.removeBudgetLine(page.getProject().id(), page.version(), row.getId()),
                "workspace.budget.removed");
    }

    public void add() {
        if (page.change(() -> projects.addBudgetLine(page.getProject().id(), page.version(), category, year, amount, note),
                "workspace.budget.added")) {
            year = null;
            amount = null;
            note = null;
        }
    }

    /** Σ per year (lines without a year last), from the lines as saved. */
    public List<Total<Integer>> getPerYear() {
        Map<Integer, Money> sums = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        page.getProject().budget().forEach(l -> sums.merge(l.year(), l.amount(), Money::plus));
        return sums.entrySet().stream().map(e -> new Total<>(e.getKey(), e.getValue())).toList();
    }

    /** Σ per category, in the categories' order. */
    public List<Total<BudgetCategory>> getPerCategory() {
        Map<BudgetCategory, Money> sums = new TreeMap<>();
        page.getProject().budget().forEach(l -> sums.merge(l.category(), l.amount(), Money::plus));
        return sums.entrySet().stream().map(e -> new Total<>(e.getKey(), e.getValue())).toList();
    }

    public BudgetCategory[] getCategories() {
        return BudgetCategory.values();
    }

    /** One line of a total: its key (a year or a category) and Σ. */
    public record Total<K>(K key, Money sum) implements Serializable {
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public void setCategory(BudgetCategory category) {
        this.category = category;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** A budget line as the table edits it. */
    public static final class BudgetRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private BudgetCategory category;
        private Integer year;
        private Money amount;
        private String note;

        private BudgetRow(long id) {
            this.id = id;
        }

        static BudgetRow of(BudgetLineView line) {
            BudgetRow row = new BudgetRow(line.id());
            row.category = line.category();
            row.year = line.year();
            row.amount = line.amount();
            row.note = line.note();
            return row;
        }

        public long getId() {
            return id;
        }

        public BudgetCategory getCategory() {
            return category;
        }

        public void setCategory(BudgetCategory category) {
            this.category = Objects.requireNonNull(category);
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Money getAmount() {
            return amount;
        }

        public void setAmount(Money amount) {
            this.amount = amount;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
