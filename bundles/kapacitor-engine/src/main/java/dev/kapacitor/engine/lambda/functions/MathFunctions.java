package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.gocompat.Bessel;
import dev.kapacitor.engine.lambda.gocompat.GoMath;
import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;

/** Go's math package as Kapacitor exposes it: float in, float out, no int promotion. */
final class MathFunctions {
    private MathFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        Map<String, DoubleUnaryOperator> one = Map.ofEntries(
                Map.entry("abs", Math::abs), Map.entry("acos", Math::acos), Map.entry("acosh", GoMath::acosh),
                Map.entry("asin", Math::asin), Map.entry("asinh", GoMath::asinh), Map.entry("atan", Math::atan),
                Map.entry("atanh", GoMath::atanh), Map.entry("cbrt", Math::cbrt), Map.entry("ceil", Math::ceil),
                Map.entry("cos", Math::cos), Map.entry("cosh", Math::cosh), Map.entry("erf", GoMath::erf),
                Map.entry("erfc", GoMath::erfc), Map.entry("exp", Math::exp), Map.entry("exp2", GoMath::exp2),
                Map.entry("expm1", Math::expm1), Map.entry("floor", Math::floor), Map.entry("gamma", GoMath::gamma),
                Map.entry("j0", Bessel::j0), Map.entry("j1", Bessel::j1), Map.entry("log", Math::log),
                Map.entry("log10", GoMath::log10), Map.entry("log1p", Math::log1p), Map.entry("log2", GoMath::log2),
                Map.entry("logb", GoMath::logb), Map.entry("sin", Math::sin), Map.entry("sinh", Math::sinh),
                Map.entry("sqrt", Math::sqrt), Map.entry("tan", Math::tan), Map.entry("tanh", Math::tanh),
                Map.entry("trunc", GoMath::trunc), Map.entry("y0", Bessel::y0), Map.entry("y1", Bessel::y1));
        one.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(FLOAT, FLOAT)),
                (a, t, s) -> Calls.floatOfFloat(a[0], fn)));

        Map<String, DoubleBinaryOperator> two = Map.of(
                "atan2", Math::atan2, "hypot", Math::hypot, "max", Math::max, "min", Math::min,
                "mod", (x, y) -> x % y, "pow", GoMath::pow);
        two.forEach((name, fn) -> Builtins.add(m, name, List.of(Signature.of(FLOAT, FLOAT, FLOAT)),
                (a, t, s) -> Calls.floatOfFloats(a[0], a[1], fn)));

        Builtins.add(m, "pow10", List.of(Signature.of(FLOAT, INT)), (a, t, s) -> new Node() {
            @Override
            public double d(Frame f) {
                return GoMath.pow10(a[0].l(f));
            }
        });
        Builtins.add(m, "jn", List.of(Signature.of(FLOAT, INT, FLOAT)), (a, t, s) -> new Node() {
            @Override
            public double d(Frame f) {
                long n = a[0].l(f);
                return Bessel.jn(n, a[1].d(f));
            }
        });
        Builtins.add(m, "yn", List.of(Signature.of(FLOAT, INT, FLOAT)), (a, t, s) -> new Node() {
            @Override
            public double d(Frame f) {
                long n = a[0].l(f);
                return Bessel.yn(n, a[1].d(f));
            }
        });
    }
}
