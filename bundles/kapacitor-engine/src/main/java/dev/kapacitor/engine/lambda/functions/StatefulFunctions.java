package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;

import java.util.Map;

import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;

/**
 * sigma(), count() and spread(): running statistics kept per lambda instance (one per group).
 * As in Kapacitor, all calls of one function name within a lambda share the same state.
 */
final class StatefulFunctions {
    private StatefulFunctions() {
    }

    static void register(Map<String, Builtin> m) {
        Builtins.addStateful(m, "count", Signature.of(INT), Count::new, (a, t, slot) -> new Node() {
            @Override
            public long l(Frame f) {
                return ++((Count) f.state[slot]).n;
            }
        });
        Builtins.addStateful(m, "sigma", Signature.of(FLOAT, FLOAT), Sigma::new, (a, t, slot) -> new Node() {
            @Override
            public double d(Frame f) {
                return ((Sigma) f.state[slot]).add(a[0].d(f));
            }
        });
        Builtins.addStateful(m, "spread", Signature.of(FLOAT, FLOAT), Spread::new, (a, t, slot) -> new Node() {
            @Override
            public double d(Frame f) {
                return ((Spread) f.state[slot]).add(a[0].d(f));
            }
        });
    }

    private static final class Count {
        long n;
    }

    /** Distance from the running mean in running standard deviations (Welford's update). */
    private static final class Sigma {
        double n;
        double mean;
        double m2;

        double add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
            double variance = m2 / (n - 1);
            if (n < 2 || variance == 0) {
                return 0;
            }
            return Math.abs(x - mean) / Math.sqrt(variance);
        }
    }

    private static final class Spread {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        double add(double x) {
            if (x < min) {
                min = x;
            }
            if (x > max) {
                max = x;
            }
            return max - min;
        }
    }
}
