package dk.pulje.it.support.as;

import java.util.concurrent.Callable;

/** The demo users, each with the test bean that runs code as them inside the server. */
public enum DemoUser {
    ADMIN(AsAdmin.class),
    RANDERS(AsRanders.class),
    AARHUS(AsAarhus.class),
    REGION(AsRegion.class),
    SYSADMIN(AsSysadmin.class),
    /** Not a demo user: an applicant of a partner organisation, created by the test that uses it. */
    PARTNER_AALBORG(AsPartner.class),
    /** Not a demo user: a fund administrator who is also regional staff, created by the test that uses it. */
    MIXED_ROLES(AsMixed.class);

    public static final String PASSWORD = "Demo-Pulje-2026";

    private final Class<?> bean;

    DemoUser(Class<?> bean) {
        this.bean = bean;
    }

    public String username() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Runs the work as this user; must be called inside the server. */
    public <T> T call(Callable<T> work) throws Exception {
        Object instance = jakarta.enterprise.inject.spi.CDI.current().select(bean).get();
        try {
            return switch (this) {
                case ADMIN -> ((AsAdmin) instance).call(work);
                case RANDERS -> ((AsRanders) instance).call(work);
                case AARHUS -> ((AsAarhus) instance).call(work);
                case REGION -> ((AsRegion) instance).call(work);
                case SYSADMIN -> ((AsSysadmin) instance).call(work);
                case PARTNER_AALBORG -> ((AsPartner) instance).call(work);
                case MIXED_ROLES -> ((AsMixed) instance).call(work);
            };
        } catch (jakarta.ejb.EJBException e) {
            // The test's own failures cross an EJB boundary here; hand them back as they were thrown.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** {@link #call} for work that throws no checked exception. */
    public <T> T call0(java.util.function.Supplier<T> work) {
        try {
            return call(work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        try {
            call(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
