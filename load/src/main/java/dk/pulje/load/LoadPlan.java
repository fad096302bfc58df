package dk.pulje.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@code ./pulje load} is: where Pulje answers, who logs in, how many users of each role for how long,
 * and the ids the journeys pick from. {@link LoadRun} sets it before Gatling starts {@link PuljeJourneys} in the same
 * JVM (a Gatling simulation is built by Gatling, so it reads its plan from here).
 *
 * @param url          Pulje's address, ending in /pulje/
 * @param adminToken   a read-write API token of bench-admin (its edits go through the API with If-Match)
 * @param password     the users' password
 * @param users        concurrent users in all; 40 % administrators, 30 % applicants, the rest regional staff
 * @param duration     how long each user goes on with its journey after logging in
 * @param thinkMin     the shortest pause between two requests of one user (a person reading)
 * @param thinkMax     the longest
 * @param projectIds   every project (administrators open and edit random ones)
 * @param reportIds    the applicant's due reports (each applicant user writes only its own share, so that two users
 *                     never race on one draft)
 * @param fundIds      the funds (a filter of the administrators' list)
 */
public record LoadPlan(String url, String adminToken, String password, int users, Duration duration, Duration thinkMin,
                       Duration thinkMax, List<Long> projectIds, List<Long> reportIds, List<Long> fundIds) {

    private static volatile LoadPlan current;

    public LoadPlan {
        if (users < 3) {
            throw new IllegalArgumentException("at least 3 users (one of each role), not " + users);
        }
        if (thinkMax.compareTo(thinkMin) < 0) {
            throw new IllegalArgumentException("think time: the longest pause is shorter than the shortest");
        }
    }

    public static LoadPlan current() {
        LoadPlan plan = current;
        if (plan == null) {
            throw new IllegalStateException("no load plan: PuljeJourneys runs from ./pulje load (LoadRun)");
        }
        return plan;
    }

    static void use(LoadPlan plan) {
        current = plan;
    }

    public int administrators() {
        return Math.max(1, Math.round(users * 0.4f));
    }

    public int applicants() {
        return Math.max(1, Math.round(users * 0.3f));
    }

    public int regionalStaff() {
        return users - administrators() - applicants();
    }

    /** The settings of a run from {@code ./pulje load}'s environment variables (README, docs/operations.md). */
    record Settings(int projects, int users, Duration duration, Duration thinkMin, Duration thinkMax) {

        static Settings from(Map<String, String> env) {
            int projects = positive(env, "PULJE_LOAD_PROJECTS", 100_000);
            int users = positive(env, "PULJE_LOAD_USERS", 50);
            Duration duration = Duration.ofSeconds(positive(env, "PULJE_LOAD_DURATION", 300));
            String think = env.getOrDefault("PULJE_LOAD_THINK", "1-3").strip();
            String[] range = think.split("-", 2);
            try {
                Duration min = Duration.ofMillis(Math.round(Double.parseDouble(range[0].strip()) * 1000));
                Duration max = range.length > 1 ? Duration.ofMillis(Math.round(Double.parseDouble(range[1].strip()) * 1000)) : min;
                if (min.isNegative() || max.compareTo(min) < 0) {
                    throw new NumberFormatException();
                }
                return new Settings(projects, users, duration, min, max);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PULJE_LOAD_THINK must be seconds or a range of seconds like 1-3, not " + think);
            }
        }

        private static int positive(Map<String, String> env, String name, int fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int number = Integer.parseInt(value.strip());
                if (number < 1) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number above 0, not " + value);
            }
        }
    }
}
