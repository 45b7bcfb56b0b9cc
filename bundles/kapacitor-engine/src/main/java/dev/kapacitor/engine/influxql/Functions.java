package dev.kapacitor.engine.influxql;

import dev.kapacitor.engine.pipeline.InfluxQLSpec;
import java.util.function.Supplier;

/** The function or transformation an InfluxQL node runs. */
public final class Functions {
    private Functions() {
    }

    /** The function of a node that is not a transformation. */
    public static InfluxQLFunction of(InfluxQLSpec spec) {
        return switch (spec.method()) {
            case COUNT -> new Aggregates.Count();
            case SUM -> new Aggregates.Sum();
            case MEAN -> new Aggregates.Mean();
            case MEDIAN -> new Aggregates.Median();
            case MODE -> new Aggregates.Mode();
            case SPREAD -> new Aggregates.Spread();
            case STDDEV -> new Aggregates.Stddev();
            case FIRST -> new Selectors.First();
            case LAST -> new Selectors.Last();
            case MIN -> new Selectors.Min();
            case MAX -> new Selectors.Max();
            case PERCENTILE -> new Selectors.Percentile(spec.percentile());
            case DISTINCT -> new Distinct();
            case TOP, BOTTOM -> new TopBottom(spec.method() == InfluxQLSpec.Method.TOP, spec.count(), spec.fieldsAndTags());
            case HOLT_WINTERS, HOLT_WINTERS_WITH_FIT -> new HoltWinters(spec.count(), spec.season(), spec.duration(),
                    spec.method() == InfluxQLSpec.Method.HOLT_WINTERS_WITH_FIT);
            default -> throw new IllegalArgumentException(spec.method().method() + " is a transformation");
        };
    }

    /** Makes the per-group state of a transformation node. */
    public static Supplier<Transform> transform(InfluxQLSpec spec) {
        return switch (spec.method()) {
            case ELAPSED -> () -> new Transform.Elapsed(spec.duration());
            case DIFFERENCE -> Transform.Difference::new;
            case CUMULATIVE_SUM -> Transform.CumulativeSum::new;
            case MOVING_AVERAGE -> () -> new Transform.MovingAverage((int) Math.min(spec.count(), Integer.MAX_VALUE));
            default -> throw new IllegalArgumentException(spec.method().method() + " is not a transformation");
        };
    }
}
