package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.tickscript.TickscriptParser;
import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Operator;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.StringLit;
import dev.kapacitor.tickscript.ast.Unary;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code match} expression of a topic handler, compiled once into a tree of terms. Besides
 * literals and operators it knows {@code changed()}, {@code level()}, {@code name()},
 * {@code taskName()} and {@code alertDuration()} (also as {@code duration()}), the identifiers
 * OK, INFO, WARNING, CRITICAL (the levels as ints, as level() returns), and references, which
 * read the event's tags.
 */
final class Match {
    /** The match of a handler without one. */
    static final Predicate<AlertEvent> ALL = e -> true;

    private Match() {
    }

    /** One part of the expression, evaluated for an event. */
    private interface Term {
        Object eval(AlertEvent e);
    }

    /**
     * @throws IllegalArgumentException {@code invalid match expression: ...} (a syntax error), or
     *     {@code unknown identifier "X"} as Kapacitor
     */
    static Predicate<AlertEvent> compile(String expression) {
        if (expression == null || expression.isBlank()) {
            return ALL;
        }
        Expr parsed;
        try {
            parsed = TickscriptParser.parseLambda(expression);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid match expression: " + e.getMessage(), e);
        }
        Term t = term(parsed);
        return e -> {
            Object v = t.eval(e);
            if (v instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException("match expression did not evaluate to a boolean: " + v);
        };
    }

    private static Term term(Expr x) {
        if (x instanceof Lambda l) {
            return term(l.body());
        } else if (x instanceof Binary b) {
            return binary(b);
        } else if (x instanceof Unary u) {
            return unary(u);
        } else if (x instanceof Call c) {
            return call(c);
        } else if (x instanceof Reference r) {
            return tag(r.name());
        } else if (x instanceof Identifier i) {
            return constant(level(i.name()));
        }
        return constant(literal(x));
    }

    private static Object literal(Expr x) {
        if (x instanceof BoolLit b) {
            return b.value();
        } else if (x instanceof IntLit i) {
            return i.value();
        } else if (x instanceof FloatLit f) {
            return f.value();
        } else if (x instanceof StringLit s) {
            return s.value();
        } else if (x instanceof DurationLit d) {
            return Duration.ofNanos(d.nanos());
        } else if (x instanceof RegexLit r) {
            return Pattern.compile(r.pattern());
        }
        throw new IllegalArgumentException("unsupported expression " + x);
    }

    private static Term constant(Object v) {
        return e -> v;
    }

    private static long level(String ident) {
        try {
            return AlertLevel.valueOf(ident).ordinal();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown identifier \"" + ident + "\"");
        }
    }

    private static Term tag(String name) {
        return e -> {
            String v = e.tags().get(name);
            if (v == null) {
                throw new IllegalArgumentException("no tag " + name + " in event " + e.id());
            }
            return v;
        };
    }

    private static Term call(Call c) {
        if (c.args() != null && !c.args().isEmpty()) {
            throw new IllegalArgumentException("function " + c.name() + "() takes no arguments");
        }
        return switch (c.name()) {
            case "changed" -> e -> e.level() != e.previousLevel();
            case "level" -> e -> (long) e.level().ordinal();
            case "name" -> AlertEvent::name;
            case "taskName" -> AlertEvent::taskName;
            case "alertDuration", "duration" -> AlertEvent::duration;
            default -> throw new IllegalArgumentException("undefined function " + c.name() + "()");
        };
    }

    private static Term unary(Unary u) {
        Term t = term(u.operand());
        return switch (u.op()) {
            case NOT -> e -> !(Boolean) t.eval(e);
            case MINUS -> e -> t.eval(e) instanceof Long l ? (Object) (-l) : (Object) (-(Double) t.eval(e));
            default -> throw new IllegalArgumentException("unsupported operator " + u.op());
        };
    }

    private static Term binary(Binary b) {
        Term l = term(b.left());
        Term r = term(b.right());
        Operator op = b.op();
        return switch (op) {
            case AND -> e -> (Boolean) l.eval(e) && (Boolean) r.eval(e);
            case OR -> e -> (Boolean) l.eval(e) || (Boolean) r.eval(e);
            case REGEX_MATCH -> e -> ((Pattern) r.eval(e)).matcher((String) l.eval(e)).find();
            case REGEX_NOT_MATCH -> e -> !((Pattern) r.eval(e)).matcher((String) l.eval(e)).find();
            case EQ -> e -> compare(l.eval(e), r.eval(e)) == 0;
            case NE -> e -> compare(l.eval(e), r.eval(e)) != 0;
            case LT -> e -> compare(l.eval(e), r.eval(e)) < 0;
            case LE -> e -> compare(l.eval(e), r.eval(e)) <= 0;
            case GT -> e -> compare(l.eval(e), r.eval(e)) > 0;
            case GE -> e -> compare(l.eval(e), r.eval(e)) >= 0;
            default -> throw new IllegalArgumentException("unsupported operator " + op + " in match expression");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a.getClass() != b.getClass() || !(a instanceof Comparable)) {
            throw new IllegalArgumentException("mismatched types " + a.getClass().getSimpleName() + " and "
                    + b.getClass().getSimpleName());
        }
        return ((Comparable) a).compareTo(b);
    }
}
