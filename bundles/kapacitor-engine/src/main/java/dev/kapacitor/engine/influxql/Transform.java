package dev.kapacitor.engine.influxql;

import static dev.kapacitor.engine.influxql.Results.NO_SOURCE;

import dev.kapacitor.api.model.FieldType;

/**
 * A transformation's running state for one group: elapsed, difference, movingAverage and
 * cumulativeSum. Each point is added, then the current value is emitted. As in InfluxQL, the
 * emit step also runs after a point without the field, so cumulativeSum, movingAverage and
 * elapsed repeat their last value then (with its time), while difference stays quiet.
 */
public abstract class Transform implements Reducer {
    private final String name;

    Transform(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean accepts(FieldType t) {
        return t == FieldType.FLOAT || t == FieldType.INTEGER;
    }

    /** The type of the values emitted for fields of type t. */
    public FieldType resultType(FieldType t) {
        return t;
    }

    /** Forgets all state: a new batch starts. */
    public abstract void reset();

    /** Adds column entry i (the column's type is the group's). */
    public abstract void add(Column c, int i);

    /** Emits the current value, if there is one, into results started with {@link #resultType}. */
    public abstract void emit(Results out);

    /** elapsed(unit): the time since the previous point, in whole units. */
    static final class Elapsed extends Transform {
        private final long unit;
        private boolean hasPrev;
        private boolean hasCurr;
        private long prev;
        private long curr;

        Elapsed(long unit) {
            super("elapsed");
            this.unit = unit;
        }

        @Override
        public boolean accepts(FieldType t) {
            return true;
        }

        @Override
        public FieldType resultType(FieldType t) {
            return FieldType.INTEGER;
        }

        @Override
        public void reset() {
            hasPrev = false;
            hasCurr = false;
        }

        @Override
        public void add(Column c, int i) {
            hasPrev = hasCurr;
            prev = curr;
            hasCurr = true;
            curr = c.times[i];
        }

        @Override
        public void emit(Results out) {
            if (hasPrev) {
                out.addLong((curr - prev) / unit, curr, NO_SOURCE);
            }
        }
    }

    /** difference(): each value minus the previous one; a second point at the same time is ignored. */
    static final class Difference extends Transform {
        private boolean hasPrev;
        private boolean hasCurr;
        private long prevTime;
        private long currTime;
        private double prevF;
        private double currF;
        private long prevL;
        private long currL;

        Difference() {
            super("difference");
        }

        @Override
        public void reset() {
            hasPrev = false;
            hasCurr = false;
        }

        @Override
        public void add(Column c, int i) {
            long t = c.times[i];
            if (hasCurr && currTime == t) {
                return;
            }
            hasPrev = hasCurr;
            prevTime = currTime;
            prevF = currF;
            prevL = currL;
            hasCurr = true;
            currTime = t;
            if (c.kind == FieldType.FLOAT) {
                currF = c.floats[i];
            } else {
                currL = c.longs[i];
            }
        }

        @Override
        public void emit(Results out) {
            if (!hasPrev) {
                return;
            }
            // each difference is emitted once
            hasPrev = false;
            if (out.type() == FieldType.FLOAT) {
                out.addFloat(currF - prevF, currTime, NO_SOURCE);
            } else {
                out.addLong(currL - prevL, currTime, NO_SOURCE);
            }
        }
    }

    /** movingAverage(n): the mean of the last n values, once n values were seen. */
    static final class MovingAverage extends Transform {
        private final double[] floats;
        private final long[] longs;
        private int size;
        private int pos;
        private double sumF;
        private long sumL;
        private long time;
        private boolean ofFloats;

        MovingAverage(int window) {
            super("movingAverage");
            floats = new double[window];
            longs = new long[window];
        }

        @Override
        public FieldType resultType(FieldType t) {
            return FieldType.FLOAT;
        }

        @Override
        public void reset() {
            size = 0;
            pos = 0;
            sumF = 0;
            sumL = 0;
        }

        @Override
        public void add(Column c, int i) {
            ofFloats = c.kind == FieldType.FLOAT;
            if (ofFloats) {
                double v = c.floats[i];
                if (size < floats.length) {
                    size++;
                } else {
                    sumF -= floats[pos];
                }
                floats[pos] = v;
                sumF += v;
            } else {
                long v = c.longs[i];
                if (size < longs.length) {
                    size++;
                } else {
                    sumL -= longs[pos];
                }
                longs[pos] = v;
                sumL += v;
            }
            time = c.times[i];
            pos = pos + 1 == floats.length ? 0 : pos + 1;
        }

        @Override
        public void emit(Results out) {
            if (size == floats.length) {
                out.addFloat((ofFloats ? sumF : (double) sumL) / size, time, NO_SOURCE);
            }
        }
    }

    /** cumulativeSum(): the running total. */
    static final class CumulativeSum extends Transform {
        private boolean has;
        private double sumF;
        private long sumL;
        private long time;

        CumulativeSum() {
            super("cumulativeSum");
        }

        @Override
        public void reset() {
            has = false;
            sumF = 0;
            sumL = 0;
        }

        @Override
        public void add(Column c, int i) {
            if (c.kind == FieldType.FLOAT) {
                sumF += c.floats[i];
            } else {
                sumL += c.longs[i];
            }
            time = c.times[i];
            has = true;
        }

        @Override
        public void emit(Results out) {
            if (!has) {
                return;
            }
            if (out.type() == FieldType.FLOAT) {
                out.addFloat(sumF, time, NO_SOURCE);
            } else {
                out.addLong(sumL, time, NO_SOURCE);
            }
        }
    }
}
