package dk.pulje.domain.model.fund;

/** Temapulje or åben pulje. */
public enum SubPoolKind {
    THEME,
    OPEN
}
