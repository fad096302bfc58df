package dk.pulje.it.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of seed 002 (Region Midtjylland's press release on Uddannelsespuljen 2024) read from the seed's own
 * text, not from the demo data: 15 projects, each "Samlet projektsum: X mio. kroner. Region Midtjylland støtter med
 * Y mio. kroner." ("0324 mio." is the release's typo for 0,324 mio.).
 */
record SeedFigures(int projects, BigDecimal total, BigDecimal granted) {

    private static final Pattern PROJECT = Pattern.compile(
            "Samlet (?:projektsum|budget): ([0-9,]+) mio\\. kroner\\. Region Midtjylland støtter med ([0-9,]+) mio\\. kroner");
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    static SeedFigures read() {
        String text;
        try (InputStream in = SeedFigures.class.getResourceAsStream("/seeds/uddannelsespuljen-2024-pressemeddelelse.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher project = PROJECT.matcher(text);
        int count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal granted = BigDecimal.ZERO;
        while (project.find()) {
            count++;
            total = total.add(millions(project.group(1)));
            granted = granted.add(millions(project.group(2)));
        }
        return new SeedFigures(count, total.setScale(2), granted.setScale(2));
    }

    /** "11,063" → 11063000; "0324" (a comma lost after the zero) → 324000. */
    static BigDecimal millions(String text) {
        String number = text.startsWith("0") && !text.contains(",") && text.length() > 1 ? "0." + text.substring(1)
                : text.replace(',', '.');
        return new BigDecimal(number).multiply(MILLION);
    }
}
