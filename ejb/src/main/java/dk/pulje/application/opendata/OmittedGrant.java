package dk.pulje.application.opendata;

import java.util.List;

/** A decided grant the export leaves out, and why (docs/adr/0016: left out and said so, never published half right). */
public record OmittedGrant(long projectId, String grantId, String title, List<GivingProblem> problems) {

    public OmittedGrant {
        problems = List.copyOf(problems);
    }
}
