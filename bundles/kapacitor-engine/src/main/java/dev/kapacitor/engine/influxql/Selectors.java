package dev.kapacitor.engine.influxql;

import static dev.kapacitor.engine.influxql.Results.ZERO_TIME;

import dev.kapacitor.api.model.FieldType;

/**
 * The selectors that pick one point of a batch: first, last, min, max and percentile. The
 * point goes out whole (its tags and fields), with the selected field renamed. Ties break as
 * InfluxQL's reduce functions do, walking the points in order.
 */
final class Selectors {
    private Selectors() {
    }

    /** A selector that keeps one candidate and replaces it when a later point wins. */
    private abstract static class Pick extends InfluxQLFunction {
        Pick(String name, boolean numericOnly) {
            super(name, numericOnly);
        }

        @Override
        public Output output() {
            return Output.SELECTED_POINT;
        }

        @Override
        public void reduce(Column c, Results out) {
            int best = 0;
            for (int i = 1; i < c.n; i++) {
                if (wins(c, i, best)) {
                    best = i;
                }
            }
            out.start(c.kind);
            out.addEntry(c, best, c.times[best]);
        }

        /** Whether entry i replaces the current candidate. */
        abstract boolean wins(Column c, int i, int best);
    }

    /** Go's {@code a > b} on the values: bytewise for strings, true above false. */
    static boolean greater(Column c, int i, int j) {
        return switch (c.kind) {
            case FLOAT -> c.floats[i] > c.floats[j];
            case STRING -> c.compareValues(i, j) > 0;
            case INTEGER -> c.longs[i] > c.longs[j];
            case BOOLEAN -> c.longs[i] != 0 && c.longs[j] == 0;
            case NULL -> false;
        };
    }

    static final class First extends Pick {
        First() {
            super("first", false);
        }

        @Override
        boolean wins(Column c, int i, int best) {
            long t = c.times[i];
            long bt = c.times[best];
            if (t != bt) {
                return t < bt;
            }
            // at equal times the greater value wins, except that false beats true
            return c.kind == FieldType.BOOLEAN ? greater(c, best, i) : greater(c, i, best);
        }
    }

    static final class Last extends Pick {
        Last() {
            super("last", false);
        }

        @Override
        boolean wins(Column c, int i, int best) {
            long t = c.times[i];
            long bt = c.times[best];
            return t != bt ? t > bt : greater(c, i, best);
        }
    }

    static final class Min extends Pick {
        Min() {
            super("min", true);
        }

        @Override
        boolean wins(Column c, int i, int best) {
            return greater(c, best, i) || (c.sameValue(i, best) && c.times[i] < c.times[best]);
        }
    }

    static final class Max extends Pick {
        Max() {
            super("max", true);
        }

        @Override
        boolean wins(Column c, int i, int best) {
            return greater(c, i, best) || (c.sameValue(i, best) && c.times[i] < c.times[best]);
        }
    }

    /** The nearest-rank percentile: no interpolation, nothing when the rank falls outside. */
    static final class Percentile extends InfluxQLFunction {
        private final double percentile;

        Percentile(double percentile) {
            super("percentile", true);
            this.percentile = percentile;
        }

        @Override
        public Output output() {
            return Output.SELECTED_POINT;
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(c.kind);
            long i = (long) Math.floor(c.n * percentile / 100.0 + 0.5) - 1;
            if (i < 0 || i >= c.n) {
                return;
            }
            GoSort.sort(c, c.n);
            int k = (int) i;
            // InfluxQL keeps the selected time for floats only
            out.addEntry(c, k, c.kind == FieldType.FLOAT ? c.times[k] : ZERO_TIME);
        }
    }
}
