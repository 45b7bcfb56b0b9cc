package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import org.junit.Test;

import static dev.kapacitor.engine.lambda.Lambdas.compile;
import static dev.kapacitor.engine.lambda.Lambdas.compileError;
import static dev.kapacitor.engine.lambda.Lambdas.eval;
import static dev.kapacitor.engine.lambda.Lambdas.point;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** Kapacitor's binary operator table, unary operators and precedence. */
public class OperatorsTest {
    private static final String MIXED = "m,host=web1 a=1.5,b=0.5,i=7i,j=-7i,s=\"abc\",t=\"abd\",up=true 1577836800000000000";

    private static String mismatch(String l, String op, String r) {
        return "error: mismatched type to binary operator. got " + l + " " + op + " " + r
                + ". see bool(), int(), float(), string(), duration()";
    }

    @Test
    public void floatArithmetic() {
        assertEquals(2.0, eval("\"a\" + \"b\"", MIXED));
        assertEquals(1.0, eval("\"a\" - \"b\"", MIXED));
        assertEquals(0.75, eval("\"a\" * \"b\"", MIXED));
        assertEquals(3.0, eval("\"a\" / \"b\"", MIXED));
        assertEquals(-1.5, eval("-\"a\"", MIXED));
        assertEquals(0.30000000000000004, eval("\"x\" + \"y\"", "m x=0.1,y=0.2"));
        assertEquals(Double.POSITIVE_INFINITY, eval("\"a\" / 0.0", MIXED));
    }

    @Test
    public void integerArithmeticTruncates() {
        assertEquals(8L, eval("\"i\" + 1", MIXED));
        assertEquals(14L, eval("\"i\" * 2", MIXED));
        assertEquals(2L, eval("\"i\" / 3", MIXED));
        assertEquals(1L, eval("\"i\" % 3", MIXED));
        assertEquals(-2L, eval("\"j\" / 3", MIXED));
        assertEquals(-1L, eval("\"j\" % 3", MIXED));
        assertEquals(-7L, eval("-\"i\"", MIXED));
        assertEquals("error: integer divide by zero", eval("\"i\" / 0", MIXED));
        assertEquals("error: integer divide by zero", eval("\"i\" % 0", MIXED));
    }

    @Test
    public void noImplicitIntFloatArithmetic() {
        assertEquals(mismatch("int", "+", "float"), eval("\"i\" + 1.5", MIXED));
        assertEquals(mismatch("float", "*", "int"), eval("\"a\" * \"i\"", MIXED));
        assertEquals("error: invalid math operator % for type float", eval("\"a\" % 2.0", MIXED));
        assertEquals("error: invalid math operator - for type string", eval("\"s\" - 'x'", MIXED));
        assertEquals("error: invalid math operator + for type boolean", eval("\"up\" + TRUE", MIXED));
        assertEquals("error: invalid math operator + for type missing", eval("\"nope\" + 1", MIXED));
        assertEquals(mismatch("string", "+", "int"), eval("\"s\" + 1", MIXED));
    }

    @Test
    public void constantTypeErrorsAreRefusedAtCompileTime() {
        assertEquals(mismatch("int", "+", "float").substring(7), compileError("1 + 1.5"));
        assertEquals("invalid math operator * for type string", compileError("'a' * 2"));
        assertEquals(mismatch("boolean", "AND", "int").substring(7), compileError("TRUE AND 1"));
        assertEquals(mismatch("duration", "+", "int").substring(7), compileError("\"a\" > 0.0 AND 5m + 1 > 0"));
        assertEquals("invalid math operator % for type duration", compileError("5m % 2"));
        assertEquals("invalid unary operator ! for type int", compileError("!5"));
        assertEquals("invalid unary operator - for type string", compileError("-'a'"));
        assertEquals(mismatch("int", "+", "float").substring(7), compileError("strLength(\"s\") + 1.5"));
    }

    @Test
    public void compileErrorCarriesThePosition() {
        try {
            Lambdas.factory("\"a\" > 0.0 AND\n  1 + 1.5 > 0", java.util.Map.of());
            throw new AssertionError("compiled");
        } catch (LambdaCompileException e) {
            assertEquals(2, e.position().line());
            assertEquals(5, e.position().column());
            assertTrue(e.getMessage(), e.getMessage().startsWith("line 2 char 5: mismatched type"));
        }
    }

    @Test
    public void stringConcatenation() {
        assertEquals("web1:abc", eval("\"host\" + ':' + \"s\"", MIXED));
        assertEquals("it's abc", eval("'it\\'s ' + \"s\"", MIXED));
    }

    @Test
    public void durations() {
        assertEquals(330_000_000_000L, eval("5m + 30s", MIXED));
        assertEquals(-60_000_000_000L, eval("5m - 6m", MIXED));
        assertEquals(600_000_000_000L, eval("5m * 2", MIXED));
        assertEquals(600_000_000_000L, eval("2 * 5m", MIXED));
        assertEquals(450_000_000_000L, eval("5m * 1.5", MIXED));
        assertEquals(450_000_000_000L, eval("1.5 * 5m", MIXED));
        assertEquals(150_000_000_000L, eval("5m / 2", MIXED));
        assertEquals(120_000_000_000L, eval("5m / 2.5", MIXED));
        assertEquals(10L, eval("5m / 30s", MIXED));
        assertEquals(-300_000_000_000L, eval("-5m", MIXED));
        assertEquals(true, eval("5m > 30s", MIXED));
        assertEquals(true, eval("5m == 300s", MIXED));
        assertEquals(10_500_000_000L, eval("\"i\" * 1500ms", MIXED));
        assertEquals("330s", eval("string(5m + 30s)", MIXED));
    }

    @Test
    public void comparisonsAllowIntFloatMixes() {
        assertEquals(true, eval("\"i\" > 3", MIXED));
        assertEquals(false, eval("\"i\" <= 2.5", MIXED));
        assertEquals(true, eval("\"a\" > 1", MIXED));
        assertEquals(true, eval("\"i\" == 7.0", MIXED));
        assertEquals(true, eval("7.0 != \"j\"", MIXED));
        assertEquals(true, eval("\"s\" < \"t\"", MIXED));
        assertEquals(false, eval("\"s\" >= 'b'", MIXED));
        assertEquals(true, eval("'é' > 'z'", MIXED)); // byte order, as Go compares strings
        assertEquals(true, eval("\"up\" == TRUE", MIXED));
        assertEquals("error: invalid comparison operator < for type boolean", eval("\"up\" < TRUE", MIXED));
        assertEquals(mismatch("string", "==", "int"), eval("\"s\" == 1", MIXED));
        assertEquals("error: invalid logical operator AND for type float", eval("\"a\" AND TRUE", MIXED));
    }

    @Test
    public void missingReferencesFailWhereTheyAreUsed() {
        assertEquals("error: left reference value \"x\" is missing value", eval("\"x\" > 1", MIXED));
        assertEquals("error: right reference value \"x\" is missing value", eval("1 < \"x\"", MIXED));
        assertEquals("error: missing value: \"x\"", eval("\"x\"", MIXED));
        assertEquals("error: reference \"x\" is missing value", eval("!\"x\"", MIXED));
    }

    @Test
    public void andOrShortCircuit() {
        assertEquals(true, eval("\"a\" > 1.0 OR \"x\" > 1", MIXED));
        assertEquals(false, eval("\"a\" < 1.0 AND \"x\" > 1", MIXED));
        assertEquals("error: left reference value \"x\" is missing value", eval("\"a\" < 1.0 OR \"x\" > 1", MIXED));
        assertEquals(false, eval("\"a\" < 1.0 AND \"s\" + 1 > 0", MIXED));
    }

    @Test
    public void unaryOperators() {
        assertEquals(false, eval("!\"up\"", MIXED));
        assertEquals(false, eval("-\"up\"", MIXED)); // Kapacitor negates booleans with - too
        assertEquals("error: TypeGuard: expression returned unexpected type float, expected boolean", eval("!\"a\"", MIXED));
        assertEquals(true, eval("!(\"a\" == 4.0)", MIXED));
    }

    @Test
    public void precedenceAndAssociativity() {
        assertEquals(14L, eval("2 + 3 * 4", MIXED));
        assertEquals(20L, eval("(2 + 3) * 4", MIXED));
        assertEquals(3L, eval("10 - 4 - 3", MIXED));
        assertEquals(2L, eval("100 / 10 / 5", MIXED));
        assertEquals(true, eval("TRUE OR FALSE AND FALSE", MIXED));
        assertEquals(true, eval("1 < 2 == TRUE", MIXED));
        assertEquals(-1L, eval("-2 + 1", MIXED));
    }

    /** conformance case where-arith-precedence. */
    @Test
    public void whereArithPrecedence() {
        CompiledLambda l = compile("\"a\" + \"b\" * 2.0 > 10.0 AND !(\"a\" == 4.0) OR \"b\" < 0.0");
        String[] in = {"a=1.0,b=5.0", "a=4.0,b=4.0", "a=6.0,b=2.0", "a=0.0,b=-1.0", "a=2.0,b=3.0", "a=10.0,b=0.5",
            "a=4.0,b=-2.0"};
        boolean[] out = {true, false, false, true, false, true, true};
        for (int k = 0; k < in.length; k++) {
            assertEquals(in[k], out[k], l.test(point("m " + in[k])));
        }
    }

    @Test
    public void regexMatch() {
        CompiledLambda web = compile("\"host\" =~ /^web\\d+$/");
        CompiledLambda notWeb = compile("\"host\" !~ /^web/");
        String[] hosts = {"web1", "db1", "web22", "webx", "web3", "aweb4"};
        boolean[] matches = {true, false, true, false, true, false};
        for (int k = 0; k < hosts.length; k++) {
            assertEquals(hosts[k], matches[k], web.test(point("req,host=" + hosts[k] + " n=1i")));
            assertEquals(hosts[k], !hosts[k].startsWith("web"), notWeb.test(point("req,host=" + hosts[k] + " n=1i")));
        }
        assertEquals(true, eval("\"s\" =~ /B/", "m s=\"aBc\""));
        assertEquals(true, eval("\"s\" =~ /(?i)b/", "m s=\"aBc\""));
        assertEquals("error: invalid comparison operator =~ for type int", eval("\"i\" =~ /7/", MIXED));
    }

    @Test
    public void tagsAndFieldsAreReferences() {
        CompiledLambda l = compile("\"host\" == \"expected\"");
        assertTrue(l.test(point("m,host=a expected=\"a\",v=0i")));
        assertFalse(l.test(point("m,host=a expected=\"b\",v=1i")));
        assertTrue(l.test(point("m,host=b expected=\"b\",v=2i")));
        assertFalse(l.test(point("m,host=c expected=\"'c'\",v=3i")));
        assertFalse(l.test(point("m,host=d expected=\"host\",v=4i")));
    }

    @Test
    public void fieldAndTagOfTheSameNameIsAnError() {
        assertEquals("error: cannot have field and tags with same name \"host\"",
                eval("\"v\" > 0.0 OR \"host\" == 'x'", "m,host=a host=\"b\",v=1.0"));
    }

    @Test
    public void timeIsThePointTime() {
        assertEquals(1577836800000000000L, eval("unixNano(\"time\")", MIXED));
        assertEquals("error: expression returned unexpected type time", eval("\"time\"", MIXED));
    }

    @Test
    public void testRequiresABoolean() {
        try {
            compile("\"a\"").test(point(MIXED));
            throw new AssertionError("no error");
        } catch (LambdaException e) {
            assertEquals("TypeGuard: expression returned unexpected type float, expected boolean", e.getMessage());
        }
    }

    @Test
    public void staticResultTypes() {
        assertEquals(FieldType.FLOAT, compile("\"a\" * 2.0").resultType());
        assertEquals(FieldType.BOOLEAN, compile("\"i\" > 3").resultType());
        assertEquals(FieldType.INTEGER, compile("5m * 2").resultType());
        assertEquals(FieldType.STRING, compile("string(\"x\")").resultType());
        assertEquals(FieldType.INTEGER, compile("count()").resultType());
        assertNull(compile("\"a\" + \"b\"").resultType());
        assertEquals(FieldType.FLOAT, compile("if(\"v\" > 5.0, \"v\", 0.0)").resultType());
    }
}
