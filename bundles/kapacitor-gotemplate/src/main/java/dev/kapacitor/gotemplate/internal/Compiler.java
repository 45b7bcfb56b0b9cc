package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.gotemplate.internal.Ast.Arg;
import dev.kapacitor.gotemplate.internal.Ast.Node;
import dev.kapacitor.gotemplate.internal.Builtins.Func;
import dev.kapacitor.gotemplate.internal.Runtime.Expr;
import dev.kapacitor.gotemplate.internal.Runtime.Site;
import dev.kapacitor.gotemplate.internal.Runtime.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the parse tree into closures, tracking the static type of dot and of each variable so
 * that field chains are resolved (and wrong ones reported) once, before any execution.
 */
final class Compiler {
    private record Var(String name, int slot, Type type) {
    }

    private static final Stmt[] NONE = {};

    private final Source source;
    private final boolean html;
    private final Map<String, Func> funcs;
    private final HtmlText htmlText = new HtmlText();
    private final List<Var> vars = new ArrayList<>();
    private int slots = 1;
    private Type dot;

    private Compiler(Source source, boolean html, Map<String, Func> funcs, Type root) {
        this.source = source;
        this.html = html;
        this.funcs = funcs;
        this.dot = root;
        vars.add(new Var("$", 0, root));
    }

    /** @param json whether a text template has Kapacitor's json function (html ones always have it) */
    static Program compile(Source source, Type root, boolean html, boolean json) throws TemplateException {
        Map<String, Func> funcs = Builtins.functions(html, json);
        List<Node> nodes = Parser.parse(source, funcs.keySet());
        Compiler c = new Compiler(source, html, funcs, root);
        Stmt[] body = c.list(nodes);
        if (html && !c.htmlText.inText()) {
            throw source.error(source.text().length(), "html/template: ends in a non-text context");
        }
        return new Program(body, c.slots, root);
    }

    private Site site(int pos, Object node) {
        return new Site(source, pos, node.toString());
    }

    private Stmt[] list(List<Node> nodes) throws TemplateException {
        if (nodes == null) {
            return NONE;
        }
        List<Stmt> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(node(n));
        }
        return Stmts.array(out);
    }

    private Stmt node(Node n) throws TemplateException {
        if (n instanceof Ast.Text t) {
            return Stmts.text(html ? htmlText.rewrite(t.text()) : t.text());
        }
        if (n instanceof Ast.Action a) {
            Typed v = pipe(a.pipe());
            if (!a.pipe().decl().isEmpty() || html && htmlText.inComment()) {
                return Stmts.discard(v.expr());
            }
            return html && !endsWithHtmlEscaper(a.pipe()) ? Stmts.printHtml(v.expr()) : Stmts.print(v.expr());
        }
        return branch((Ast.Branch) n);
    }

    /**
     * html/template lets a printed pipeline end with {@code html}, which then escapes instead of
     * its own escaper, but rejects {@code html} and {@code urlquery} anywhere else in it.
     */
    private boolean endsWithHtmlEscaper(Ast.Pipe p) throws TemplateException {
        List<Ast.Command> cmds = p.cmds();
        for (int i = 0; i < cmds.size(); i++) {
            if (cmds.get(i).args().get(0) instanceof Ast.Identifier id && i < cmds.size() - 1
                    && (id.name().equals("html") || id.name().equals("urlquery"))) {
                throw source.error(id.pos(), "html/template: predefined escaper " + GoQuote.quote(id.name())
                        + " disallowed in template");
            }
        }
        return cmds.get(cmds.size() - 1).args().get(0) instanceof Ast.Identifier id && id.name().equals("html");
    }

    private Stmt branch(Ast.Branch b) throws TemplateException {
        int depth = vars.size();
        Type outerDot = dot;
        try {
            if (b.keyword().equals("range")) {
                return range(b);
            }
            Typed v = pipe(b.pipe());
            if (b.keyword().equals("if")) {
                return Stmts.ifElse(v.expr(), list(b.list()), list(b.elseList()));
            }
            dot = v.type();
            Stmt[] then = list(b.list());
            dot = outerDot;
            return Stmts.with(v.expr(), then, list(b.elseList()));
        } finally {
            vars.subList(depth, vars.size()).clear();
            dot = outerDot;
        }
    }

    private Stmt range(Ast.Branch b) throws TemplateException {
        Ast.Pipe p = b.pipe();
        Typed coll = commands(p.cmds());
        Type t = coll.type();
        boolean container = t.kind == Type.Kind.MAP || t.kind == Type.Kind.SLICE;
        Type elem = container ? t.elem : Types.ANY;
        Type key = t.kind == Type.Kind.MAP ? Types.STRING : t.kind == Type.Kind.SLICE ? Types.INT : Types.ANY;
        int keySlot = -1;
        int elemSlot = -1;
        if (p.decl().size() == 2) {
            keySlot = declare(p.decl().get(0).name(), key);
            elemSlot = declare(p.decl().get(1).name(), elem);
        } else if (p.decl().size() == 1) {
            elemSlot = declare(p.decl().get(0).name(), elem);
        }
        Type outerDot = dot;
        dot = elem;
        Stmt[] body = list(b.list());
        dot = outerDot;
        return new Stmts.Range(coll.expr(), keySlot, elemSlot, elem instanceof StructType st ? st : null, body,
                list(b.elseList()), site(p.pos(), p));
    }

    private int declare(String name, Type type) {
        int slot = slots++;
        vars.add(new Var(name, slot, type));
        return slot;
    }

    private Var lookup(String name) {
        for (int i = vars.size() - 1; i >= 0; i--) {
            if (vars.get(i).name().equals(name)) {
                return vars.get(i);
            }
        }
        throw new IllegalStateException("parser let undefined variable through: " + name);
    }

    /** A pipeline with its declaration or assignment, if any. */
    private Typed pipe(Ast.Pipe p) throws TemplateException {
        Typed v = commands(p.cmds());
        if (p.decl().isEmpty()) {
            return v;
        }
        Ast.Variable target = p.decl().get(0);
        int slot;
        if (p.assign()) {
            Var existing = lookup(target.name());
            if (existing.type() != v.type() && existing.type() != Types.ANY) {
                throw source.error(target.pos(), "cannot assign a " + v.type() + " to " + target.name()
                        + ", a " + existing.type() + " (not supported)");
            }
            slot = existing.slot();
        } else {
            slot = declare(target.name(), v.type());
        }
        Expr value = v.expr();
        return new Typed(f -> {
            Object x = value.eval(f);
            f.vars[slot] = x;
            return x;
        }, v.type());
    }

    private Typed commands(List<Ast.Command> cmds) throws TemplateException {
        Typed v = null;
        for (Ast.Command c : cmds) {
            v = command(c, v);
        }
        return v;
    }

    /** A command; {@code fin} is the previous command's value, passed as the last argument. */
    private Typed command(Ast.Command c, Typed fin) throws TemplateException {
        Arg first = c.args().get(0);
        List<Arg> rest = c.args().subList(1, c.args().size());
        if (first instanceof Ast.Field fd) {
            return Fields.chain(dotValue(), fd.names(), site(fd.pos(), fd), args(rest, fin));
        } else if (first instanceof Ast.Chain ch) {
            return chain(ch, args(rest, fin));
        } else if (first instanceof Ast.Identifier id) {
            return call(id, args(rest, fin), site(c.pos(), c));
        } else if (first instanceof Ast.Variable v && !v.fields().isEmpty()) {
            return Fields.chain(variable(v), v.fields(), site(v.pos(), v), args(rest, fin));
        }
        if (!rest.isEmpty() || fin != null) {
            throw site(first.pos(), first).error("can't give argument to non-function " + first);
        }
        if (first instanceof Ast.Nil) {
            throw site(first.pos(), first).error("nil is not a command");
        }
        return arg(first);
    }

    private List<Typed> args(List<Arg> rest, Typed fin) throws TemplateException {
        List<Typed> out = new ArrayList<>(rest.size() + 1);
        for (Arg a : rest) {
            out.add(arg(a));
        }
        if (fin != null) {
            out.add(fin);
        }
        return out;
    }

    /** An operand used as a value (an argument, or a command of its own). */
    private Typed arg(Arg a) throws TemplateException {
        return value(a).at(a, site(a.pos(), a));
    }

    private Typed value(Arg a) throws TemplateException {
        if (a instanceof Ast.Dot) {
            return dotValue();
        } else if (a instanceof Ast.Nil) {
            return constant(null, Types.ANY);
        } else if (a instanceof Ast.Bool b) {
            return constant(b.value(), Types.BOOL);
        } else if (a instanceof Ast.Number n) {
            return constant(n.value(), n.value() instanceof Double ? Types.FLOAT64
                    : n.value() instanceof Long ? Types.INT64 : Types.INT);
        } else if (a instanceof Ast.Str s) {
            return constant(s.value(), Types.STRING);
        } else if (a instanceof Ast.Field fd) {
            return Fields.chain(dotValue(), fd.names(), site(fd.pos(), fd), List.of());
        } else if (a instanceof Ast.Variable v) {
            Typed base = variable(v);
            return v.fields().isEmpty() ? base : Fields.chain(base, v.fields(), site(v.pos(), v), List.of());
        } else if (a instanceof Ast.Chain ch) {
            return chain(ch, List.of());
        } else if (a instanceof Ast.Identifier id) {
            return call(id, List.of(), site(id.pos(), id));
        }
        return pipe((Ast.Pipe) a);
    }

    private Typed chain(Ast.Chain ch, List<Typed> args) throws TemplateException {
        if (ch.node() instanceof Ast.Nil) {
            throw site(ch.pos(), ch).error("indirection through explicit nil in " + ch);
        }
        return Fields.chain(arg(ch.node()), ch.fields(), site(ch.pos(), ch), args);
    }

    private Typed call(Ast.Identifier id, List<Typed> args, Site callSite) throws TemplateException {
        Func fn = funcs.get(id.name());
        if (!fn.arityOk(args.size())) {
            throw site(id.pos(), id).error(fn.arityError(args.size()));
        }
        if (fn.name().equals("printf")) {
            args = new ArrayList<>(args);
            args.set(0, args.get(0).asString(callSite));
        }
        return Calls.call(fn, args, callSite);
    }

    private Typed dotValue() {
        return new Typed(f -> f.dot, dot);
    }

    private Typed variable(Ast.Variable v) {
        Var var = lookup(v.name());
        int slot = var.slot();
        return new Typed(f -> f.vars[slot], var.type());
    }

    private static Typed constant(Object value, Type type) {
        return new Typed(f -> value, type);
    }
}
