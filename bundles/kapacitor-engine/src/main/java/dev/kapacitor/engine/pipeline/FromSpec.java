package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code stream|from()}: selects points by database, retention policy, measurement and a
 * where lambda, groups them, and may truncate or round their times.
 */
public final class FromSpec extends NodeSpec {
    public static final NodeType<FromSpec> TYPE = NodeType.chain("from", "from", a -> new FromSpec())
            .under("stream", "from")
            .edges(EdgeType.STREAM, EdgeType.STREAM)
            .property("database", ArgType.STRING, (n, a) -> n.database = a.string(0))
            .property("retentionPolicy", ArgType.STRING, (n, a) -> n.retentionPolicy = a.string(0))
            .property("measurement", ArgType.STRING, (n, a) -> n.measurement = a.string(0))
            .property("where", ArgType.LAMBDA, (n, a) -> n.where(a.lambda(0)))
            .property("groupBy", Signature.variadic(ArgType.DIMENSION), (n, a) -> n.dimensions = a.values())
            .flag("groupByMeasurement", n -> n.groupByMeasurement = true)
            .property("truncate", ArgType.DURATION, (n, a) -> n.truncate = a.duration(0))
            .property("round", ArgType.DURATION, (n, a) -> n.round = a.duration(0))
            .build();

    private String database = "";
    private String retentionPolicy = "";
    private String measurement = "";
    private LambdaValue where;
    private List<Object> dimensions = List.of();
    private boolean groupByMeasurement;
    private long truncate;
    private long round;

    private FromSpec() {
        super(TYPE);
    }

    private void where(LambdaValue lambda) {
        where = where == null ? lambda : where.and(lambda);
    }

    @Override
    protected void validate() {
        Dimension.validate(dimensions, List.of());
    }

    /** Empty: any database. */
    public String database() {
        return database;
    }

    public String retentionPolicy() {
        return retentionPolicy;
    }

    /** Empty: any measurement. */
    public String measurement() {
        return measurement;
    }

    /** The where lambda, or null. */
    public LambdaValue where() {
        return where;
    }

    public boolean groupByAll() {
        return Dimension.hasStar(dimensions);
    }

    public List<String> groupByTags() {
        return Dimension.tags(dimensions);
    }

    public boolean groupByMeasurement() {
        return groupByMeasurement;
    }

    /** Nanoseconds; 0 means no truncation. */
    public long truncate() {
        return truncate;
    }

    public long round() {
        return round;
    }

    /** Group-by dimension lists as groupBy() takes them: tag names or {@code *}. */
    public static final class Dimension {
        private Dimension() {
        }

        /** Kapacitor's checks of a dimension list; throws SpecException with its messages. */
        public static void validate(List<Object> dims, List<String> excluded) {
            boolean star = false;
            for (Object d : dims) {
                if (d instanceof String s && s.isEmpty()) {
                    throw new SpecException("dimensions cannot not be the empty string");
                }
                star |= d instanceof StarValue;
            }
            if (star && dims.size() > 1) {
                throw new SpecException("cannot group by both '*' and named dimensions.");
            }
            if (!star && !excluded.isEmpty()) {
                throw new SpecException("exclude requires '*'");
            }
        }

        public static boolean hasStar(List<Object> dims) {
            return dims.contains(StarValue.STAR);
        }

        /** The tag names, sorted, without {@code *}. */
        public static List<String> tags(List<Object> dims) {
            List<String> tags = new ArrayList<>();
            for (Object d : dims) {
                if (d instanceof String s) {
                    tags.add(s);
                }
            }
            tags.sort(null);
            return tags;
        }
    }
}
