package dev.kapacitor.engine.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The 21 InfluxQL functions as chaining methods ({@code |mean('v')}, {@code |top(3, 'v', 'host')}).
 * Each takes the parent's edge; aggregates and selectors give a stream, distinct, top, bottom
 * and holtWinters give batches, and the transformations (elapsed, difference, movingAverage,
 * cumulativeSum) give what they take. The result field is named after the method unless
 * {@code .as()} says otherwise; {@code .usePointTimes()} stamps selected points with their own
 * time instead of the batch time.
 */
public final class InfluxQLSpec extends NodeSpec {
    /** The functions, with their TICKscript signature and the edge they give (null: the parent's). */
    public enum Method {
        COUNT("count", EdgeType.STREAM),
        DISTINCT("distinct", EdgeType.BATCH),
        MEAN("mean", EdgeType.STREAM),
        MEDIAN("median", EdgeType.STREAM),
        MODE("mode", EdgeType.STREAM),
        SPREAD("spread", EdgeType.STREAM),
        SUM("sum", EdgeType.STREAM),
        FIRST("first", EdgeType.STREAM),
        LAST("last", EdgeType.STREAM),
        MIN("min", EdgeType.STREAM),
        MAX("max", EdgeType.STREAM),
        PERCENTILE("percentile", EdgeType.STREAM, ArgType.STRING, ArgType.FLOAT),
        TOP("top", EdgeType.BATCH, Signature.variadic(ArgType.STRING, ArgType.INT, ArgType.STRING)),
        BOTTOM("bottom", EdgeType.BATCH, Signature.variadic(ArgType.STRING, ArgType.INT, ArgType.STRING)),
        STDDEV("stddev", EdgeType.STREAM),
        ELAPSED("elapsed", null, ArgType.STRING, ArgType.DURATION),
        DIFFERENCE("difference", null),
        CUMULATIVE_SUM("cumulativeSum", null),
        MOVING_AVERAGE("movingAverage", null, ArgType.STRING, ArgType.INT),
        HOLT_WINTERS("holtWinters", EdgeType.BATCH, ArgType.STRING, ArgType.INT, ArgType.INT, ArgType.DURATION),
        HOLT_WINTERS_WITH_FIT("holtWintersWithFit", EdgeType.BATCH,
                ArgType.STRING, ArgType.INT, ArgType.INT, ArgType.DURATION);

        private final String method;
        private final EdgeType provides;
        private final Signature signature;

        Method(String method, EdgeType provides, ArgType... args) {
            this(method, provides, args.length == 0 ? Signature.of(ArgType.STRING) : Signature.of(args));
        }

        Method(String method, EdgeType provides, Signature signature) {
            this.method = method;
            this.provides = provides;
            this.signature = signature;
        }

        /** The chaining method. */
        public String method() {
            return method;
        }

        /** Kapacitor's name of the function: both Holt-Winters variants are {@code holtWinters}. */
        public String functionName() {
            return this == HOLT_WINTERS_WITH_FIT ? HOLT_WINTERS.method : method;
        }

        /** A transformation emits one value per point, keeping state across a stream's points. */
        public boolean transformation() {
            return provides == null;
        }
    }

    private static final Map<Method, NodeType<InfluxQLSpec>> TYPES = new EnumMap<>(Method.class);

    static {
        for (Method m : Method.values()) {
            TYPES.put(m, NodeType.chain(m.method, m.functionName(), a -> new InfluxQLSpec(m, a))
                    .args(m.signature)
                    .edges(null, m.provides)
                    .property("as", ArgType.STRING, (n, a) -> n.as = a.string(0))
                    .flag("usePointTimes", n -> n.pointTimes = true)
                    .build());
        }
    }

    private final Method method;
    private final String field;
    private String as;
    private boolean pointTimes;
    private double percentile;
    /** top/bottom: how many; movingAverage: the window; holtWinters: the horizon h. */
    private long count;
    /** holtWinters: the season length m. */
    private long season;
    /** elapsed: the unit; holtWinters: the interval (ns). */
    private long duration;
    private List<String> fieldsAndTags = List.of();

    private InfluxQLSpec(Method method, Args a) {
        super(TYPES.get(method));
        this.method = method;
        this.as = method.functionName();
        switch (method) {
            case TOP, BOTTOM -> {
                count = a.integer(0);
                field = a.string(1);
                fieldsAndTags = a.values().subList(2, a.size()).stream().map(String.class::cast).toList();
            }
            case PERCENTILE -> {
                field = a.string(0);
                percentile = a.number(1);
            }
            case ELAPSED -> {
                field = a.string(0);
                duration = a.duration(1);
            }
            case MOVING_AVERAGE -> {
                field = a.string(0);
                count = a.integer(1);
            }
            case HOLT_WINTERS, HOLT_WINTERS_WITH_FIT -> {
                field = a.string(0);
                count = a.integer(1);
                season = a.integer(2);
                duration = a.duration(3);
                // Kapacitor always stamps forecasts with their own times
                pointTimes = true;
            }
            default -> field = a.string(0);
        }
    }

    /** The node types of all 21 functions, for registration. */
    public static Iterable<NodeType<InfluxQLSpec>> types() {
        return TYPES.values();
    }

    public static NodeType<InfluxQLSpec> type(Method m) {
        return TYPES.get(m);
    }

    /**
     * Where Kapacitor 1.5 would panic at run time (a division by zero, a negative slice size),
     * the task is refused at define time instead.
     */
    @Override
    protected void validate() {
        switch (method) {
            case TOP, BOTTOM -> require(count >= 0, method.method + " number of points must not be negative");
            case MOVING_AVERAGE -> require(count > 0, "movingAverage window must be greater than 0");
            case ELAPSED -> require(duration != 0, "elapsed unit must not be 0");
            case HOLT_WINTERS, HOLT_WINTERS_WITH_FIT -> require(duration > 0, "holtWinters interval must be greater than 0");
            default -> { }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new SpecException(message);
        }
    }

    public Method method() {
        return method;
    }

    public String field() {
        return field;
    }

    /** The result field's name. */
    public String as() {
        return as;
    }

    /** Whether selected points keep their own times (always for transformations, see the node). */
    public boolean pointTimes() {
        return pointTimes;
    }

    public double percentile() {
        return percentile;
    }

    /** top/bottom: how many points; movingAverage: the window; holtWinters: the horizon. */
    public long count() {
        return count;
    }

    /** holtWinters: the season length (below 2: no seasonality). */
    public long season() {
        return season;
    }

    /** Nanoseconds: elapsed's unit, holtWinters' interval. */
    public long duration() {
        return duration;
    }

    /** top/bottom: the extra fields and tags whose combined values must be unique among the results. */
    public List<String> fieldsAndTags() {
        return fieldsAndTags;
    }
}
