package dev.kapacitor.benchmarks.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live objects by class, as {@code jcmd GC.class_histogram} lists them after a full
 * GC: what grew between two of them shows what a run left on the heap, and whether anything is
 * kept per point (a class whose instances grow by the points written).
 */
record ClassHistogram(Map<String, Row> rows) {
    /** "   1:          2347       49207448  [J (java.base@17.0.15)" */
    private static final Pattern ROW = Pattern.compile("\\s+\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(.+)");

    record Row(String className, long instances, long bytes) {
    }

    static ClassHistogram of(ServerProcess server) throws IOException, InterruptedException {
        return parse(server.jcmd("GC.class_histogram"));
    }

    static ClassHistogram parse(String jcmdOutput) {
        Map<String, Row> rows = new HashMap<>();
        for (String line : jcmdOutput.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                String name = m.group(3).strip();
                rows.put(name, new Row(name, Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
            }
        }
        return new ClassHistogram(rows);
    }

    /** The {@code count} classes whose bytes grew most since {@code before}, as rows of the growth. */
    List<Row> growthSince(ClassHistogram before, int count) {
        List<Row> growth = new ArrayList<>();
        for (Row r : rows.values()) {
            Row b = before.rows.getOrDefault(r.className, new Row(r.className, 0, 0));
            growth.add(new Row(r.className, r.instances - b.instances, r.bytes - b.bytes));
        }
        growth.sort(Comparator.comparingLong(Row::bytes).reversed());
        return growth.subList(0, Math.min(count, growth.size()));
    }
}
