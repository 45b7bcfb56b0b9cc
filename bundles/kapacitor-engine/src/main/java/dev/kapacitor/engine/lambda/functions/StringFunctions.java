package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.gocompat.GoStrings;
import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.ToLongBiFunction;
import java.util.function.UnaryOperator;

import static dev.kapacitor.engine.lambda.tree.VType.BOOL;
import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.REGEX;
import static dev.kapacitor.engine.lambda.tree.VType.STRING;

/** Go's strings package (byte lengths and indexes) and regexReplace. */
final class StringFunctions {
    private StringFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        Map<String, BiPredicate<String, String>> tests = Map.of(
                "strContains", String::contains, "strContainsAny", GoStrings::containsAny,
                "strHasPrefix", String::startsWith, "strHasSuffix", String::endsWith);
        tests.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(BOOL, STRING, STRING)),
                (a, t, s) -> Calls.boolOfStrings(a[0], a[1], fn)));

        Map<String, ToLongBiFunction<String, String>> counts = Map.of(
                "strCount", GoStrings::count, "strIndex", GoStrings::index, "strIndexAny", GoStrings::indexAny,
                "strLastIndex", GoStrings::lastIndex, "strLastIndexAny", GoStrings::lastIndexAny);
        counts.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(INT, STRING, STRING)),
                (a, t, s) -> Calls.intOfStrings(a[0], a[1], fn)));

        Map<String, BinaryOperator<String>> trims = Map.of(
                "strTrim", GoStrings::trim, "strTrimLeft", GoStrings::trimLeft, "strTrimRight", GoStrings::trimRight,
                "strTrimPrefix", GoStrings::trimPrefix, "strTrimSuffix", GoStrings::trimSuffix);
        trims.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(STRING, STRING, STRING)),
                (a, t, s) -> Calls.stringOfStrings(a[0], a[1], fn)));

        Map<String, UnaryOperator<String>> maps = Map.of(
                "strToLower", GoStrings::toLower, "strToUpper", GoStrings::toUpper, "strTrimSpace", GoStrings::trimSpace);
        maps.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(STRING, STRING)),
                (a, t, s) -> Calls.stringOfString(a[0], fn)));

        Builtins.add(m, "strLength", List.of(Signature.of(INT, STRING)), (a, t, s) -> new Node() {
            @Override
            public long l(Frame f) {
                return GoStrings.byteLength(a[0].s(f));
            }
        });
        Builtins.add(m, "strReplace", List.of(Signature.of(STRING, STRING, STRING, STRING, INT)), (a, t, s) -> new Node() {
            @Override
            public String s(Frame f) {
                String str = a[0].s(f);
                String old = a[1].s(f);
                String repl = a[2].s(f);
                return GoStrings.replace(str, old, repl, a[3].l(f));
            }
        });
        Builtins.add(m, "strSubstring", List.of(Signature.of(STRING, STRING, INT, INT)), (a, t, s) -> new Node() {
            @Override
            public String s(Frame f) {
                String str = a[0].s(f);
                long start = a[1].l(f);
                return substring(str, start, a[2].l(f));
            }
        });
        Builtins.add(m, "regexReplace", List.of(Signature.of(STRING, REGEX, STRING, STRING)), (a, t, s) -> new Node() {
            @Override
            public String s(Frame f) {
                var rx = a[0].r(f);
                String src = a[1].s(f);
                return rx.replaceAll(src, a[2].s(f));
            }
        });
    }

    /** str[start:stop] in bytes, with Kapacitor's checks (stop must be below the length). */
    private static String substring(String str, long start, long stop) {
        if (start < 0) {
            throw Builtin.failure("strSubstring", "found negative index for strSubstring: " + start);
        }
        if (stop < 0) {
            throw Builtin.failure("strSubstring", "found negative index for strSubstring: " + stop);
        }
        if (stop >= GoStrings.byteLength(str)) {
            throw Builtin.failure("strSubstring", "stop index too large for string in strSubstring: " + stop);
        }
        if (start > stop) {
            throw Builtin.failure("strSubstring", "slice bounds out of range [" + start + ":" + stop + "]");
        }
        return GoStrings.byteSlice(str, (int) start, (int) stop);
    }
}
