package dev.kapacitor.gotemplate.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** time.Time's String and Format for UTC times, with Go's reference-time layouts. */
final class GoTime {
    private GoTime() {
    }

    /** {@code 2006-01-02 15:04:05.999999999 -0700 MST}, as a UTC time prints. */
    static String string(Instant t) {
        return format(t, "2006-01-02 15:04:05.999999999 -0700 MST");
    }

    /** The UTC date and time of {@code t}; unlike ofInstant, without building the offset's ZoneRules each time. */
    static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
    }

    static String format(Instant t, String layout) {
        LocalDateTime d = utc(t);
        StringBuilder sb = new StringBuilder(layout.length() + 10);
        int i = 0;
        while (i < layout.length()) {
            int n = chunk(sb, d, layout, i);
            if (n == 0) {
                sb.append(layout.charAt(i));
                i++;
            } else {
                i += n;
            }
        }
        return sb.toString();
    }

    /** Appends the std chunk starting at {@code i}; returns its length, 0 when none starts there. */
    private static int chunk(StringBuilder sb, LocalDateTime d, String l, int i) {
        char c = l.charAt(i);
        switch (c) {
            case 'J':
                if (l.startsWith("January", i)) {
                    sb.append(NamedInt.MONTHS[d.getMonthValue() - 1]);
                    return 7;
                }
                if (l.startsWith("Jan", i) && !lowerAt(l, i + 3)) {
                    sb.append(NamedInt.MONTHS[d.getMonthValue() - 1], 0, 3);
                    return 3;
                }
                return 0;
            case 'M':
                return weekdayOrZone(sb, d, l, i);
            case '0':
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    int[] values = {d.getMonthValue(), d.getDayOfMonth(), hour12(d), d.getMinute(), d.getSecond(),
                            d.getYear() % 100};
                    pad(sb, values[l.charAt(i + 1) - '1'], 2, '0');
                    return 2;
                }
                return 0;
            case '1':
                if (l.startsWith("15", i)) {
                    pad(sb, d.getHour(), 2, '0');
                    return 2;
                }
                sb.append(d.getMonthValue());
                return 1;
            case '2':
                if (l.startsWith("2006", i)) {
                    pad(sb, d.getYear(), 4, '0');
                    return 4;
                }
                sb.append(d.getDayOfMonth());
                return 1;
            case '_':
                if (l.startsWith("_2", i) && !l.startsWith("_2006", i)) {
                    pad(sb, d.getDayOfMonth(), 2, ' ');
                    return 2;
                }
                return 0;
            case '3':
                sb.append(hour12(d));
                return 1;
            case '4':
                sb.append(d.getMinute());
                return 1;
            case '5':
                sb.append(d.getSecond());
                return 1;
            case 'P', 'p':
                if (l.startsWith(c == 'P' ? "PM" : "pm", i)) {
                    String ampm = d.getHour() >= 12 ? "PM" : "AM";
                    sb.append(c == 'P' ? ampm : ampm.toLowerCase());
                    return 2;
                }
                return 0;
            case '-', 'Z':
                return zone(sb, l, i);
            case '.', ',':
                return fraction(sb, d, l, i);
            default:
                return 0;
        }
    }

    private static int weekdayOrZone(StringBuilder sb, LocalDateTime d, String l, int i) {
        String day = NamedInt.WEEKDAYS[d.getDayOfWeek().getValue() % 7];
        if (l.startsWith("Monday", i)) {
            sb.append(day);
            return 6;
        }
        if (l.startsWith("Mon", i) && !lowerAt(l, i + 3)) {
            sb.append(day, 0, 3);
            return 3;
        }
        if (l.startsWith("MST", i)) {
            sb.append("UTC");
            return 3;
        }
        return 0;
    }

    /** Numeric zones of a UTC time: {@code -07:00} prints {@code +00:00}, {@code Z07:00} prints {@code Z}. */
    private static int zone(StringBuilder sb, String l, int i) {
        String[] forms = {"070000", "07:00:00", "0700", "07:00", "07"};
        String[] utc = {"+000000", "+00:00:00", "+0000", "+00:00", "+00"};
        for (int k = 0; k < forms.length; k++) {
            if (l.startsWith(forms[k], i + 1)) {
                sb.append(l.charAt(i) == 'Z' ? "Z" : utc[k]);
                return 1 + forms[k].length();
            }
        }
        return 0;
    }

    /** {@code .000} keeps the digits, {@code .999} trims trailing zeros (and the point). */
    private static int fraction(StringBuilder sb, LocalDateTime d, String l, int i) {
        if (i + 1 >= l.length() || (l.charAt(i + 1) != '0' && l.charAt(i + 1) != '9')) {
            return 0;
        }
        char digit = l.charAt(i + 1);
        int j = i + 1;
        while (j < l.length() && l.charAt(j) == digit) {
            j++;
        }
        if (j < l.length() && Character.isDigit(l.charAt(j))) {
            return 0;
        }
        int n = Math.min(j - i - 1, 9);
        StringBuilder digits = new StringBuilder(9);
        pad(digits, d.getNano(), 9, '0');
        String nanos = digits.substring(0, n);
        if (digit == '9') {
            int end = nanos.length();
            while (end > 0 && nanos.charAt(end - 1) == '0') {
                end--;
            }
            nanos = nanos.substring(0, end);
            if (nanos.isEmpty()) {
                return j - i;
            }
        }
        sb.append(l.charAt(i)).append(nanos);
        return j - i;
    }

    private static int hour12(LocalDateTime d) {
        int h = d.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static boolean lowerAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static void pad(StringBuilder sb, int v, int width, char padding) {
        if (v >= 0) {
            dev.kapacitor.api.gofmt.GoTime.padded(sb, v, width, padding);
            return;
        }
        // rare (years before 0): the sign counts as one of the width's characters
        String s = Integer.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append(padding);
        }
        sb.append(s);
    }
}
