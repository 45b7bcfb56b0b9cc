package dev.kapacitor.gotemplate.internal;

/** time.Month and time.Weekday: ints that print as names. */
record NamedInt(long value, Type type, String name) {
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday"};

    static NamedInt month(int month) {
        return new NamedInt(month, Types.MONTH, MONTHS[month - 1]);
    }

    /** {@code day}: 0 for Sunday, as Go counts. */
    static NamedInt weekday(int day) {
        return new NamedInt(day, Types.WEEKDAY, WEEKDAYS[day]);
    }
}
