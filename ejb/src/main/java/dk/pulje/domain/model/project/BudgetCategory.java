package dk.pulje.domain.model.project;

/** Cost categories, so that accounts can be compared with the budget line by line. Labels: {@code enum.BudgetCategory.*}. */
public enum BudgetCategory {
    SALARIES,
    ACTIVITIES,
    MATERIALS,
    COMMUNICATION,
    EVALUATION,
    TRAVEL,
    AUDIT,
    OTHER
}
