package dev.kapacitor.engine.edge;

import dev.kapacitor.api.gofmt.GoTime;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.api.model.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Points and batches as result rows, the way Kapacitor's ToRow builds them: columns are
 * {@code time} then the sorted field names; a point row carries all its tags. A batch row
 * carries the batch's tags; its columns come from the first point's fields plus that point's
 * tags the batch does not have, and later points' other fields are left out.
 */
public final class Rows {
    private Rows() {
    }

    public static Row of(PointMessage p) {
        Fields f = p.fields();
        List<String> columns = new ArrayList<>(f.size() + 1);
        List<Object> values = new ArrayList<>(f.size() + 1);
        columns.add("time");
        values.add(GoTime.format(p.time()));
        // Fields keeps its keys sorted: column order comes for free
        for (int i = 0; i < f.size(); i++) {
            columns.add(f.keyAt(i));
            values.add(f.valueAt(i));
        }
        return new Row(p.name(), p.tags().toMap(), columns, List.of(values));
    }

    public static Row of(BufferedBatchMessage b) {
        Tags batchTags = b.begin().tags();
        List<BatchPointMessage> points = b.points();
        if (points.isEmpty()) {
            return new Row(b.name(), batchTags.toMap(), null, null);
        }
        String[] cols = columns(points.get(0), batchTags);
        List<String> columns = new ArrayList<>(cols.length + 1);
        columns.add("time");
        columns.addAll(Arrays.asList(cols));
        List<List<Object>> values = new ArrayList<>(points.size());
        for (BatchPointMessage p : points) {
            List<Object> row = new ArrayList<>(cols.length + 1);
            row.add(GoTime.format(p.time()));
            for (String c : cols) {
                Object v = p.fields().get(c);
                row.add(v != null ? v : p.tags().get(c));
            }
            values.add(row);
        }
        return new Row(b.name(), batchTags.toMap(), columns, values);
    }

    private static String[] columns(BatchPointMessage first, Tags batchTags) {
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < first.fields().size(); i++) {
            cols.add(first.fields().keyAt(i));
        }
        for (int i = 0; i < first.tags().size(); i++) {
            if (!batchTags.containsKey(first.tags().keyAt(i))) {
                cols.add(first.tags().keyAt(i));
            }
        }
        String[] a = cols.toArray(new String[0]);
        Arrays.sort(a);
        return a;
    }
}
