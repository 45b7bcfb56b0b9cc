package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoFloat;
import dev.kapacitor.api.gofmt.GoQuote;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Go's fmt.Sprint, Sprintln and Sprintf over template values, with fmt's error notation. */
public final class GoFmt {
    private final StringBuilder sb;
    private final Pad pad = new Pad();
    /** Printing a bad verb's value: String methods are not used then, as in Go. */
    private boolean erroring;

    private GoFmt(StringBuilder sb) {
        this.sb = sb;
    }

    /** fmt.Fprint of one value: what a template action prints. */
    public static void print(StringBuilder sb, Object v) {
        if (v instanceof Long || v instanceof Integer) {
            sb.append(((Number) v).longValue());
        } else if (v instanceof Double d) {
            sb.append(GoFloat.string(d));
        } else if (v instanceof Boolean b) {
            sb.append(b.booleanValue());
        } else {
            new GoFmt(sb).printArg(v, 'v');
        }
    }

    public static String sprint(Object[] args) {
        StringBuilder sb = new StringBuilder();
        GoFmt p = new GoFmt(sb);
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            boolean isString = args[i] instanceof String;
            // a space between operands when neither is a string
            if (i > 0 && !isString && !prevString) {
                sb.append(' ');
            }
            p.printArg(args[i], 'v');
            prevString = isString;
        }
        return sb.toString();
    }

    public static String sprintln(Object[] args) {
        StringBuilder sb = new StringBuilder();
        GoFmt p = new GoFmt(sb);
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            p.printArg(args[i], 'v');
        }
        return sb.append('\n').toString();
    }

    public static String sprintf(String format, Object[] args) {
        StringBuilder sb = new StringBuilder(format.length() + 16);
        new GoFmt(sb).doPrintf(format, args);
        return sb.toString();
    }

    private void doPrintf(String format, Object[] args) {
        int argNum = 0;
        int end = format.length();
        int i = 0;
        while (i < end) {
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            sb.append(format, lasti, i);
            if (i >= end) {
                break;
            }
            i++;
            pad.clear();
            i = pad.parseFlags(format, i);
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer w = intArg(args, argNum++);
                if (w == null) {
                    sb.append("%!(BADWIDTH)");
                } else {
                    pad.setWidth(w);
                }
            } else {
                i = pad.parseWidth(format, i);
            }
            if (i < end && format.charAt(i) == '.') {
                i++;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Integer p = intArg(args, argNum++);
                    if (p == null || p < 0) {
                        pad.precPresent = false;
                        sb.append("%!(BADPREC)");
                    } else {
                        pad.setPrecision(p);
                    }
                } else {
                    i = pad.parsePrecision(format, i);
                }
            }
            if (i >= end) {
                sb.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                sb.append('%');
            } else if (argNum >= args.length) {
                sb.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v') {
                    pad.sharpV = pad.sharp;
                    pad.sharp = false;
                    pad.plusV = pad.plus;
                    pad.plus = false;
                }
                printArg(args[argNum++], verb);
            }
        }
        if (argNum < args.length) {
            pad.clear();
            sb.append("%!(EXTRA ");
            for (int k = argNum; k < args.length; k++) {
                if (k > argNum) {
                    sb.append(", ");
                }
                if (args[k] == null) {
                    sb.append("<nil>");
                } else {
                    sb.append(Values.typeName(args[k])).append('=');
                    printArg(args[k], 'v');
                }
            }
            sb.append(')');
        }
    }

    private static Integer intArg(Object[] args, int n) {
        if (n >= args.length) {
            return null;
        }
        Object a = args[n];
        if (a instanceof Integer || a instanceof Long) {
            long v = ((Number) a).longValue();
            return Math.abs(v) <= 1_000_000 ? (int) v : null;
        }
        return null;
    }

    private void printArg(Object arg, int verb) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                pad.string(sb, "<nil>");
            } else {
                badVerb(null, verb);
            }
            return;
        }
        if (verb == 'T') {
            pad.string(sb, Values.typeName(arg));
            return;
        }
        printValue(arg, verb, 0);
    }

    /** Prints a non-nil value; {@code depth} > 0 inside maps, slices and structs. */
    private void printValue(Object v, int verb, int depth) {
        if (v == null) {
            // a nil inside a container prints as such, whatever the verb
            pad.string(sb, "<nil>");
            return;
        }
        String str = erroring ? null : Values.stringer(v);
        if (str != null && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q')) {
            formatString(str, verb);
            return;
        }
        if (v instanceof String s) {
            formatString(s, verb);
        } else if (v instanceof Boolean b) {
            if (verb == 't' || verb == 'v') {
                pad.string(sb, b.toString());
            } else {
                badVerb(v, verb);
            }
        } else if (v instanceof Double || v instanceof Float) {
            formatFloat(((Number) v).doubleValue(), verb);
        } else if (Values.integer(v) != null) {
            formatInteger(Values.integer(v), verb, v);
        } else if (v instanceof Map<?, ?> m) {
            printMap(m, verb, depth);
        } else if (v instanceof List<?> l) {
            printList(l, verb, depth);
        } else if (v instanceof StructValue s) {
            printStruct(s.type(), s.value(), verb, depth);
        } else {
            badVerb(v, verb);
        }
    }

    private void printMap(Map<?, ?> m, int verb, int depth) {
        sb.append("map[");
        boolean first = true;
        for (String k : Values.sortedKeys(m)) {
            if (!first) {
                sb.append(' ');
            }
            first = false;
            printValue(k, verb, depth + 1);
            sb.append(':');
            printValue(m.get(k), verb, depth + 1);
        }
        sb.append(']');
    }

    private void printList(List<?> l, int verb, int depth) {
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            printValue(l.get(i), verb, depth + 1);
        }
        sb.append(']');
    }

    private void printStruct(StructType type, Object obj, int verb, int depth) {
        sb.append('{');
        List<StructType.Part> parts = type.parts;
        for (int i = 0; i < parts.size(); i++) {
            StructType.Part p = parts.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            if (pad.plusV) {
                sb.append(p.embedded() ? simpleName(p.type()) : p.name()).append(':');
            }
            Object field = p.getter().apply(obj);
            if (field != null && p.type() instanceof StructType inner) {
                printStruct(inner, field, verb, depth + 1);
            } else {
                printValue(field, verb, depth + 1);
            }
        }
        sb.append('}');
    }

    private static String simpleName(Type t) {
        String n = t.goName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private void badVerb(Object v, int verb) {
        erroring = true;
        sb.append("%!").appendCodePoint(verb).append('(');
        if (v == null) {
            sb.append("<nil>");
        } else {
            sb.append(Values.typeName(v)).append('=');
            printValue(v, 'v', 0);
        }
        sb.append(')');
        erroring = false;
    }

    private void formatString(String s, int verb) {
        switch (verb) {
            case 'v' -> {
                if (pad.sharpV) {
                    pad.string(sb, GoQuote.quote(s));
                } else {
                    pad.string(sb, s);
                }
            }
            case 's' -> pad.string(sb, pad.truncate(s));
            case 'x', 'X' -> pad.string(sb, hex(s.getBytes(StandardCharsets.UTF_8), verb == 'X'));
            case 'q' -> pad.string(sb, quote(pad.truncate(s)));
            default -> badVerb(s, verb);
        }
    }

    private String quote(String s) {
        if (pad.sharp && s.indexOf('`') < 0 && s.chars().allMatch(c -> c == '\t' || c >= ' ' && c != 0x7f)) {
            return "`" + s + "`";
        }
        return GoQuote.quote(s, '"', pad.plus);
    }

    private String hex(byte[] bytes, boolean upper) {
        String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder h = new StringBuilder(bytes.length * 2);
        int n = pad.precPresent ? Math.min(pad.prec, bytes.length) : bytes.length;
        for (int i = 0; i < n; i++) {
            if (i > 0 && pad.space) {
                h.append(' ');
            }
            h.append(digits.charAt((bytes[i] >> 4) & 0xf)).append(digits.charAt(bytes[i] & 0xf));
        }
        return h.toString();
    }

    private void formatInteger(long v, int verb, Object original) {
        switch (verb) {
            case 'v', 'd' -> pad.integer(sb, v, 10, false, "");
            case 'b' -> pad.integer(sb, v, 2, false, pad.sharp ? "0b" : "");
            case 'o', 'O' -> pad.integer(sb, v, 8, false, verb == 'O' ? "0o" : pad.sharp ? "0" : "");
            case 'x' -> pad.integer(sb, v, 16, false, pad.sharp ? "0x" : "");
            case 'X' -> pad.integer(sb, v, 16, true, pad.sharp ? "0X" : "");
            case 'c' -> pad.string(sb, rune(v));
            case 'q' -> pad.string(sb, GoQuote.quote(rune(v), '\'', pad.plus));
            case 'U' -> {
                String h = Long.toHexString(v).toUpperCase();
                pad.string(sb, "U+" + "0".repeat(Math.max(0, 4 - h.length())) + h);
            }
            default -> badVerb(original, verb);
        }
    }

    private static String rune(long v) {
        boolean valid = v >= 0 && v <= Character.MAX_CODE_POINT && (v < 0xD800 || v > 0xDFFF);
        return new String(Character.toChars(valid ? (int) v : 0xFFFD));
    }

    private void formatFloat(double v, int verb) {
        switch (verb) {
            case 'v' -> pad.number(sb, GoFloat.format(v, 'g', pad.precPresent ? pad.prec : -1));
            case 'g', 'G' -> pad.number(sb, GoFloat.format(v, (char) verb, pad.precPresent ? pad.prec : -1));
            case 'e', 'E', 'f' -> pad.number(sb, GoFloat.format(v, (char) verb, pad.precPresent ? pad.prec : 6));
            case 'F' -> pad.number(sb, GoFloat.format(v, 'f', pad.precPresent ? pad.prec : 6));
            default -> badVerb(v, verb);
        }
    }
}
