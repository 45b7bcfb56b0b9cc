package dev.kapacitor.engine.influxql;

import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.WindowPoints;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ColumnTest {
    private static final Tags T = Tags.of(new String[] {"h"}, new String[] {"a"});
    private static final Reducer NUMBERS = new Reducer() {
        @Override
        public String name() {
            return "mean";
        }

        @Override
        public boolean accepts(FieldType t) {
            return t == FieldType.FLOAT || t == FieldType.INTEGER;
        }
    };

    /** Every case of a point: no field, a type the function refuses, the type, another type. */
    private static List<Fields> points() {
        return List.of(new Fields.Builder().putDouble("other", 1).build(),
                new Fields.Builder().putString("v", "s").build(),
                new Fields.Builder().putDouble("v", 1.5).build(),
                new Fields.Builder().putLong("v", 7).putDouble("w", 2).build(),
                new Fields.Builder().putDouble("other", 1).build(),
                new Fields.Builder().putDouble("v", -0.25).putBoolean("z", true).build());
    }

    /** The points as a window emits them: one layout each, values one after another. */
    private static WindowPoints window(List<Fields> points) {
        int n = points.size();
        long[] times = new long[n];
        Fields.Layout[] layouts = new Fields.Layout[n];
        int[] starts = new int[n];
        List<Long> values = new ArrayList<>();
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fields f = points.get(i);
            times[i] = i * 10;
            layouts[i] = Fields.Layout.of(f);
            starts[i] = values.size();
            for (int k = 0; k < f.size(); k++) {
                values.add(f.bitsAt(k));
                strings.add(f.stringAt(k));
            }
        }
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        return new WindowPoints(times, new Tags[] {T}, layouts, v, strings.toArray(new String[0]), starts);
    }

    private static String state(Column c, List<String> problems) {
        StringBuilder sb = new StringBuilder(c.kind() + " " + problems);
        for (int i = 0; i < c.size(); i++) {
            sb.append(' ').append(c.times[i]).append('=').append(c.asDouble(i));
        }
        return sb.toString();
    }

    @Test
    public void readsAWindowsColumnsAsItsPoints() {
        List<Fields> points = points();
        Column byPoint = new Column("v", NUMBERS);
        List<String> pointProblems = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            pointProblems.add(byPoint.add(i * 10, T, points.get(i)));
        }
        Column byColumn = new Column("v", NUMBERS);
        WindowPoints w = window(points);
        List<String> columnProblems = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            columnProblems.add(byColumn.add(w, i));
        }
        String expected = "FLOAT [field \"v\" missing from point, invalid influxql func mean with field v: "
                + "cannot apply mean to string field, null, null, null, null] 20=1.5 50=-0.25";
        assertEquals(expected, state(byPoint, pointProblems));
        assertEquals(expected, state(byColumn, columnProblems));
    }
}
