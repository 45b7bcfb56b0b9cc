package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.tickscript.TickscriptParser;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.DurationLit;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Program;
import dev.kapacitor.tickscript.ast.StringLit;
import org.junit.Test;

import java.util.Map;

import static dev.kapacitor.engine.lambda.Lambdas.compile;
import static dev.kapacitor.engine.lambda.Lambdas.compileError;
import static dev.kapacitor.engine.lambda.Lambdas.eval;
import static dev.kapacitor.engine.lambda.Lambdas.point;
import static dev.kapacitor.engine.lambda.Lambdas.vars;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Variables, define-time errors, stateful functions, and the eval/where conformance cases. */
public class LambdaCompilerTest {
    @Test
    public void variablesAreInlined() {
        Map<String, Expr> vars = vars("var limit = 70.0\nvar unit = 5m\nvar web = /^web/\nvar name = 'x'\n"
                + "var doubled = lambda: \"v\" * 2.0\nvar alias = limit\nvar period = unit * 2\n");
        assertEquals(true, eval(compile("\"v\" > limit", vars), point("m v=71.0")));
        assertEquals("5m", eval(compile("string(unit)", vars), point("m v=1.0")));
        assertEquals("10m", eval(compile("string(period)", vars), point("m v=1.0")));
        assertEquals(true, eval(compile("\"host\" =~ web", vars), point("m,host=web1 v=1.0")));
        assertEquals("x!", eval(compile("name + '!'", vars), point("m v=1.0")));
        assertEquals(3.0, eval(compile("doubled + 1.0", vars), point("m v=1.0")));
        assertEquals(false, eval(compile("\"v\" > alias", vars), point("m v=1.0")));
    }

    /** A lambda taken from a whole script, with the script's variables. */
    @Test
    public void lambdaFromAScript() {
        String script = "var threshold = 70.0\nvar hosts = /^web/\n"
                + "stream\n    |from()\n        .measurement('cpu')\n"
                + "    |where(lambda: \"usage_idle\" < threshold AND \"host\" =~ hosts)\n"
                + "    |httpOut('x')\n";
        Program program = TickscriptParser.parse(script);
        Lambda lambda = findLambda(((ExpressionStatement) program.statements().get(2)).expr());
        CompiledLambda where = LambdaCompiler.compile(lambda, vars(script)).newInstance();
        assertTrue(where.test(point("cpu,host=web1 usage_idle=12.5")));
        assertFalse(where.test(point("cpu,host=db1 usage_idle=12.5")));
        assertFalse(where.test(point("cpu,host=web2 usage_idle=80.0")));
    }

    private static Lambda findLambda(Expr e) {
        if (e instanceof Lambda l) {
            return l;
        }
        if (e instanceof Chain c) {
            for (Expr arg : c.call().args()) {
                if (arg instanceof Lambda l) {
                    return l;
                }
            }
            return findLambda(c.receiver());
        }
        throw new AssertionError("no lambda in " + e);
    }

    @Test
    public void defineTimeErrors() {
        assertEquals("undefined function: \"foo\"", compileError("foo(1)"));
        assertEquals("name \"nope\" is undefined. Names in scope: ", compileError("\"v\" > nope"));
        assertEquals("Cannot call function \"int\" with args (5m: duration), available signatures are "
                + "[(boolean), (string), (int), (float)].", compileError("int(5m)"));
        assertEquals("Cannot call function \"duration\" with args ('5m': string), available signatures are "
                + "[(duration), (int,duration), (float,duration), (string,duration)].", compileError("duration('5m')"));
        assertEquals("Cannot call function \"abs\" with args (1: int), available signatures are [(float)].",
                compileError("abs(1)"));
        assertEquals("Cannot call function \"count\" with args (1: int), available signatures are [()].",
                compileError("count(1)"));
        assertEquals("Cannot call function \"sigma\" with args (), available signatures are [(float)].",
                compileError("sigma()"));
        assertEquals("Cannot call function \"strLength\" with args ('a': string,'b': string), available signatures "
                + "are [(string)].", compileError("strLength('a', 'b')"));
        assertEquals("Cannot call function \"abs\" with args (abs(1.0) > 1.0: boolean), available signatures are "
                + "[(float)].", compileError("abs(abs(1.0) > 1.0)"));
        assertTrue(compileError("\"s\" =~ /a(/").startsWith("error parsing regexp: "));
        assertEquals("error parsing regexp: invalid escape sequence: `\\1`", compileError("\"s\" =~ /(a)\\1/"));
    }

    @Test
    public void argumentTypesKnownOnlyFromTheDataFailPerPoint() {
        CompiledLambda l = compile("abs(\"v\")");
        assertEquals(1.5, eval(l, point("m v=-1.5")));
        assertEquals("error: Cannot call function \"abs\" with args (\"v\": int), available signatures are [(float)].",
                eval(l, point("m v=2i")));
        assertEquals(2.5, eval(l, point("m v=2.5")));
        assertEquals("error: Cannot call function \"max\" argument \"x\" is missing, values in scope are [\"a\"]",
                eval("max(\"x\", \"a\")", "m a=1.0"));
        assertEquals("error: Failed to handle 1 argument: mismatched type to binary operator. got int + float. "
                + "see bool(), int(), float(), string(), duration()", eval("abs(\"i\" + 1.5)", "m i=1i"));
    }

    @Test
    public void statefulFunctionsKeepStatePerInstance() {
        LambdaFactory factory = Lambdas.factory("count()", Map.of());
        CompiledLambda a = factory.newInstance();
        CompiledLambda b = factory.newInstance();
        assertEquals(1L, a.eval(point("m v=1.0")));
        assertEquals(2L, a.eval(point("m v=1.0")));
        assertEquals(1L, b.eval(point("m v=1.0")));
        assertEquals(3L, a.eval(point("m v=1.0")));
    }

    @Test
    public void callsOfOneFunctionShareStateButNestedLambdasDoNot() {
        CompiledLambda shared = compile("count() + count()");
        assertEquals(3L, shared.eval(point("m v=1.0")));
        assertEquals(7L, shared.eval(point("m v=1.0")));
        CompiledLambda nested = compile("c + count()", vars("var c = lambda: count()"));
        assertEquals(2L, nested.eval(point("m v=1.0")));
        assertEquals(4L, nested.eval(point("m v=1.0")));
    }

    /** conformance case eval-count-spread: one instance per group. */
    @Test
    public void evalCountSpread() {
        LambdaFactory count = Lambdas.factory("count()", Map.of());
        LambdaFactory spread = Lambdas.factory("spread(\"v\")", Map.of());
        Map<String, CompiledLambda[]> groups = new java.util.HashMap<>();
        String[] in = {"a 5.0", "b 1.0", "a 3.0", "b 4.0", "a 9.0", "b 2.0", "a 7.0"};
        Object[][] out = {{1L, 0.0}, {1L, 0.0}, {2L, 2.0}, {2L, 3.0}, {3L, 6.0}, {3L, 3.0}, {4L, 6.0}};
        for (int k = 0; k < in.length; k++) {
            String[] hv = in[k].split(" ");
            CompiledLambda[] g = groups.computeIfAbsent(hv[0],
                    h -> new CompiledLambda[] {count.newInstance(), spread.newInstance()});
            var p = point("m,host=" + hv[0] + " v=" + hv[1]);
            assertEquals(out[k][0], g[0].eval(p));
            assertEquals(out[k][1], g[1].eval(p));
        }
    }

    /** conformance case eval-sigma. */
    @Test
    public void evalSigma() {
        CompiledLambda l = compile("sigma(\"v\")");
        double[] in = {10, 10, 12, 8, 11, 30, 9};
        double[] out = {0, 0, 1.154700538379252, 1.224744871391589, 0.5393598899705941, 2.0142931884858095,
            0.5029697807493224};
        for (int k = 0; k < in.length; k++) {
            assertEquals(out[k], (Double) l.eval(point("m v=" + in[k])), 1e-15);
        }
    }

    /** conformance case alert-sigma: crit(lambda: sigma("v") > 2.0) fires on the 30. */
    @Test
    public void alertSigma() {
        CompiledLambda crit = compile("sigma(\"v\") > 2.0");
        double[] in = {10, 11, 9, 10, 10.5, 9.5, 30, 10, 10, 10.2};
        for (int k = 0; k < in.length; k++) {
            assertEquals("point " + k, in[k] == 30, crit.test(point("m v=" + in[k])));
        }
    }

    /** conformance cases where-missing-field and state-count-missing-field. */
    @Test
    public void missingFieldsDropThePoint() {
        CompiledLambda where = compile("\"a\" > 1");
        assertTrue(where.test(point("m a=5.0")));
        assertEquals("error: left reference value \"a\" is missing value", whereError(where, "m b=5.0"));
        assertFalse(where.test(point("m a=0.5")));
        assertTrue(where.test(point("m a=2.0,b=1.0")));
        assertEquals("error: left reference value \"a\" is missing value", whereError(where, "m b=9.0"));
        assertTrue(where.test(point("m a=3.0")));
    }

    private static String whereError(CompiledLambda l, String line) {
        try {
            l.test(point(line));
            return "no error";
        } catch (LambdaException e) {
            return "error: " + e.getMessage();
        }
    }

    /** conformance case eval-int-float-mix. */
    @Test
    public void evalIntFloatMix() {
        CompiledLambda bad = compile("\"i\" + 1.5");
        CompiledLambda good = compile("float(\"i\") + 1.5");
        CompiledLambda goodInt = compile("\"i\" + int(2.9)");
        for (long i = 1; i <= 3; i++) {
            var p = point("m i=" + i + "i");
            assertTrue(eval(bad, p).toString().startsWith("error: mismatched type to binary operator. got int + float."));
            assertEquals(i + 1.5, good.eval(p));
            assertEquals(i + 2, goodInt.eval(p));
        }
    }

    @Test
    public void evalIntoStoresUnboxedAndDurationsAsNanoseconds() {
        Fields.Builder out = new Fields.Builder();
        var p = point("m v=1.5,i=2i,s=\"x\"");
        compile("\"v\" * 2.0").evalInto(p, out, "f");
        compile("\"i\" * 3").evalInto(p, out, "i");
        compile("\"s\" + 'y'").evalInto(p, out, "s");
        compile("\"v\" > 1.0").evalInto(p, out, "b");
        compile("5m * \"i\"").evalInto(p, out, "d");
        Fields f = out.build();
        assertEquals(3.0, f.get("f"));
        assertEquals(6L, f.get("i"));
        assertEquals("xy", f.get("s"));
        assertEquals(true, f.get("b"));
        assertEquals(600_000_000_000L, f.get("d"));
        assertEquals(FieldType.INTEGER, f.typeAt(f.indexOf("d")));
    }

    @Test
    public void typeChangesOfAFieldAreFollowed() {
        CompiledLambda l = compile("\"v\" + \"v\"");
        assertEquals(3.0, l.eval(point("m v=1.5")));
        assertEquals(4L, l.eval(point("m v=2i")));
        assertEquals("abab", l.eval(point("m v=\"ab\"")));
        assertEquals("cc", l.eval(point("m,v=c x=1i")));
        assertEquals(5.0, l.eval(point("m v=2.5")));
    }

    @Test
    public void constantsFold() {
        Map<String, Expr> vars = vars("var unit = 5m\nvar name = 'cpu'");
        assertEquals(600_000_000_000L, ((DurationLit) LambdaCompiler.evaluate(TickscriptParser.parseLambda("unit * 2"), vars)).nanos());
        assertEquals("10m", ((DurationLit) LambdaCompiler.evaluate(TickscriptParser.parseLambda("unit * 2"), vars)).literal());
        assertEquals("cpu_total", ((StringLit) LambdaCompiler.evaluate(TickscriptParser.parseLambda("name + '_total'"), vars)).value());
        assertEquals(2.5, ((FloatLit) LambdaCompiler.evaluate(TickscriptParser.parseLambda("5.0 / 2.0"), vars)).value(), 0);
        try {
            LambdaCompiler.evaluate(TickscriptParser.parseLambda("\"v\" * 2.0"), vars);
            throw new AssertionError("folded a reference");
        } catch (LambdaCompileException e) {
            assertEquals("a field or tag reference needs a lambda", e.reason());
        }
    }
}
