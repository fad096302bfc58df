package dk.pulje.domain.model.project;

/** Labels: {@code enum.MilestoneStatus.*}. */
public enum MilestoneStatus {
    PLANNED,
    REACHED,
    DELAYED,
    CANCELLED
}
