package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoDuration;

import org.junit.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * go-values.tsv holds what Go 1.19 prints for ~900 float64s (interesting ones, random bit
 * patterns, random decimals), times under many layouts, and durations. Columns:
 * {@code float BITS %v %.2f %e %.3e %g %.4g %f %.0f json}, {@code time UNIXNANO "layout" "output"}
 * (an empty layout is String()), {@code duration NANOS "String()" Seconds Minutes Hours}.
 */
public class GoValuesTest {
    private static final String[] FLOAT_VERBS = {"%v", "%.2f", "%e", "%.3e", "%g", "%.4g", "%f", "%.0f"};

    @Test
    public void floatsTimesAndDurationsPrintAsInGo() throws IOException {
        List<String> failures = new ArrayList<>();
        int[] counts = new int[3];
        for (String line : lines()) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            switch (c[0]) {
                case "float" -> {
                    counts[0]++;
                    checkFloat(Double.longBitsToDouble(Long.parseUnsignedLong(c[1], 16)), c, failures);
                }
                case "time" -> {
                    counts[1]++;
                    Instant t = Instant.ofEpochSecond(0, Long.parseLong(c[1]));
                    String layout = unquote(c[2]);
                    String got = layout.isEmpty() ? GoTime.string(t) : GoTime.format(t, layout);
                    check(failures, c[1] + " " + layout, unquote(c[3]), got);
                }
                default -> {
                    counts[2]++;
                    checkDuration(Long.parseLong(c[1]), c, failures);
                }
            }
        }
        assertTrue(counts[0] > 900 && counts[1] > 150 && counts[2] > 15);
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    private static void checkFloat(double d, String[] c, List<String> failures) {
        for (int i = 0; i < FLOAT_VERBS.length; i++) {
            check(failures, FLOAT_VERBS[i] + " " + c[1], c[i + 2], GoFmt.sprintf(FLOAT_VERBS[i], new Object[]{d}));
        }
        check(failures, "json " + c[1], c[10], GoJson.encode(d).trim());
    }

    private static void checkDuration(long nanos, String[] c, List<String> failures) {
        Duration d = Duration.ofNanos(nanos);
        check(failures, "String " + nanos, unquote(c[2]), GoDuration.string(nanos));
        String[] methods = {"Seconds", "Minutes", "Hours"};
        for (int i = 0; i < methods.length; i++) {
            Object v = Types.DURATION.member(methods[i]).get(d, new Object[0]);
            check(failures, methods[i] + " " + nanos, c[3 + i], GoFmt.sprintf("%v", new Object[]{v}));
        }
    }

    private static void check(List<String> failures, String what, String want, String got) {
        if (!want.equals(got)) {
            failures.add(what + ": want " + want + " got " + got);
        }
    }

    /** The JSON string literals of the file (only \" and \\u escapes occur in them). */
    private static String unquote(String lit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lit.length() - 1; i++) {
            char ch = lit.charAt(i);
            if (ch == '\\') {
                char e = lit.charAt(++i);
                if (e == 'u') {
                    sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    sb.append(e);
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static List<String> lines() throws IOException {
        try (var in = GoValuesTest.class.getResourceAsStream("go-values.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
