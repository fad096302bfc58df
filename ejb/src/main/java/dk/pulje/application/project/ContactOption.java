package dk.pulje.application.project;

import java.io.Serializable;

/** A contact person who can be named as a project contact: their id, name and organisation. */
public record ContactOption(long id, String name, String organisation) implements Serializable {
}
