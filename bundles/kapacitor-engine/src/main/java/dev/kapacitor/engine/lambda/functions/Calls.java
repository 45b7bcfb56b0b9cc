package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.Node;

import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToLongBiFunction;
import java.util.function.UnaryOperator;

/** Call nodes for the common shapes of function, arguments evaluated left to right. */
final class Calls {
    private Calls() {
    }

    static Node floatOfFloat(Node a, DoubleUnaryOperator fn) {
        return new Node() {
            @Override
            public double d(Frame f) {
                return fn.applyAsDouble(a.d(f));
            }
        };
    }

    static Node floatOfFloats(Node a, Node b, DoubleBinaryOperator fn) {
        return new Node() {
            @Override
            public double d(Frame f) {
                double x = a.d(f);
                return fn.applyAsDouble(x, b.d(f));
            }
        };
    }

    static Node stringOfString(Node a, UnaryOperator<String> fn) {
        return new Node() {
            @Override
            public String s(Frame f) {
                return fn.apply(a.s(f));
            }
        };
    }

    static Node stringOfStrings(Node a, Node b, BinaryOperator<String> fn) {
        return new Node() {
            @Override
            public String s(Frame f) {
                String x = a.s(f);
                return fn.apply(x, b.s(f));
            }
        };
    }

    static Node boolOfStrings(Node a, Node b, BiPredicate<String, String> fn) {
        return new Node() {
            @Override
            public boolean b(Frame f) {
                String x = a.s(f);
                return fn.test(x, b.s(f));
            }
        };
    }

    static Node intOfStrings(Node a, Node b, ToLongBiFunction<String, String> fn) {
        return new Node() {
            @Override
            public long l(Frame f) {
                String x = a.s(f);
                return fn.applyAsLong(x, b.s(f));
            }
        };
    }
}
