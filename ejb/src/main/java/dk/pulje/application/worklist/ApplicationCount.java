package dk.pulje.application.worklist;

/** Applications waiting for the administrator (read with select new). */
public record ApplicationCount(long received, long underReview) {
}
