package dk.pulje.domain.model.project;

/** Udviklingsprojekt or modningsprojekt (a maturation project that prepares a larger application). */
public enum ProjectType {
    DEVELOPMENT,
    MATURATION
}
