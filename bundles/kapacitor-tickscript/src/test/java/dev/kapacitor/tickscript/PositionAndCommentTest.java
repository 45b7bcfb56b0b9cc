package dev.kapacitor.tickscript;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Call;
import dev.kapacitor.tickscript.ast.Chain;
import dev.kapacitor.tickscript.ast.Declaration;
import dev.kapacitor.tickscript.ast.ExpressionStatement;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.Program;
import java.util.List;
import org.junit.Test;

/** Positions (1-based line, UTF-8 byte column like Kapacitor's "char") and comment attachment. */
public class PositionAndCommentTest {

    private static final String SCRIPT = String.join("\n",
            "// The data",
            "// for cpu",
            "",
            "// last block",
            "var data = stream",
            "    // select",
            "    |from()",
            "        .measurement('cpu') // says which",
            "        // measurement",
            "    |where(lambda: \"usage\" >",
            "        // a threshold",
            "        90)",
            "",
            "data",
            "    |alert()",
            "        .crit(lambda: TRUE)",
            "// the end",
            "//",
            "// really");

    @Test
    public void nodesStartWhereKapacitorSays() {
        Program program = TickscriptParser.parse(SCRIPT);
        Declaration data = (Declaration) program.statements().get(0);
        assertEquals(new Position(5, 1), data.position());
        Chain where = (Chain) data.value();
        assertEquals(new Position(10, 5), where.position());
        assertEquals(new Position(10, 6), where.call().position());
        Lambda lambda = (Lambda) where.call().args().get(0);
        assertEquals(new Position(10, 12), lambda.position());
        Binary greater = (Binary) lambda.body();
        assertEquals(new Position(10, 28), greater.position());
        assertEquals(new Position(12, 9), greater.right().position());
        Chain measurement = (Chain) where.receiver();
        assertEquals(new Position(8, 9), measurement.position());
        assertEquals(new Position(8, 22), measurement.call().args().get(0).position());
        ExpressionStatement alert = (ExpressionStatement) program.statements().get(1);
        assertEquals(new Position(14, 1), alert.position());
    }

    @Test
    public void columnsCountUtf8BytesAsKapacitor() {
        Declaration declaration = (Declaration) TickscriptParser.parse("var s = 'ü' + x").statements().get(0);
        Binary plus = (Binary) declaration.value();
        assertEquals(new Position(1, 14), plus.position());
        assertEquals(new Position(1, 16), plus.right().position());
    }

    @Test
    public void divisionLexedAfterARegexWasTriedKeepsLinesAndColumns() {
        // "/ b\n/" looks like a regex, but after the operand a it is a division
        Declaration declaration = (Declaration) TickscriptParser.parse("var x = a / b\n/ c").statements().get(0);
        Binary outer = (Binary) declaration.value();
        assertEquals(new Position(2, 1), outer.position());
        assertEquals(new Position(1, 11), outer.left().position());
        assertEquals(new Position(1, 13), ((Binary) outer.left()).right().position());
        assertEquals(new Position(2, 3), outer.right().position());
    }

    @Test
    public void commentsAttachToTheFollowingStatementOrChainedCall() {
        Program program = TickscriptParser.parse(SCRIPT);
        Declaration data = (Declaration) program.statements().get(0);
        // blocks separated by a blank line are joined by "\n\n\n", as Kapacitor's CommentString
        assertEquals("The data\nfor cpu\n\n\nlast block", data.comment());
        Chain where = (Chain) data.value();
        // the comment after .measurement() and the line below it precede |where; the one
        // inside its lambda has no chained call of its own, so |where gets it too
        assertEquals("says which\nmeasurement\n\n\na threshold", where.call().comment());
        Chain measurement = (Chain) where.receiver();
        assertNull(measurement.call().comment());
        assertEquals("select", ((Chain) measurement.receiver()).call().comment());
        assertNull(program.statements().get(1).comment());
        assertEquals("the end\n\nreally", program.trailingComment());
    }

    @Test
    public void commentsBetweenOperatorAndNameBelongToTheCall() {
        Chain chain = (Chain) ((ExpressionStatement) TickscriptParser.parse("a\n// one\n|\n// two\nb()")
                .statements().get(0)).expr();
        assertEquals("one\n\n\ntwo", chain.call().comment());
    }

    @Test
    public void commentTextLosesSlashesOneSpaceAndTrailingBlanks() {
        Program program = TickscriptParser.parse("//no space\n//   indented  \r\n// \tx\nvar x = 1");
        assertEquals("no space\n  indented\n\tx", program.statements().get(0).comment());
    }

    @Test
    public void globalCallsNeverHoldComments() {
        Program program = TickscriptParser.parse("// c\nf(\n// inner\n1)");
        ExpressionStatement statement = (ExpressionStatement) program.statements().get(0);
        assertEquals("c\n\n\ninner", statement.comment());
        assertNull(((Call) statement.expr()).comment());
    }

    @Test
    public void multiLineCallsAreThoseWhoseLastArgumentStartsOnALaterLine() {
        List<?> statements = TickscriptParser.parse("f(1,\n2)\ng(\n1)\nh(1\n)\nk()").statements();
        boolean[] expected = {true, true, false, false};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(String.valueOf(i), expected[i],
                    ((Call) ((ExpressionStatement) statements.get(i)).expr()).multiLine());
        }
    }
}
