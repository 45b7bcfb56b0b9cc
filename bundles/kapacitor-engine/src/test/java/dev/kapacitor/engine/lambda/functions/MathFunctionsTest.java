package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.lambda.LambdaCompiler;
import dev.kapacitor.tickscript.TickscriptParser;
import org.junit.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The math functions against the values Go 1.19's math package gives for the same inputs
 * (generated with a Go program), through the whole compiler: the argument is a field.
 */
public class MathFunctionsTest {
    private static final double NaN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double[] X = {-2.5, -0.5, 0, 0.5, 1, 3.7, 8, 100};
    /** Functions whose results are exact in both languages; the others may differ in the last bits. */
    private static final Set<String> EXACT = Set.of("abs", "ceil", "floor", "trunc", "sqrt", "logb", "max", "min", "mod");

    private static final Object[][] ONE_ARG = {
        {"abs", 2.5, 0.5, 0, 0.5, 1, 3.7, 8, 100},
        {"acos", NaN, 2.0943951023931957, 1.5707963267948966, 1.0471975511965976, 0, NaN, NaN, NaN},
        {"acosh", NaN, NaN, NaN, NaN, 0, 1.9826969446812033, 2.7686593833135738, 5.298292365610484},
        {"asin", NaN, -0.5235987755982989, 0, 0.5235987755982989, 1.5707963267948966, NaN, NaN, NaN},
        {"asinh", -1.6472311463710958, -0.48121182505960347, 0, 0.48121182505960347, 0.881373587019543, 2.0192606561549606, 2.7764722807237177, 5.298342365610589},
        {"atan", -1.1902899496825317, -0.4636476090008061, 0, 0.4636476090008061, 0.7853981633974483, 1.306832603169192, 1.446441332248135, 1.5607966601082313},
        {"atanh", NaN, -0.5493061443340548, 0, 0.5493061443340548, INF, NaN, NaN, NaN},
        {"cbrt", -1.3572088082974534, -0.7937005259840997, 0, 0.7937005259840997, 1, 1.5466803737720356, 2, 4.641588833612778},
        {"ceil", -2, -0, 0, 1, 1, 4, 8, 100},
        {"cos", -0.8011436155469337, 0.8775825618903728, 1, 0.8775825618903728, 0.5403023058681398, -0.848100031710408, -0.14550003380861354, 0.8623188722876839},
        {"cosh", 6.132289479663686, 1.1276259652063807, 1, 1.1276259652063807, 1.5430806348152437, 20.23601394326887, 1490.479161252178, 1.3440585709080678e+43},
        {"erf", -0.999593047982555, -0.5204998778130465, 0, 0.5204998778130465, 0.8427007929497149, 0.9999998328489421, 1, 1},
        {"erfc", 1.999593047982555, 1.5204998778130465, 1, 0.4795001221869535, 0.15729920705028513, 1.6715105790914596e-07, 1.1224297172982926e-29, 0},
        {"exp", 0.0820849986238988, 0.6065306597126334, 1, 1.6487212707001282, 2.718281828459045, 40.4473043600674, 2980.9579870417283, 2.6881171418161356e+43},
        {"exp2", 0.17677669529663687, 0.7071067811865475, 1, 1.414213562373095, 2, 12.99603834169977, 256, 1.2676506002282294e+30},
        {"expm1", -0.9179150013761013, -0.3934693402873666, 0, 0.6487212707001282, 1.718281828459045, 39.4473043600674, 2979.9579870417283, 2.6881171418161356e+43},
        {"floor", -3, -1, 0, 0, 1, 3, 8, 100},
        {"gamma", -0.9453087204829419, -3.5449077018110318, INF, 1.7724538509055159, 1, 4.170651783796604, 5040, 9.332621544394423e+155},
        {"j0", -0.048383776468198025, 0.9384698072408129, 1, 0.9384698072408129, 0.7651976865579666, -0.39923020337119114, 0.1716508071375539, 0.019985850304223122},
        {"j1", -0.49709410246427393, -0.2422684576748739, 0, 0.2422684576748739, 0.4400505857449335, 0.05383398774546179, 0.2346363468539146, -0.07714535201411217},
        {"log", NaN, NaN, -INF, -0.6931471805599453, 0, 1.308332819650179, 2.0794415416798357, 4.605170185988092},
        {"log10", NaN, NaN, -INF, -0.3010299956639812, 0, 0.568201724066995, 0.9030899869919435, 2},
        {"log1p", NaN, -0.6931471805599453, 0, 0.4054651081081644, 0.6931471805599453, 1.547562508716013, 2.1972245773362196, 4.61512051684126},
        {"log2", NaN, NaN, -INF, -1, 0, 1.8875252707415875, 3, 6.643856189774724},
        {"logb", 1, -1, -INF, -1, 0, 1, 3, 6},
        {"sin", -0.5984721441039564, -0.479425538604203, 0, 0.479425538604203, 0.8414709848078965, -0.5298361409084934, 0.9893582466233817, -0.5063656411097588},
        {"sinh", -6.0502044810397875, -0.5210953054937474, 0, 0.5210953054937474, 1.1752011936438014, 20.21129041679853, 1490.4788257895502, 1.3440585709080678e+43},
        {"sqrt", NaN, NaN, 0, 0.7071067811865476, 1, 1.9235384061671346, 2.8284271247461903, 10},
        {"tan", 0.7470222972386603, -0.5463024898437905, 0, 0.5463024898437905, 1.557407724654902, 0.6247330752245639, -6.799711455220378, -0.587213915156929},
        {"tanh", -0.9866142981514303, -0.46211715726000974, 0, 0.46211715726000974, 0.7615941559557649, 0.9987782412811312, 0.9999997749296758, 1},
        {"trunc", -2, -0, 0, 0, 1, 3, 8, 100},
        {"y0", NaN, NaN, -INF, -0.44451873350670656, 0.08825696421567697, 0.10607431532035409, 0.2235214893875662, -0.07724431336508317},
        {"y1", NaN, NaN, -INF, -1.4714723926702433, -0.7812128213002887, 0.4166743726838075, -0.15806046173124752, -0.020372312002759796},
    };

    /** x, y pairs: (2,3) (9,0.5) (-8,3) (7.5,2) (-1,+Inf) (1,NaN) (0,-1) (-7,-3). */
    private static final double[][] PAIRS = {{2, 3}, {9, 0.5}, {-8, 3}, {7.5, 2}, {-1, INF}, {1, NaN}, {0, -1}, {-7, -3}};

    private static final Object[][] TWO_ARGS = {
        {"atan2", 0.5880026035475675, 1.5152978215491797, -1.2120256565243244, 1.3101939350475555, -0, NaN, 3.141592653589793, -1.97568811307998},
        {"hypot", 3.6055512754639896, 9.013878188659973, 8.54400374531753, 7.762087348130012, INF, NaN, 1, 7.615773105863909},
        {"max", 3, 9, 3, 7.5, INF, NaN, 0, -3},
        {"min", 2, 0.5, -8, 2, -1, NaN, -1, -7},
        {"mod", 2, 0, -2, 1.5, -1, NaN, 0, -1},
        {"pow", 8, 3, -512, 56.25, 1, 1, INF, -0.0029154518950437317},
    };

    private static double call(String function, double... args) {
        StringBuilder body = new StringBuilder(function).append('(');
        Fields.Builder fields = new Fields.Builder();
        for (int i = 0; i < args.length; i++) {
            body.append(i == 0 ? "" : ", ").append("\"x").append(i).append('"');
            fields.putDouble("x" + i, args[i]);
        }
        var lambda = LambdaCompiler.compile(TickscriptParser.parseLambda(body.append(')').toString()), Map.of());
        return (Double) lambda.newInstance().eval(new Point("db", "rp", "m", Tags.EMPTY, fields.build(), 0));
    }

    private static void check(String what, String function, double expected, double actual) {
        if (EXACT.contains(function) || Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0) {
            assertEquals(what, Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual) || expected == actual, true);
            return;
        }
        double rel = Math.abs(expected - actual) / Math.abs(expected);
        assertTrue(what + ": expected " + expected + " got " + actual, rel < 1e-14);
    }

    @Test
    public void oneArgumentFunctionsMatchGo() {
        for (Object[] row : ONE_ARG) {
            String fn = (String) row[0];
            for (int i = 0; i < X.length; i++) {
                check(fn + "(" + X[i] + ")", fn, ((Number) row[i + 1]).doubleValue(), call(fn, X[i]));
            }
        }
    }

    @Test
    public void twoArgumentFunctionsMatchGo() {
        for (Object[] row : TWO_ARGS) {
            String fn = (String) row[0];
            for (int i = 0; i < PAIRS.length; i++) {
                double[] p = PAIRS[i];
                check(fn + "(" + p[0] + ", " + p[1] + ")", fn, ((Number) row[i + 1]).doubleValue(), call(fn, p[0], p[1]));
            }
        }
    }

    @Test
    public void integerArgumentFunctions() {
        assertEquals(0.0, FnEval.eval("pow10(-324)"));
        assertEquals(1e-323, FnEval.eval("pow10(-323)"));
        assertEquals(0.1, FnEval.eval("pow10(-1)"));
        assertEquals(100.0, FnEval.eval("pow10(2)"));
        assertEquals(1e308, FnEval.eval("pow10(308)"));
        assertEquals(INF, FnEval.eval("pow10(309)"));
        long[] orders = {-3, 0, 1, 2, 5};
        double[] jn25 = {-0.21660039103911358, -0.048383776468198025, 0.49709410246427393, 0.4460590584396172, 0.019501625134503237};
        double[] yn25 = {0.7560554967536708, 0.4980703596152318, 0.1459181379667858, -0.38133584924180314, -3.8301760007407504};
        double[] jn30 = {-0.12921122875972496, -0.08636798358104021, -0.11875106261662292, 0.07845124607326535, -0.14324029551207706};
        for (int i = 0; i < orders.length; i++) {
            check("jn(" + orders[i] + ", 2.5)", "jn", jn25[i], (Double) FnEval.eval("jn(" + orders[i] + ", 2.5)"));
            check("yn(" + orders[i] + ", 2.5)", "yn", yn25[i], (Double) FnEval.eval("yn(" + orders[i] + ", 2.5)"));
            check("jn(" + orders[i] + ", 30.0)", "jn", jn30[i], (Double) FnEval.eval("jn(" + orders[i] + ", 30.0)"));
        }
    }

    /** conformance case eval-math-2, row by row. */
    @Test
    public void evalMath2() {
        double[][] in = {{2, 3, 2}, {9, 0.5, 0}, {-8, 3, -1}, {7.5, 2, 3}};
        double[][] out = {
            {8, 2, 3, 2, 0.5880026035475675, 3.6055512754639896, 0.4771212547196624, 2, 1.2599210498948732, 100},
            {3, 0.5, 9, 0, 1.5152978215491797, 9.013878188659973, 1, 0.5849625007211563, 2.080083823051904, 1},
            {-512, -8, 3, -2, -1.2120256565243244, 8.54400374531753, 0.954242509439325, 2, -2, 0.1},
            {56.25, 2, 7.5, 1.5, 1.3101939350475555, 7.762087348130012, 0.9294189257142927, 1.5849625007211563,
                1.9574338205844317, 1000}};
        String[] lambdas = {"pow(\"a\", \"b\")", "min(\"a\", \"b\")", "max(\"a\", \"b\")", "mod(\"a\", \"b\")",
            "atan2(\"a\", \"b\")", "hypot(\"a\", \"b\")", "log10(abs(\"a\") + 1.0)", "log2(abs(\"b\") + 1.0)",
            "cbrt(\"a\")", "pow10(\"n\")"};
        for (int r = 0; r < in.length; r++) {
            Point p = new Point("db", "rp", "m", Tags.EMPTY, new Fields.Builder().putDouble("a", in[r][0])
                    .putDouble("b", in[r][1]).putLong("n", (long) in[r][2]).build(), 0);
            for (int c = 0; c < lambdas.length; c++) {
                Object v = LambdaCompiler.compile(TickscriptParser.parseLambda(lambdas[c]), Map.of()).newInstance().eval(p);
                assertEquals(lambdas[c] + " row " + r, out[r][c], (Double) v, Math.abs(out[r][c]) * 1e-15);
            }
        }
    }
}
