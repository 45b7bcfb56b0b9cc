package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoDuration;

import dev.kapacitor.gotemplate.DataType;
import dev.kapacitor.gotemplate.internal.Type.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The Go types templates know, and the methods of time.Time and time.Duration users call. */
public final class Types {
    public static final Type STRING = basic(Kind.STRING, "string", "");
    public static final Type INT = basic(Kind.INT, "int", 0);
    public static final Type INT64 = basic(Kind.INT, "int64", 0L);
    public static final Type FLOAT64 = basic(Kind.FLOAT, "float64", 0.0);
    public static final Type BOOL = basic(Kind.BOOL, "bool", false);
    public static final Type ANY = new Type(Kind.ANY, "interface {}", null, null, Map.of());
    public static final Type MONTH = named("time.Month");
    public static final Type WEEKDAY = named("time.Weekday");
    public static final Type DURATION = new Type(Kind.DURATION, "time.Duration", null, Duration.ZERO, durationMethods());
    public static final Type TIME = new Type(Kind.TIME, "time.Time", null, Instant.parse("0001-01-01T00:00:00Z"),
            timeMethods());

    private static final long SECOND = 1_000_000_000L;

    private Types() {
    }

    public static DataType mapOf(DataType elem) {
        return new Type(Kind.MAP, "map[string]" + elem.goName(), (Type) elem, Map.of(), Map.of());
    }

    public static DataType sliceOf(DataType elem) {
        return new Type(Kind.SLICE, "[]" + elem.goName(), (Type) elem, List.of(), Map.of());
    }

    private static Type basic(Kind kind, String name, Object zero) {
        return new Type(kind, name, null, zero, Map.of());
    }

    private static Type named(String name) {
        Map<String, Member> m = Map.of("String", method("String", STRING, v -> ((NamedInt) v).name()));
        return new Type(Kind.NAMED_INT, name, null, null, m);
    }

    private static Member method(String name, Type type, Function<Object, Object> body) {
        return new Member.Method(name, type, List.of(), (recv, args) -> body.apply(recv));
    }

    private static Map<String, Member> timeMethods() {
        Map<String, Member> m = new HashMap<>();
        add(m, method("Unix", INT64, t -> ((Instant) t).getEpochSecond()));
        add(m, method("UnixNano", INT64, t -> nanos((Instant) t)));
        add(m, method("UnixMilli", INT64, t -> ((Instant) t).toEpochMilli()));
        add(m, method("UnixMicro", INT64, t -> Math.floorDiv(nanos((Instant) t), 1000L)));
        add(m, method("Year", INT, t -> utc(t).getYear()));
        add(m, method("Month", MONTH, t -> NamedInt.month(utc(t).getMonthValue())));
        add(m, method("Day", INT, t -> utc(t).getDayOfMonth()));
        add(m, method("Hour", INT, t -> utc(t).getHour()));
        add(m, method("Minute", INT, t -> utc(t).getMinute()));
        add(m, method("Second", INT, t -> utc(t).getSecond()));
        add(m, method("Nanosecond", INT, t -> utc(t).getNano()));
        add(m, method("YearDay", INT, t -> utc(t).getDayOfYear()));
        add(m, method("Weekday", WEEKDAY, t -> NamedInt.weekday(utc(t).getDayOfWeek().getValue() % 7)));
        add(m, method("String", STRING, t -> GoTime.string((Instant) t)));
        // times are UTC (Kapacitor's are), and the server's zone is no business of an alert;
        // a null type is the receiver's own, not known yet while time.Time is being built
        add(m, method("UTC", null, t -> t));
        add(m, method("Local", null, t -> t));
        add(m, method("IsZero", BOOL, t -> t.equals(TIME.zero())));
        add(m, new Member.Method("Format", STRING, List.of(STRING),
                (t, args) -> GoTime.format((Instant) t, (String) args[0])));
        return m;
    }

    private static Map<String, Member> durationMethods() {
        Map<String, Member> m = new HashMap<>();
        add(m, method("Nanoseconds", INT64, d -> ((Duration) d).toNanos()));
        add(m, method("Microseconds", INT64, d -> ((Duration) d).toNanos() / 1000L));
        add(m, method("Milliseconds", INT64, d -> ((Duration) d).toNanos() / 1_000_000L));
        add(m, method("Seconds", FLOAT64, d -> units(((Duration) d).toNanos(), SECOND)));
        add(m, method("Minutes", FLOAT64, d -> units(((Duration) d).toNanos(), 60 * SECOND)));
        add(m, method("Hours", FLOAT64, d -> units(((Duration) d).toNanos(), 3600 * SECOND)));
        add(m, method("String", STRING, d -> GoDuration.string(((Duration) d).toNanos())));
        return m;
    }

    private static void add(Map<String, Member> m, Member member) {
        m.put(member.name, member);
    }

    /** Go's Duration.Seconds() and friends: whole units plus the fraction, to keep precision. */
    private static double units(long nanos, long unit) {
        return (double) (nanos / unit) + (double) (nanos % unit) / unit;
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * SECOND + t.getNano();
    }

    private static LocalDateTime utc(Object t) {
        return GoTime.utc((Instant) t);
    }

    /** The static type of a member's result; the time methods that return a time say null. */
    static Type resultType(Type receiver, Member m) {
        return m.type == null ? receiver : m.type;
    }
}
