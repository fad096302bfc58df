package dk.pulje.application.opendata;

/** The grant programme: a fund and, when the grant belongs to one, its round. */
public record OpenDataProgramme(long fundId, String fundName, Long roundId, String roundName) {

    /** "Udviklingspuljen for folkebiblioteker … – Uddannelsespuljen 2024", or the fund's name alone. */
    public String title() {
        return roundName == null ? fundName : fundName + " – " + roundName;
    }
}
