package dk.pulje.domain.model.project;

import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.ejb.ApplicationException;

import java.util.Locale;
import java.util.stream.Collectors;

/** A project may not be closed yet: the message lists every missing item ({@link ClosingCheck}). */
@ApplicationException(rollback = true)
public class ProjectNotClosable extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient ClosingCheck check;

    public ProjectNotClosable(ClosingCheck check) {
        super("project.cannotClose");
        this.check = check;
    }

    public ClosingCheck check() {
        return check;
    }

    @Override
    public String messageIn(Locale locale) {
        return super.messageIn(locale) + " " + check.missing().stream().map(m -> m.messageIn(locale))
                .collect(Collectors.joining(" "));
    }
}
