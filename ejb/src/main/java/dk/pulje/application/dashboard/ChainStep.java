package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;

/**
 * One project of a follow-up chain; amounts null when not stated.
 *
 * @param depth              0 for the chain's first project, 1 for what it led to, …
 * @param followUpOutOfSight the project leads to a follow-up in a fund the caller does not read: the chain goes on there
 */
public record ChainStep(int depth, long id, String title, ProjectType type, ProjectStatus status, String fund,
                        Money granted, Money total, boolean followUpOutOfSight) {
}
