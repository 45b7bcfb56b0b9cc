package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.tickscript.TickscriptParser;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.Statement;

import java.util.HashMap;
import java.util.Map;

/** Test helpers: lambdas from TICKscript text, points from line protocol. */
final class Lambdas {
    private Lambdas() {
    }

    static CompiledLambda compile(String body) {
        return compile(body, Map.of());
    }

    static CompiledLambda compile(String body, Map<String, Expr> vars) {
        return factory(body, vars).newInstance();
    }

    static LambdaFactory factory(String body, Map<String, Expr> vars) {
        return LambdaCompiler.compile(TickscriptParser.parseLambda(body), vars);
    }

    /** The var declarations of a script, name to value. */
    static Map<String, Expr> vars(String script) {
        Map<String, Expr> vars = new HashMap<>();
        for (Statement s : TickscriptParser.parse(script).statements()) {
            if (s instanceof Declaration d) {
                vars.put(d.name(), d.value());
            }
        }
        return vars;
    }

    /** The compile error's reason for a lambda body that must not compile. */
    static String compileError(String body) {
        try {
            factory(body, Map.of());
        } catch (LambdaCompileException e) {
            return e.reason();
        }
        throw new AssertionError("compiled: " + body);
    }

    /** Evaluates, returning the value or the LambdaException message prefixed with "error: ". */
    static Object eval(CompiledLambda l, Point p) {
        try {
            return l.eval(p);
        } catch (LambdaException e) {
            return "error: " + e.getMessage();
        }
    }

    static Object eval(String body, String line) {
        return eval(compile(body), point(line));
    }

    /** A point from one line of line protocol: m[,k=v...] f=1.5,i=2i,s="x y",b=true [time]. */
    static Point point(String line) {
        int i = 0;
        int n = line.length();
        StringBuilder token = new StringBuilder();
        while (i < n && line.charAt(i) != ' ' && line.charAt(i) != ',') {
            token.append(line.charAt(i++));
        }
        String name = token.toString();
        Tags.Builder tags = new Tags.Builder(4);
        while (i < n && line.charAt(i) == ',') {
            int eq = line.indexOf('=', i);
            int end = i + 1;
            while (end < n && line.charAt(end) != ',' && line.charAt(end) != ' ') {
                end++;
            }
            tags.put(line.substring(i + 1, eq), line.substring(eq + 1, end));
            i = end;
        }
        i++;
        Fields.Builder fields = new Fields.Builder();
        while (i < n && line.charAt(i) != ' ') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq);
            i = eq + 1;
            if (line.charAt(i) == '"') {
                StringBuilder s = new StringBuilder();
                for (i++; line.charAt(i) != '"'; i++) {
                    if (line.charAt(i) == '\\') {
                        i++;
                    }
                    s.append(line.charAt(i));
                }
                i++;
                fields.putString(key, s.toString());
            } else {
                int end = i;
                while (end < n && line.charAt(end) != ',' && line.charAt(end) != ' ') {
                    end++;
                }
                String v = line.substring(i, end);
                if (v.equals("true") || v.equals("false")) {
                    fields.putBoolean(key, v.equals("true"));
                } else if (v.endsWith("i")) {
                    fields.putLong(key, Long.parseLong(v.substring(0, v.length() - 1)));
                } else {
                    fields.putDouble(key, Double.parseDouble(v));
                }
                i = end;
            }
            if (i < n && line.charAt(i) == ',') {
                i++;
            }
        }
        long time = i < n ? Long.parseLong(line.substring(i + 1).trim()) : 0;
        return new Point("db", "rp", name, tags.build(), fields.build(), time);
    }
}
