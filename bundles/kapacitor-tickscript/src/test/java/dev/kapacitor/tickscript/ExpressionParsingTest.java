package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.CallKind;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Operator;
import org.junit.Test;

/** Operator precedence, chains, calls and statements. */
public class ExpressionParsingTest {

    private static void assertParses(String script, String expected) {
        assertEquals(script, expected, Sexpr.of(TickscriptParser.parse(script)));
    }

    private static void assertLambda(String body, String expected) {
        assertParses("var x = lambda: " + body, "var x = lambda: " + expected);
    }

    @Test
    public void multiplicationBindsTighterThanAddition() {
        assertLambda("1 + 2 * 3", "(+ 1i (* 2i 3i))");
        assertLambda("1 + 2 - 3 * 4 / 5", "(- (+ 1i 2i) (/ (* 3i 4i) 5i))");
        assertLambda("a % b + c", "(+ (% a b) c)");
    }

    @Test
    public void comparisonBindsTighterThanEqualityThenAndThenOr() {
        assertLambda("a == b > c", "(== a (> b c))");
        assertLambda("a OR b AND c", "(OR a (AND b c))");
        assertLambda("a AND b OR c", "(OR (AND a b) c)");
        assertLambda("\"stat\" > 70 OR \"sigma\" > 2.5", "(OR (> \"stat\" 70i) (> \"sigma\" 2.5f))");
        assertLambda("\"h\" =~ /x/ == TRUE", "(== (=~ \"h\" /x/) TRUE)");
    }

    @Test
    public void everyOperatorIsLeftAssociative() {
        assertLambda("a - b - c", "(- (- a b) c)");
        assertLambda("a / b / c", "(/ (/ a b) c)");
        assertLambda("a OR b OR c", "(OR (OR a b) c)");
        assertLambda("a == b != c", "(!= (== a b) c)");
    }

    /** For every pair of binary operators, the tree follows Operator.precedence(). */
    @Test
    public void precedenceTableMatchesOperatorEnum() {
        Operator[] binaries = {Operator.OR, Operator.AND, Operator.EQ, Operator.NE, Operator.REGEX_MATCH,
            Operator.REGEX_NOT_MATCH, Operator.GT, Operator.GE, Operator.LT, Operator.LE, Operator.PLUS,
            Operator.MINUS, Operator.MULT, Operator.DIV, Operator.MOD};
        for (Operator p : binaries) {
            for (Operator q : binaries) {
                String script = "var x = lambda: a " + p.symbol() + " b " + q.symbol() + " c";
                Binary top = (Binary) ((Lambda) ((Declaration) TickscriptParser.parse(script).statements().get(0))
                        .value()).body();
                Operator expectedTop = p.precedence() >= q.precedence() ? q : p;
                assertEquals(script, expectedTop, top.op());
            }
        }
    }

    @Test
    public void unaryOperatorsBindToThePrimary() {
        assertLambda("-a * b", "(* (-a) b)");
        assertLambda("!a AND b", "(AND (!a) b)");
        assertLambda("-(a + b)", "(-(+ a b))");
        assertLambda("a - -1", "(- a (-1i))");
        assertLambda("!!TRUE", "(!(!TRUE))");
    }

    @Test
    public void parenthesesGroupAndAreRemembered() {
        assertLambda("(a OR b) AND c", "(AND (OR a b) c)");
        Declaration declaration = (Declaration) TickscriptParser.parse("var x = lambda: (a OR b) AND (c)").statements().get(0);
        Binary and = (Binary) ((Lambda) declaration.value()).body();
        assertFalse(and.parens());
        assertTrue(((Binary) and.left()).parens());
    }

    @Test
    public void functionsInLambdasTakeLambdaExpressions() {
        assertLambda("if(\"v\" > 0, 'a', 'b')", "if((> \"v\" 0i), 'a', 'b')");
        assertLambda("sigma(\"stat\") > 3", "(> sigma(\"stat\") 3i)");
        assertLambda("float(\"a\") / float(\"b\") * 100.0", "(* (/ float(\"a\") float(\"b\")) 100.0f)");
        assertLambda("int(sqrt(16.0)) + 4", "(+ int(sqrt(16.0f)) 4i)");
        assertLambda("now()", "now()");
    }

    @Test
    public void chainsAreLeftAssociative() {
        assertParses("stream|from().measurement('cpu')|window().period(10s)",
                "stream|from().measurement('cpu')|window().period(10000000000ns)");
        Chain chain = (Chain) ((Declaration) TickscriptParser.parse("var x = a|b().c(1)@d()").statements().get(0)).value();
        assertEquals(CallKind.DYNAMIC, chain.call().kind());
        Chain property = (Chain) chain.receiver();
        assertEquals(CallKind.PROPERTY, property.call().kind());
        assertEquals(CallKind.CHAIN, ((Chain) property.receiver()).call().kind());
    }

    @Test
    public void chainsTakeAnyExpressionAsArgument() {
        assertParses("a|join(b, c)\n.as('b', 'c')", "a|join(b, c).as('b', 'c')");
        assertParses("a|union(b|x(), c)", "a|union(b|x(), c)");
        assertParses("a|eval(lambda: \"x\" * 2, lambda: 1).as('y', 'z')", "a|eval(lambda: (* \"x\" 2i), lambda: 1i).as('y', 'z')");
        assertParses("a|query('q').groupBy(time(1m), 'host', *)", "a|query('q').groupBy(time(60000000000ns), 'host', *)");
        assertParses("a|b().tags(['a', 'b'])", "a|b().tags(['a', 'b'])");
        assertParses("a|b(1, 2,)", "a|b(1i, 2i)");
    }

    @Test
    public void propertyWithoutParenthesesIsAPropertyRead() {
        Call call = ((Chain) ((Declaration) TickscriptParser.parse("var p = x.period").statements().get(0)).value()).call();
        assertEquals(CallKind.PROPERTY, call.kind());
        assertEquals("period", call.name());
        assertNull(call.args());
        assertTrue(call.isPropertyRead());
        assertParses("x@udf y.z", "x@udf; y.z");
    }

    @Test
    public void aGlobalCallCanStartAChainOrAnExpression() {
        assertParses("f()|g()", "f()|g()");
        assertParses("f(lambda: 1) + 1", "(+ f(lambda: 1i) 1i)");
        assertParses("f('first ' + string(5m) + 'third')", "f((+ (+ 'first ' string(300000000000ns)) 'third'))");
    }

    @Test
    public void statementsNeedNoSeparator() {
        assertParses("var x = 5\nvar y = x * 2", "var x = 5i; var y = (* x 2i)");
        assertParses("a b c", "a; b; c");
        assertParses("a\n[b]", "a; [b]");
        assertParses("a\n!b", "a; (!b)");
        // as in Kapacitor, a minus on the next line continues the expression
        assertParses("var x = a\n-1", "var x = (- a 1i)");
        assertParses("var x = 'a' 'b'", "var x = 'a'; 'b'");
        assertParses("", "");
    }

    @Test
    public void varsAreDeclaredWithAValueOrAType() {
        assertParses("var x = 'str'", "var x = 'str'");
        for (String type : new String[] {"int", "float", "bool", "string", "regex", "duration", "lambda", "list", "star"}) {
            assertParses("var x " + type, "var x " + type);
        }
        assertParses("var x = a|b()", "var x = a|b()");
    }

    @Test
    public void dbrpStatementsMayRepeat() {
        assertParses("dbrp \"telegraf\".\"autogen\"\ndbrp \"a\\\"b\".\"c\"", "dbrp telegraf.autogen; dbrp a\"b.c");
    }

    @Test
    public void lambdaParsingWithoutKeyword() {
        assertEquals("(AND (== \"host\" 'a') (> \"v\" 1i))",
                Sexpr.of(TickscriptParser.parseLambda("\"host\" == 'a' AND \"v\" > 1")));
        assertEquals("changed(\"level\")", Sexpr.of(TickscriptParser.parseLambda("changed(\"level\")")));
    }
}
