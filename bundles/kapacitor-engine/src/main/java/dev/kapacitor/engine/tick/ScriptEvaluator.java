package dev.kapacitor.engine.tick;

import dev.kapacitor.engine.lambda.LambdaCompileException;
import dev.kapacitor.engine.lambda.LambdaCompiler;
import dev.kapacitor.engine.pipeline.Args;
import dev.kapacitor.engine.pipeline.DurationValue;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.pipeline.NodeCatalog;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.NodeType;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.pipeline.PropertyDef;
import dev.kapacitor.engine.pipeline.RegexValue;
import dev.kapacitor.engine.pipeline.ScriptObject;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.engine.pipeline.StarValue;
import dev.kapacitor.engine.pipeline.Values;
import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.BoolLit;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Identifier;
import dev.kapacitor.tickscript.ast.IntLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.ListLit;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.Reference;
import dev.kapacitor.tickscript.ast.RegexLit;
import dev.kapacitor.tickscript.ast.Star;
import dev.kapacitor.tickscript.ast.Statement;
import dev.kapacitor.tickscript.ast.StringLit;
import dev.kapacitor.tickscript.ast.TypeDeclaration;
import dev.kapacitor.tickscript.ast.Unary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a parsed TICKscript to build its pipeline, as Kapacitor's {@code tick.Evaluate} does:
 * statements in order, immutable variables (task vars override script defaults of the same
 * type), constant folding outside lambdas, chaining and property methods checked against the
 * node types of the catalog. Errors carry the position of the offending call.
 */
public final class ScriptEvaluator {
    private final NodeCatalog catalog;
    private final Map<String, Object> predefined;
    private final Scope scope = new Scope();
    private final PipelineSpec pipeline = new PipelineSpec();

    private ScriptEvaluator(NodeCatalog catalog, Map<String, Object> predefined) {
        this.catalog = catalog;
        this.predefined = predefined;
    }

    /**
     * @param vars task variables as script values (Long, Double, String, Boolean, DurationValue,
     *             RegexValue, LambdaValue, StarValue, List), overriding declarations of the same name
     * @throws SpecException when the script does not describe a valid pipeline
     */
    public static PipelineSpec evaluate(Program program, EdgeType source, NodeCatalog catalog, Map<String, Object> vars) {
        LegacySyntax.check(program);
        ScriptEvaluator e = new ScriptEvaluator(catalog, vars);
        NodeType<?> srcType = catalog.source(source);
        if (srcType == null) {
            throw new SpecException("source edge type must be either stream or batch not " + source.label());
        }
        NodeSpec src = srcType.create(new Args(srcType.method(), null, List.of()));
        e.pipeline.addSource(src);
        e.scope.define(srcType.method(), src, null);
        for (Statement s : program.statements()) {
            e.statement(s);
        }
        e.pipeline.validate();
        if (e.pipeline.size() <= 1) {
            throw new SpecException("task does nothing");
        }
        return e.pipeline;
    }

    private void statement(Statement s) {
        if (s instanceof Declaration d) {
            Object value = eval(d.value());
            scope.define(d.name(), override(d.name(), value), d.position());
        } else if (s instanceof TypeDeclaration t) {
            Object value = predefined.get(t.name());
            if (value == null) {
                throw new SpecException("missing value for var \"" + t.name() + "\".");
            }
            checkVarType(t.name(), value, declaredTypeName(t.type()));
            scope.define(t.name(), value, t.position());
        } else if (s instanceof ExpressionStatement e) {
            eval(e.expr());
        }
        // dbrp statements only matter to the task definition
    }

    private Object override(String name, Object scriptValue) {
        Object value = predefined.get(name);
        if (value == null) {
            return scriptValue;
        }
        checkVarType(name, value, Values.typeName(scriptValue));
        return value;
    }

    private static void checkVarType(String name, Object value, String expected) {
        String got = Values.typeName(value);
        if (!got.equals(expected)) {
            throw new SpecException("invalid type supplied for " + name + ", got " + got + " exp " + expected);
        }
    }

    private static String declaredTypeName(String type) {
        return switch (type) {
            case "bool" -> "boolean";
            case "int", "float", "string", "regex", "duration", "lambda", "list", "star" -> type;
            default -> throw new SpecException("invalid var type \"" + type + "\"");
        };
    }

    private Object eval(Expr e) {
        if (e instanceof Chain c) {
            return chain(c);
        } else if (e instanceof Identifier i) {
            return scope.get(i.name(), i.position());
        } else if (e instanceof StringLit s) {
            return s.value();
        } else if (e instanceof IntLit i) {
            return i.value();
        } else if (e instanceof FloatLit f) {
            return f.value();
        } else if (e instanceof DurationLit d) {
            return new DurationValue(d.nanos());
        } else if (e instanceof BoolLit b) {
            return b.value();
        } else if (e instanceof RegexLit r) {
            return new RegexValue(r.pattern());
        } else if (e instanceof Star) {
            return StarValue.STAR;
        } else if (e instanceof ListLit l) {
            List<Object> items = new ArrayList<>(l.items().size());
            for (Expr item : l.items()) {
                items.add(eval(item));
            }
            return items;
        } else if (e instanceof Lambda l) {
            return lambda(l);
        } else if (e instanceof Unary || e instanceof Binary) {
            return fold(e);
        } else if (e instanceof Reference r) {
            throw SpecException.at(r.position(), "\"" + r.name() + "\" is a field or tag reference, usable only in a "
                    + "lambda: did you use double quotes instead of single quotes?");
        } else if (e instanceof Call c) {
            throw SpecException.at(c.position(), "no global function \"" + c.name() + "\" defined");
        }
        throw SpecException.at(e.position(), "unexpected " + e.getClass().getSimpleName());
    }

    /** Operators outside lambdas are evaluated once, now, with the lambda operator rules. */
    private Object fold(Expr e) {
        Expr literal;
        try {
            literal = LambdaCompiler.evaluate(e, scope.literals());
        } catch (LambdaCompileException ex) {
            throw new SpecException(ex.getMessage());
        }
        return eval(literal);
    }

    private LambdaValue lambda(Lambda l) {
        try {
            return LambdaValue.compile(l, scope.literals());
        } catch (LambdaCompileException ex) {
            throw new SpecException(ex.getMessage());
        }
    }

    private Object chain(Chain c) {
        Object receiver = eval(c.receiver());
        Call call = c.call();
        if (call.isPropertyRead()) {
            throw SpecException.at(call.position(), "cannot read property \"" + call.name() + "\" of "
                    + Values.typeName(receiver) + ": only property methods, with parentheses, are supported");
        }
        Args args = new Args(call.name(), call.position(), spread(call.args()), catalog::service);
        NodeSpec target = receiver instanceof ScriptObject obj ? obj.chainTarget() : null;
        if (call.kind() == CallKind.CHAIN && target != null && call.name().equals("deadman")) {
            return Deadman.expand(target, call.position(), args.values(), lambdaBodies(call.args()), macroBuilder());
        } else if (call.kind() == CallKind.CHAIN && target != null) {
            return chainMethod(target, args);
        } else if (call.kind() == CallKind.PROPERTY && receiver instanceof ScriptObject obj) {
            return propertyMethod(obj, args);
        } else if (call.kind() == CallKind.DYNAMIC && receiver instanceof NodeSpec node) {
            throw args.error("no dynamic method \"" + call.name() + "\" on " + node.describe() + hint(node, call));
        }
        throw args.error("cannot call " + call.kind().operator() + call.name() + "() on " + Values.typeName(receiver));
    }

    /** Kapacitor: a single list argument is spread as the argument list. */
    private static List<Expr> lambdaBodies(List<Expr> args) {
        return args.stream().filter(a -> a instanceof Lambda).map(a -> ((Lambda) a).body()).toList();
    }

    private Deadman.Builder macroBuilder() {
        return new Deadman.Builder() {
            @Override
            public NodeSpec chain(NodeSpec parent, String method, Position at, List<Object> args) {
                return chainMethod(parent, new Args(method, at, args, catalog::service));
            }

            @Override
            public void property(NodeSpec node, String method, Position at, List<Object> args) {
                propertyMethod(node, new Args(method, at, args, catalog::service));
            }

            @Override
            public LambdaValue lambda(Lambda l) {
                return ScriptEvaluator.this.lambda(l);
            }
        };
    }

    private List<Object> spread(List<Expr> exprs) {
        if (exprs == null) {
            return List.of();
        }
        List<Object> values = new ArrayList<>(exprs.size());
        for (Expr a : exprs) {
            values.add(eval(a));
        }
        if (values.size() == 1 && values.get(0) instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return values;
    }

    private NodeSpec chainMethod(NodeSpec parent, Args args) {
        NodeType<?> type = catalog.chainMethod(parent.type(), args.method());
        if (type == null) {
            if (parent.property(args.method()) != null) {
                throw args.error("no chaining method \"" + args.method() + "\" on " + parent.describe()
                        + ", but property does exist. Use '.' operator instead: 'node." + args.method() + "(..)'.");
            }
            throw args.error("no chaining method \"" + args.method() + "\" on " + parent.describe()
                    + Hints.didYouMean(args.method(), catalog.chainMethods(parent.type())));
        }
        checkSignature(type.signature().check(args.values()), args);
        NodeSpec child = type.create(args);
        child.setPosition(args.position());
        type.attach(pipeline, parent, child, args);
        return child;
    }

    private Object propertyMethod(ScriptObject obj, Args args) {
        PropertyDef<?> def = obj.property(args.method());
        if (def == null) {
            if (obj instanceof NodeSpec node && catalog.chainMethod(node.type(), args.method()) != null) {
                throw args.error("no property method \"" + args.method() + "\" on " + obj.describe()
                        + ", but chaining method does exist. Use '|' operator instead: 'node|" + args.method() + "(..)'.");
            }
            throw args.error("no property method \"" + args.method() + "\" on " + obj.describe()
                    + Hints.didYouMean(args.method(), obj.propertyNames()));
        }
        checkSignature(def.signature().check(args.values()), args);
        return def.apply(obj, args);
    }

    private static void checkSignature(String problem, Args args) {
        if (problem != null) {
            throw args.error("invalid arguments to \"" + args.method() + "\": " + problem);
        }
    }

    private String hint(NodeSpec node, Call call) {
        if (node.property(call.name()) != null) {
            return ", but property does exist. Use '.' operator instead: 'node." + call.name() + "(..)'.";
        }
        if (catalog.chainMethod(node.type(), call.name()) != null) {
            return ", but chaining method does exist. Use '|' operator instead: 'node|" + call.name() + "(..)'.";
        }
        return "";
    }
}
