package io.postmortem.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Golden files under src/test/resources/golden/ with their dates written relative to the seed example's day
 * ({@link SeedExample#DAY}): {@code {{D+14}}} is the ISO date 14 days after the incident, {@code {{D+0|d MMMM uuuu}}}
 * the same day in another pattern (English). So a golden file holds on any date, and under CI's shifted clock.
 */
public final class Golden {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{D([+-]\\d+)(?:\\|([^}]+))?}}");

    private Golden() {
    }

    /** The golden file's text with every {@code {{D+n}}} placeholder resolved against the seed example's day. */
    public static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) throw new IllegalStateException("missing golden file " + name);
            return expand(new String(in.readAllBytes(), StandardCharsets.UTF_8), SeedExample.DAY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String expand(String text, LocalDate day) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate d = day.plusDays(Integer.parseInt(m.group(1)));
            String value = m.group(2) == null ? d.toString() : d.format(DateTimeFormatter.ofPattern(m.group(2), Locale.ENGLISH));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
