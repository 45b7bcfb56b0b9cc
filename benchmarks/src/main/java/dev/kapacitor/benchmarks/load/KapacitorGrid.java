package dev.kapacitor.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R4: the cases of Kapacitor 1.5's own benchmark ({@code integrations/benchmark_test.go}) with its
 * four scripts, run over HTTP against the server: N tasks on dbname.rpname, one body of P points
 * {@code m value=<i> <i>} (precision s) per measurement, sent at once, timed until every task's
 * stream node has collected what Kapacitor's benchmark expects of it.
 */
record KapacitorGrid(Options o, Target target, PrintStream out) {
    static final String SIMPLE = "stream\n    |from()\n        .measurement('m1')\n";
    static final String COUNT = SIMPLE + "    |window()\n        .period(100s)\n        .every(100s)\n    |count('value')\n";
    static final String ALERT = SIMPLE + """
                |alert()
                    .id('{{ .Name }}_{{ .TaskName }}')
                    .info(lambda: "value" > 10)
                    .warn(lambda: "value" > 20)
                    .crit(lambda: "value" > 30)
            """;
    static final String JOIN = """
            var m1 = stream
                |from()
                    .measurement('m1')
            var m2 = stream
                |from()
                    .measurement('m2')
            m1
                |join(m2)
                    .as('m1', 'm2')
                    .tolerance(1s)
                |eval(lambda: "m1.value" * "m2.value")
                    .as('value')
            """;
    /** The last node of each script that sees every point its stream node takes: what a run waits for. */
    private static final Map<String, String> LAST_NODE = Map.of(SIMPLE, "from1", COUNT, "window2",
            ALERT, "alert2", JOIN, "join4");
    private static final String PATH = "/write?db=dbname&rp=rpname&precision=s";

    /** One benchmark of the Go file: its tasks, points per body, and the count per task its stream node and last node reach. */
    record Case(String name, String script, int tasks, int points, long expected, String... measurements) {
    }

    static final List<Case> CASES = List.of(
            new Case("simple_T10_P5000_Matches", SIMPLE, 10, 5000, 5000, "m1"),
            new Case("simple_T10_P5000_NoMatches", SIMPLE, 10, 5000, 0, "m2"),
            new Case("simple_T100_P5000_Matches", SIMPLE, 100, 5000, 5000, "m1"),
            new Case("simple_T100_P5000_NoMatches", SIMPLE, 100, 5000, 0, "m2"),
            new Case("simple_T1000_P5000_Matches", SIMPLE, 1000, 5000, 5000, "m1"),
            new Case("simple_T1000_P5000_NoMatches", SIMPLE, 1000, 5000, 0, "m2"),
            new Case("count_T10_P500", COUNT, 10, 500, 500, "m1"),
            new Case("count_T10_P50000", COUNT, 10, 50000, 50000, "m1"),
            new Case("count_T100_P5000", COUNT, 100, 5000, 5000, "m1"),
            new Case("count_T1000_P500", COUNT, 1000, 500, 500, "m1"),
            new Case("alert_T10_P500", ALERT, 10, 500, 500, "m1"),
            new Case("alert_T10_P50000", ALERT, 10, 50000, 50000, "m1"),
            new Case("alert_T100_P5000", ALERT, 100, 5000, 5000, "m1"),
            new Case("alert_T1000_P500", ALERT, 1000, 500, 500, "m1"),
            new Case("join_T10_P500", JOIN, 10, 500, 1000, "m1", "m2"),
            new Case("join_T10_P50000", JOIN, 10, 50000, 100000, "m1", "m2"),
            new Case("join_T100_P5000", JOIN, 100, 5000, 10000, "m1", "m2"),
            new Case("join_T1000_P500", JOIN, 1000, 500, 1000, "m1", "m2"));

    void run() throws IOException, InterruptedException {
        out.printf("%-30s %10s %14s %16s%n", "R4 case", "ms/op", "point-tasks/s", "server ns/pt-task");
        for (Case c : CASES) {
            if (o.r4Cases().equals("all") || List.of(o.r4Cases().split(",")).contains(c.name())) {
                for (int i = 0; i < o.warmup(); i++) {
                    run(c, false);
                }
                run(c, true);
            }
        }
    }

    private void run(Case c, boolean report) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < c.tasks(); i++) {
                String id = "bench_" + i;
                target.api().defineTask(id, "dbname", "rpname", c.script(), null);
                ids.add(id);
            }
            List<byte[]> bodies = new ArrayList<>();
            for (String m : c.measurements()) {
                bodies.add(body(m, c.points()));
            }
            WriteLoad load = new WriteLoad(target.url(), PATH, bodies, bodies.size());
            Drain drain = c.expected() == 0 ? Drain.NONE
                    : new Drain(ids.get(ids.size() - 1), "bench_*", LAST_NODE.get(c.script()),
                            c.expected() - load.totalPoints());
            Measurement m = Measurement.run(c.name(), target, load, 0, null, drain, c.tasks());
            if (m.writes().failed() > 0) {
                throw new IOException(c.name() + ": writes failed " + m.writes().statuses());
            }
            if (!report) {
                return;
            }
            // a case where no task matches is the cost of /write and routing alone: per point written
            long work = c.expected() == 0 ? load.totalPoints() : c.tasks() * c.expected();
            out.printf("%-30s %10.2f %,14.0f %,16.1f%n", c.name(), m.drainedNanos() / 1e6, work * 1e9 / m.drainedNanos(),
                    (double) m.serverCpuNanos() / work);
        } finally {
            for (String id : ids) {
                target.api().deleteTask(id);
            }
        }
    }

    /** Kapacitor's createWriteRequest body: {@code <m> value=<i> <i>} with the time zero-padded to 10 digits. */
    static byte[] body(String measurement, int points) {
        StringBuilder sb = new StringBuilder(points * 24);
        for (int i = 0; i < points; i++) {
            sb.append(measurement).append(" value=").append(i).append(' ').append(String.format("%010d", i)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
