package dk.pulje.web.imports;

/** What an allocation list was read as, judged by its content (never by its name alone). */
public enum FileKind {
    CSV,
    XLSX
}
