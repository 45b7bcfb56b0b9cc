package dev.kapacitor.engine.influxql;

/**
 * distinct(): one value per distinct value, each with the time of the point it was first seen
 * in, ordered by that time then by value (so, in practice, first-seen order). As with Go's map
 * keys, -0 and 0 are the same value and every NaN is a value of its own.
 */
final class Distinct extends InfluxQLFunction {
    private Column column;
    /** Groups equal values together; NaN sorts last so it cannot split a run of equal values. */
    private final GoSort.Data byValue = new GoSort.Data() {
        @Override
        public boolean less(int i, int j) {
            Column c = column;
            return switch (c.kind) {
                case FLOAT -> c.floats[i] < c.floats[j] || (Double.isNaN(c.floats[j]) && !Double.isNaN(c.floats[i]));
                case STRING -> c.compareValues(i, j) < 0;
                default -> c.longs[i] < c.longs[j];
            };
        }

        @Override
        public void swap(int i, int j) {
            column.swap(i, j);
        }
    };

    Distinct() {
        super("distinct", false);
    }

    @Override
    public Output output() {
        return Output.BATCH;
    }

    @Override
    public void reduce(Column c, Results out) {
        column = c;
        GoSort.sort(byValue, c.n);
        out.start(c.kind);
        int i = 0;
        while (i < c.n) {
            int first = i;
            int j = i + 1;
            for (; j < c.n && c.sameValue(i, j); j++) {
                if (c.src[j] < c.src[first]) {
                    first = j;
                }
            }
            out.addEntry(c, first, c.times[first]);
            i = j;
        }
        column = null;
        GoSort.sort(out, out.size());
    }
}
