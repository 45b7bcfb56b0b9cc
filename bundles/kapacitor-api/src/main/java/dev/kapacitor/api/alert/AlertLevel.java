package dev.kapacitor.api.alert;

import java.util.Locale;

/** The level of an alert, in increasing severity; the names are Kapacitor's. */
public enum AlertLevel {
    OK, INFO, WARNING, CRITICAL;

    private static final AlertLevel[] ALL = values();

    /** The level of that ordinal (0 = OK ... 3 = CRITICAL). */
    public static AlertLevel of(int ordinal) {
        return ALL[ordinal];
    }

    /**
     * Parses a level name, ignoring case, as Kapacitor's {@code ParseLevel}.
     *
     * @throws IllegalArgumentException {@code unknown alert level 'x'}
     */
    public static AlertLevel parse(String s) {
        String upper = s.toUpperCase(Locale.ROOT);
        for (AlertLevel l : ALL) {
            if (l.name().equals(upper)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown alert level '" + upper + "'");
    }
}
