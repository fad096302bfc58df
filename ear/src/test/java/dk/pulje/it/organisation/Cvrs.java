package dk.pulje.it.organisation;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid CVR numbers (modulus 11) for tests that share one database. */
public final class Cvrs {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvrs() {
    }

    public static String fresh() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                int digit = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                digits.append(digit);
                sum += digit * WEIGHTS[i];
            }
            int check = (11 - sum % 11) % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** The same number with its last digit off by one: a typing error the check digit catches. */
    public static String mistyped(String cvr) {
        char last = cvr.charAt(7);
        return cvr.substring(0, 7) + (last == '9' ? '0' : (char) (last + 1));
    }
}
