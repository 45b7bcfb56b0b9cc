package dev.kapacitor.engine.tick;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskType;
import dev.kapacitor.tickscript.TickscriptParser;
import java.util.List;
import org.junit.Test;

public class ProgramInfoTest {
    @Test
    public void readsDbrpStatementsInOrder() {
        assertEquals(List.of(new Dbrp("telegraf", "autogen"), new Dbrp("db2", "rp2")),
                ProgramInfo.dbrps(TickscriptParser.parse("dbrp \"telegraf\".\"autogen\"\ndbrp \"db2\".\"rp2\"\nstream|from()")));
    }

    @Test
    public void infersTheTaskTypeFromTheChains() {
        assertEquals(TaskType.STREAM, ProgramInfo.taskType(TickscriptParser.parse("var s = stream\ns|from()")));
        assertEquals(TaskType.BATCH, ProgramInfo.taskType(TickscriptParser.parse("batch|query('SELECT 1')")));
        assertNull(ProgramInfo.taskType(TickscriptParser.parse("stream|from()\nbatch|query('q')")));
        assertNull(ProgramInfo.taskType(TickscriptParser.parse("var x = 5")));
    }
}
