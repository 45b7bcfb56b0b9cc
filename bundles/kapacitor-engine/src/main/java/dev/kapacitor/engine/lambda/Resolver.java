package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.gofmt.GoQuote;
import dev.kapacitor.engine.lambda.functions.Builtin;
import dev.kapacitor.engine.lambda.functions.Builtins;
import dev.kapacitor.engine.lambda.gocompat.Rx;
import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns a lambda's syntax tree into {@link Ir}: script variables are inlined (a variable
 * holding a lambda becomes a nested lambda with its own function state, as in Kapacitor),
 * each distinct reference gets a frame slot, and stateful functions and general regex
 * matches get state slots.
 */
final class Resolver {
    private final Map<String, Expr> vars;
    private final Map<String, Integer> refSlots = new LinkedHashMap<>();
    private final List<Supplier<Object>> state = new ArrayList<>();
    private final Map<String, Rx> regexes = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();
    private Map<String, Integer> scopeFunctions = new HashMap<>();

    Resolver(Map<String, Expr> vars) {
        this.vars = vars == null ? Map.of() : vars;
    }

    List<String> referenceNames() {
        return List.copyOf(refSlots.keySet());
    }

    List<Supplier<Object>> stateFactories() {
        return List.copyOf(state);
    }

    Ir resolve(Expr e) {
        if (e instanceof Lambda l) {
            return nestedLambda(l);
        } else if (e instanceof Reference r) {
            return reference(r);
        } else if (e instanceof Identifier id) {
            return identifier(id);
        } else if (e instanceof Binary b) {
            return binary(b);
        } else if (e instanceof Unary u) {
            return new Ir.Unary(u.position(), u.op(), resolve(u.operand()));
        } else if (e instanceof Call c) {
            return call(c);
        }
        return literal(e);
    }

    private Ir nestedLambda(Lambda l) {
        Map<String, Integer> outer = scopeFunctions;
        scopeFunctions = new HashMap<>();
        try {
            return resolve(l.body());
        } finally {
            scopeFunctions = outer;
        }
    }

    private Ir reference(Reference r) {
        if (r.name().equals("time")) {
            return new Ir.Time(r.position());
        }
        int slot = refSlots.computeIfAbsent(r.name(), k -> refSlots.size());
        return new Ir.Ref(r.position(), slot, r.name());
    }

    private Ir identifier(Identifier id) {
        Expr value = vars.get(id.name());
        if (value == null) {
            throw new LambdaCompileException(id.position(), "name " + GoQuote.quote(id.name())
                    + " is undefined. Names in scope: " + String.join(",", new TreeSet<>(vars.keySet())));
        }
        if (!expanding.add(id.name())) {
            throw new LambdaCompileException(id.position(), "variable " + GoQuote.quote(id.name()) + " refers to itself");
        }
        try {
            return resolve(value);
        } finally {
            expanding.remove(id.name());
        }
    }

    private Ir binary(Binary b) {
        Ir left = resolve(b.left());
        Ir right = resolve(b.right());
        int matcherSlot = -1;
        boolean regexMatch = b.op() == Operator.REGEX_MATCH || b.op() == Operator.REGEX_NOT_MATCH;
        if (regexMatch && right instanceof Ir.Const c && c.type() == VType.REGEX && c.regex().kind() == Rx.Kind.GENERAL) {
            Rx rx = c.regex();
            matcherSlot = state.size();
            state.add(rx::newMatcher);
        }
        return new Ir.Binary(b.position(), b.op(), left, right, matcherSlot);
    }

    private Ir call(Call c) {
        if (c.kind() != CallKind.GLOBAL) {
            throw new LambdaCompileException(c.position(), "cannot use " + c.kind().operator() + c.name()
                    + "() inside a lambda");
        }
        Builtin fn = Builtins.lookup(c.name());
        if (fn == null) {
            throw new LambdaCompileException(c.position(), "undefined function: " + GoQuote.quote(c.name()));
        }
        List<Ir> args = new ArrayList<>(c.args().size());
        for (Expr arg : c.args()) {
            args.add(resolve(arg));
        }
        int slot = -1;
        if (fn.stateful()) {
            slot = scopeFunctions.computeIfAbsent(fn.name(), k -> {
                state.add(fn::newState);
                return state.size() - 1;
            });
        }
        return new Ir.Call(c.position(), fn, List.copyOf(args), slot);
    }

    private Ir literal(Expr e) {
        if (e instanceof IntLit i) {
            return new Ir.Const(i.position(), VType.INT, i.value(), null, null, i.literal());
        } else if (e instanceof FloatLit f) {
            return new Ir.Const(f.position(), VType.FLOAT, Double.doubleToRawLongBits(f.value()), null, null, f.literal());
        } else if (e instanceof DurationLit d) {
            return new Ir.Const(d.position(), VType.DURATION, d.nanos(), null, null, d.literal());
        } else if (e instanceof BoolLit b) {
            return new Ir.Const(b.position(), VType.BOOL, b.value() ? 1 : 0, null, null, b.value() ? "TRUE" : "FALSE");
        } else if (e instanceof StringLit s) {
            return new Ir.Const(s.position(), VType.STRING, 0, s.value(), null, "'" + s.value() + "'");
        } else if (e instanceof RegexLit r) {
            return new Ir.Const(r.position(), VType.REGEX, 0, null, regex(r), "/" + r.pattern() + "/");
        }
        String what = e.getClass().getSimpleName().replace("Lit", "").toLowerCase(java.util.Locale.ROOT);
        throw new LambdaCompileException(e.position(), "a " + what + " cannot be used inside a lambda");
    }

    private Rx regex(RegexLit r) {
        Rx rx = regexes.get(r.pattern());
        if (rx == null) {
            try {
                rx = Rx.compile(r.pattern());
            } catch (IllegalArgumentException ex) {
                throw new LambdaCompileException(r.position(), ex.getMessage());
            }
            regexes.put(r.pattern(), rx);
        }
        return rx;
    }
}
