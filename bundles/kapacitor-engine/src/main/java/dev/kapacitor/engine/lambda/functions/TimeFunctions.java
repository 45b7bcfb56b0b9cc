package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.TIME;

/**
 * unixNano, minute, hour, weekday, day, month, year and now(). Kapacitor hands lambdas the
 * point time in the server's local zone, so the calendar fields are local too (UTC in most
 * deployments); they are computed arithmetically, without allocating.
 */
final class TimeFunctions {
    private static final long NANOS = 1_000_000_000L;
    private static final long DAY_SECONDS = 86_400;

    private TimeFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        field(m, "unixNano", ns -> ns);
        field(m, "minute", ns -> Math.floorMod(localSeconds(ns), DAY_SECONDS) / 60 % 60);
        field(m, "hour", ns -> Math.floorMod(localSeconds(ns), DAY_SECONDS) / 3600);
        field(m, "weekday", ns -> Math.floorMod(Math.floorDiv(localSeconds(ns), DAY_SECONDS) + 4, 7));
        field(m, "day", ns -> civil(Math.floorDiv(localSeconds(ns), DAY_SECONDS))[2]);
        field(m, "month", ns -> civil(Math.floorDiv(localSeconds(ns), DAY_SECONDS))[1]);
        field(m, "year", ns -> civil(Math.floorDiv(localSeconds(ns), DAY_SECONDS))[0]);
        Builtins.add(m, "now", List.of(Signature.of(TIME)), (a, t, s) -> new Node() {
            @Override
            public long l(Frame f) {
                Instant now = Instant.now();
                return now.getEpochSecond() * NANOS + now.getNano();
            }
        });
    }

    private static void field(Map<String, Builtin> m, String name, LongUnaryOperator fn) {
        Builtins.add(m, name, List.of(Signature.of(INT, TIME)), (a, t, s) -> new Node() {
            @Override
            public long l(Frame f) {
                return fn.applyAsLong(a[0].l(f));
            }
        });
    }

    /** Seconds since the epoch shifted to the local wall clock. */
    static long localSeconds(long nanos) {
        long seconds = Math.floorDiv(nanos, NANOS);
        ZoneRules rules = Zone.RULES;
        int offset = rules.isFixedOffset() ? Zone.FIXED : rules.getOffset(Instant.ofEpochSecond(seconds)).getTotalSeconds();
        return seconds + offset;
    }

    /** Year, month (1-12) and day of month of a day count since 1970-01-01 (proleptic Gregorian). */
    static long[] civil(long days) {
        long z = days + 719_468; // days since 0000-03-01
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153; // month counted from March
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    /** The server's zone, read once. */
    private static final class Zone {
        static final ZoneRules RULES = ZoneId.systemDefault().getRules();
        static final int FIXED = RULES.isFixedOffset() ? RULES.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    }
}
