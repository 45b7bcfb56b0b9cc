package dev.kapacitor.engine.influxql;

import static dev.kapacitor.engine.influxql.Results.NO_SOURCE;
import static dev.kapacitor.engine.influxql.Results.ZERO_TIME;

import dev.kapacitor.api.model.FieldType;

/**
 * The aggregates that turn a batch into one value: count, sum, mean, spread, stddev, median
 * and mode, with InfluxQL 1.x's arithmetic (the order of float additions, int64 wrap-around)
 * and its times: most results have none, but sum's carries time 0 (its reducer starts from a
 * zero point), and median and mode of a single point keep that point's time.
 */
final class Aggregates {
    private Aggregates() {
    }

    static final class Count extends InfluxQLFunction {
        Count() {
            super("count", false);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(FieldType.INTEGER);
            out.addLong(c.n, ZERO_TIME, NO_SOURCE);
        }

        @Override
        public boolean reduceEmpty(Results out) {
            out.start(FieldType.INTEGER);
            out.addLong(0, 0, NO_SOURCE);
            return true;
        }
    }

    static final class Sum extends InfluxQLFunction {
        Sum() {
            super("sum", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(c.kind);
            if (c.kind == FieldType.FLOAT) {
                double s = 0;
                for (int i = 0; i < c.n; i++) {
                    s += c.floats[i];
                }
                out.addFloat(s, 0, NO_SOURCE);
            } else {
                long s = 0;
                for (int i = 0; i < c.n; i++) {
                    s += c.longs[i];
                }
                out.addLong(s, 0, NO_SOURCE);
            }
        }

        @Override
        public boolean reduceEmpty(Results out) {
            out.start(FieldType.FLOAT);
            out.addFloat(0, 0, NO_SOURCE);
            return true;
        }
    }

    static final class Mean extends InfluxQLFunction {
        Mean() {
            super("mean", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(FieldType.FLOAT);
            if (c.kind == FieldType.FLOAT) {
                double s = 0;
                for (int i = 0; i < c.n; i++) {
                    s += c.floats[i];
                }
                out.addFloat(s / c.n, ZERO_TIME, NO_SOURCE);
            } else {
                long s = 0;
                for (int i = 0; i < c.n; i++) {
                    s += c.longs[i];
                }
                out.addFloat((double) s / c.n, ZERO_TIME, NO_SOURCE);
            }
        }
    }

    static final class Spread extends InfluxQLFunction {
        Spread() {
            super("spread", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(c.kind);
            if (c.kind == FieldType.FLOAT) {
                double min = c.floats[0];
                double max = min;
                for (int i = 1; i < c.n; i++) {
                    // Math.min/max treat NaN and -0 as Go's math.Min/Max do
                    min = Math.min(min, c.floats[i]);
                    max = Math.max(max, c.floats[i]);
                }
                out.addFloat(max - min, ZERO_TIME, NO_SOURCE);
            } else {
                long min = c.longs[0];
                long max = min;
                for (int i = 1; i < c.n; i++) {
                    min = Math.min(min, c.longs[i]);
                    max = Math.max(max, c.longs[i]);
                }
                out.addLong(max - min, ZERO_TIME, NO_SOURCE);
            }
        }
    }

    /** The sample standard deviation; floats skip NaN; under two points it is 0. */
    static final class Stddev extends InfluxQLFunction {
        Stddev() {
            super("stddev", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(FieldType.FLOAT);
            if (c.n < 2) {
                // InfluxQL emits a nil point here, which Kapacitor writes out as its zero value
                out.addFloat(0, ZERO_TIME, NO_SOURCE);
                return;
            }
            boolean floats = c.kind == FieldType.FLOAT;
            double mean = 0;
            int count = 0;
            for (int i = 0; i < c.n; i++) {
                double v = c.asDouble(i);
                if (floats && Double.isNaN(v)) {
                    continue;
                }
                count++;
                mean += (v - mean) / count;
            }
            double variance = 0;
            for (int i = 0; i < c.n; i++) {
                double v = c.asDouble(i);
                if (floats && Double.isNaN(v)) {
                    continue;
                }
                double d = v - mean;
                variance += d * d;
            }
            out.addFloat(Math.sqrt(variance / (count - 1)), ZERO_TIME, NO_SOURCE);
        }
    }

    static final class Median extends InfluxQLFunction {
        Median() {
            super("median", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(FieldType.FLOAT);
            boolean floats = c.kind == FieldType.FLOAT;
            if (c.n == 1) {
                // a single float point is returned as it is, time included
                out.addFloat(c.asDouble(0), floats ? c.times[0] : ZERO_TIME, NO_SOURCE);
                return;
            }
            GoSort.sort(c, c.n);
            int mid = c.n / 2;
            if (c.n % 2 == 1) {
                out.addFloat(c.asDouble(mid), ZERO_TIME, NO_SOURCE);
            } else if (floats) {
                double lo = c.floats[mid - 1];
                out.addFloat(lo + (c.floats[mid] - lo) / 2, ZERO_TIME, NO_SOURCE);
            } else {
                long lo = c.longs[mid - 1];
                out.addFloat((double) lo + (double) (c.longs[mid] - lo) / 2, ZERO_TIME, NO_SOURCE);
            }
        }
    }

    /**
     * InfluxQL's ModeReduceSlice: sorted by value, the longest run wins; among runs of equal
     * length, the one whose first (sorted) point is not later than the time of the point that
     * last made a run the winner. A value seen once never beats the smallest value.
     */
    static final class Mode extends InfluxQLFunction {
        Mode() {
            super("mode", true);
        }

        @Override
        public void reduce(Column c, Results out) {
            out.start(c.kind);
            if (c.n == 1) {
                out.addEntry(c, 0, c.times[0]);
                return;
            }
            GoSort.sort(c, c.n);
            int mostFreq = 0;
            int currFreq = 0;
            int curr = 0;
            int most = 0;
            long mostTime = c.times[0];
            long currTime = c.times[0];
            for (int i = 0; i < c.n; i++) {
                if (!c.sameValue(i, curr)) {
                    currFreq = 1;
                    curr = i;
                    currTime = c.times[i];
                    continue;
                }
                currFreq++;
                if (mostFreq > currFreq || (mostFreq == currFreq && currTime > mostTime)) {
                    continue;
                }
                mostFreq = currFreq;
                most = i;
                mostTime = c.times[i];
            }
            out.addEntry(c, most, ZERO_TIME);
        }
    }
}
