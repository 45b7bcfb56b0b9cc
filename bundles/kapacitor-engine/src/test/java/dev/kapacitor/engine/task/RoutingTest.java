package dev.kapacitor.engine.task;

import static dev.kapacitor.engine.task.PersistenceTest.waitFor;
import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.api.task.TaskDefinition;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.Test;

/** Points reach exactly the tasks whose dbrps and from() measurements match. */
public class RoutingTest {
    private static void write(Engine e, String db, String rp, String lines) {
        e.master().writePoints(db, rp, LineProtocolParser.parse(lines.getBytes(StandardCharsets.UTF_8),
                Precision.NANOSECONDS, 0, db, rp).points());
    }

    /** The measurements the task's httpOut has a row for (it groups by measurement). */
    private static List<String> seen(Engine e, String task) {
        return e.httpOut(task, "out").orElseThrow().series().stream().map(Row::name).sorted().toList();
    }

    @Test
    public void routesByDbrpAndMeasurement() throws Exception {
        try (Engine e = Engine.open(new Engine.Settings(Files.createTempDirectory("routing"), 1000, 1000))) {
            define(e, "cpu_only", List.of(new Dbrp("db", "rp")), "from().measurement('cpu')");
            define(e, "all_db", List.of(new Dbrp("db", "rp")), "from()");
            define(e, "two_dbrps", List.of(new Dbrp("db", "rp"), new Dbrp("db2", "autogen")), "from().measurement('mem')");
            define(e, "both_froms", List.of(new Dbrp("db2", "autogen")), "from().measurement('disk')");
            write(e, "db", "rp", "cpu v=1 1\nmem v=2 2\ndisk v=3 3");
            write(e, "db2", "", "mem v=4 4\ndisk v=5 5\ncpu v=6 6");
            write(e, "other", "rp", "cpu v=7 7");
            waitFor(() -> lastMem(e).equals(List.of("1970-01-01T00:00:00.000000004Z", 4.0))
                    && seen(e, "all_db").size() == 3 && seen(e, "both_froms").size() == 1);
            Thread.sleep(50);
            assertEquals(List.of("cpu"), seen(e, "cpu_only"));
            assertEquals(List.of("cpu", "disk", "mem"), seen(e, "all_db"));
            assertEquals(List.of("mem"), seen(e, "two_dbrps"));
            assertEquals(List.of("disk"), seen(e, "both_froms"));
            // the default retention policy of a write is autogen; the last point of mem came from db2
            assertEquals(List.of("1970-01-01T00:00:00.000000004Z", 4.0), lastMem(e));
        }
    }

    private static List<Object> lastMem(Engine e) {
        List<Row> rows = e.httpOut("two_dbrps", "out").orElseThrow().series();
        return rows.isEmpty() ? List.of() : rows.get(0).values().get(0);
    }

    private static void define(Engine e, String id, List<Dbrp> dbrps, String from) {
        e.tasks().create(new TaskDefinition(id, null, null, dbrps, "stream|" + from + ".groupByMeasurement()|httpOut('out')",
                TaskStatus.ENABLED, null));
    }
}
