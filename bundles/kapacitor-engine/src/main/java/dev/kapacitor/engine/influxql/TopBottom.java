package dev.kapacitor.engine.influxql;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * top(n) and bottom(n): the n highest (lowest) values, earlier points first among equal
 * values, emitted in time order with the tags of their points. With extra field or tag names,
 * only the best point of each combination of their values takes part. The selection runs on
 * Go's container/heap, as InfluxQL's does, so equal points come out in the same order.
 */
final class TopBottom extends InfluxQLFunction {
    private final boolean top;
    private final int count;
    private final String[] fieldsAndTags;
    private Column column;
    private int[] kept = new int[8];
    private final GoSort.Data heapOrder = new GoSort.Data() {
        @Override
        public boolean less(int i, int j) {
            Column c = column;
            if (!c.sameValue(i, j)) {
                return top ? Selectors.greater(c, i, j) : Selectors.greater(c, j, i);
            }
            return c.times[i] < c.times[j];
        }

        @Override
        public void swap(int i, int j) {
            column.swap(i, j);
        }
    };

    TopBottom(boolean top, long count, List<String> fieldsAndTags) {
        super(top ? "top" : "bottom", true);
        this.top = top;
        this.count = (int) Math.min(count, Integer.MAX_VALUE);
        this.fieldsAndTags = fieldsAndTags.toArray(new String[0]);
    }

    @Override
    public Output output() {
        return Output.BATCH;
    }

    @Override
    public boolean keepsPointTags() {
        return true;
    }

    @Override
    public void reduce(Column c, Results out) {
        column = c;
        if (fieldsAndTags.length > 0) {
            keepBestPerKey(c);
        }
        int n = c.n;
        int size = Math.min(count, n);
        GoSort.heapInit(heapOrder, n);
        out.start(c.kind);
        for (int k = 0; k < size; k++) {
            GoSort.heapPop(heapOrder, n - k);
            int popped = n - 1 - k;
            out.addEntry(c, popped, c.times[popped]);
        }
        out.stableSortByTime();
        column = null;
    }

    /** InfluxQL keys each point by the values of the extra names and keeps the best point per key. */
    private void keepBestPerKey(Column c) {
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < c.n; i++) {
            best.merge(key(c.tagsOf(i), c.fieldsOf(i)), i, (cur, p) -> beats(c, p, cur) ? p : cur);
        }
        if (kept.length < best.size()) {
            kept = new int[best.size()];
        }
        int k = 0;
        for (int i : best.values()) {
            kept[k++] = i;
        }
        // Go walks a map here, in random order; ascending order is one of those orders
        Arrays.sort(kept, 0, k);
        c.keep(kept, k);
    }

    private boolean beats(Column c, int p, int cur) {
        boolean better = top ? Selectors.greater(c, p, cur) : Selectors.greater(c, cur, p);
        return better || (c.sameValue(p, cur) && c.times[p] < c.times[cur]);
    }

    /** The key as Go's fmt "%s" prints the values, joined by commas (non-strings print as %!s(...)). */
    private String key(Tags tags, Fields fields) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < fieldsAndTags.length; k++) {
            if (k > 0) {
                sb.append(',');
            }
            String name = fieldsAndTags[k];
            int i = fields.indexOf(name);
            if (i < 0) {
                String t = tags.get(name);
                sb.append(t == null ? "" : t);
                continue;
            }
            switch (fields.typeAt(i)) {
                case STRING -> sb.append(fields.stringAt(i));
                case FLOAT -> sb.append("%!s(float64=").append(fields.doubleAt(i)).append(')');
                case INTEGER -> sb.append("%!s(int64=").append(fields.longAt(i)).append(')');
                case BOOLEAN -> sb.append("%!s(bool=").append(fields.booleanAt(i)).append(')');
            }
        }
        return sb.toString();
    }
}
