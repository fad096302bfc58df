package dk.pulje.application.opendata;

/** The open-data files Pulje writes, with the ending of their file names. */
public enum OpenDataFormat {
    GIVING_JSON("360giving.json"),
    GIVING_CSV("360giving.csv"),
    IATI("iati.xml");

    private final String suffix;

    OpenDataFormat(String suffix) {
        this.suffix = suffix;
    }

    /** "uddannelsespuljen-2024-360giving.json" */
    public String fileName(OpenDataScope scope) {
        return scope.fileStem() + "-" + suffix;
    }
}
