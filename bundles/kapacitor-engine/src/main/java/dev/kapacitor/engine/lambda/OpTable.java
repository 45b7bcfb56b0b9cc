package dev.kapacitor.engine.lambda;

import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.Operator;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.kapacitor.engine.lambda.tree.VType.BOOL;
import static dev.kapacitor.engine.lambda.tree.VType.DURATION;
import static dev.kapacitor.engine.lambda.tree.VType.FLOAT;
import static dev.kapacitor.engine.lambda.tree.VType.INT;
import static dev.kapacitor.engine.lambda.tree.VType.REGEX;
import static dev.kapacitor.engine.lambda.tree.VType.STRING;

/**
 * Kapacitor's binary operator table (tick/stateful/evaluation_funcs.go): which operand types
 * each operator accepts and what it yields. Notably no int/float arithmetic mix, while int
 * and float compare freely; durations add, scale and divide.
 */
final class OpTable {
    private static final Map<VType, Set<Operator>> OPERATORS_OF_TYPE = new EnumMap<>(VType.class);

    static {
        for (Operator op : Operator.values()) {
            for (VType l : VType.values()) {
                for (VType r : VType.values()) {
                    if (result(op, l, r) != null) {
                        OPERATORS_OF_TYPE.computeIfAbsent(l, k -> EnumSet.noneOf(Operator.class)).add(op);
                        OPERATORS_OF_TYPE.computeIfAbsent(r, k -> EnumSet.noneOf(Operator.class)).add(op);
                    }
                }
            }
        }
    }

    private OpTable() {
    }

    static boolean isMath(Operator op) {
        return op == Operator.PLUS || op == Operator.MINUS || op == Operator.MULT || op == Operator.DIV
                || op == Operator.MOD;
    }

    static boolean isLogical(Operator op) {
        return op == Operator.AND || op == Operator.OR;
    }

    /** The result type of {@code l op r}, or null when Kapacitor has no such operation. */
    static VType result(Operator op, VType l, VType r) {
        boolean numbers = (l == INT || l == FLOAT) && (r == INT || r == FLOAT);
        switch (op) {
            case AND, OR:
                return l == BOOL && r == BOOL ? BOOL : null;
            case EQ, NE:
                return numbers || (l == r && (l == BOOL || l == STRING || l == DURATION)) ? BOOL : null;
            case LT, LE, GT, GE:
                return numbers || (l == r && (l == STRING || l == DURATION)) ? BOOL : null;
            case REGEX_MATCH, REGEX_NOT_MATCH:
                return l == STRING && r == REGEX ? BOOL : null;
            case PLUS:
                return l == r && (l == FLOAT || l == INT || l == DURATION || l == STRING) ? l : null;
            case MINUS:
                return l == r && (l == FLOAT || l == INT || l == DURATION) ? l : null;
            case MULT:
                if (l == r && (l == FLOAT || l == INT)) {
                    return l;
                }
                return (l == DURATION && (r == INT || r == FLOAT)) || (r == DURATION && (l == INT || l == FLOAT))
                        ? DURATION : null;
            case DIV:
                if (l == r && (l == FLOAT || l == INT)) {
                    return l;
                }
                if (l == DURATION && r == DURATION) {
                    return INT;
                }
                return l == DURATION && (r == INT || r == FLOAT) ? DURATION : null;
            case MOD:
                return l == INT && r == INT ? INT : null;
            default:
                return null;
        }
    }

    /**
     * Why {@code l op r} fails, as Kapacitor says it. With evaluated set (comparisons and
     * logic reached at evaluation), an absent reference is named; type checks of arithmetic
     * only see the type "missing".
     */
    static String error(Operator op, VType l, VType r, Ir left, Ir right, boolean evaluated) {
        if (evaluated && l == VType.MISSING) {
            return "left reference value \"" + Ir.referenceName(left) + "\" is missing value";
        }
        if (evaluated && r == VType.MISSING) {
            return "right reference value \"" + Ir.referenceName(right) + "\" is missing value";
        }
        if (!OPERATORS_OF_TYPE.getOrDefault(l, Set.of()).contains(op)) {
            String kind = isMath(op) ? "math" : isLogical(op) ? "logical" : "comparison";
            return "invalid " + kind + " operator " + op.symbol() + " for type " + l;
        }
        return "mismatched type to binary operator. got " + l + " " + op.symbol() + " " + r
                + ". see bool(), int(), float(), string(), duration()";
    }
}
