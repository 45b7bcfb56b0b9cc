package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.Dimensions;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.engine.pipeline.CombineSpec;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * combine(): collects the points of a group that share a (rounded) time; when a point of
 * another time arrives (or the batch ends) it emits, for every combination of as many points as
 * there are lambdas, in order, one merged point if each lambda is matched by a distinct point of
 * the combination (the first unused point it is true for). A set with more combinations than
 * max() fails the task, as in Kapacitor.
 */
final class CombineNode extends GroupedNode<CombineNode.Buffer> {
    private final LambdaFactory[] lambdas;
    private final PrefixedNames[] prefixes;
    private final Tolerance tolerance;
    private final long max;

    CombineNode(CombineSpec spec, TaskContext ctx) {
        super(spec, ctx);
        int k = spec.lambdas().size();
        this.lambdas = new LambdaFactory[k];
        this.prefixes = new PrefixedNames[k];
        for (int i = 0; i < k; i++) {
            lambdas[i] = spec.lambdas().get(i).factory();
            prefixes[i] = new PrefixedNames(spec.as().get(i) + spec.delimiter());
        }
        this.tolerance = new Tolerance(spec.tolerance());
        this.max = spec.max();
    }

    /** One group's lambdas and the points collected for one time. */
    static final class Buffer {
        private final CompiledLambda[] lambdas;
        private final List<Point> points = new ArrayList<>();
        private long time = Tolerance.ZERO;
        private String name;

        Buffer(CompiledLambda[] lambdas) {
            this.lambdas = lambdas;
        }
    }

    @Override
    protected Buffer newGroup() {
        CompiledLambda[] ls = new CompiledLambda[lambdas.length];
        for (int i = 0; i < ls.length; i++) {
            ls[i] = lambdas[i].newInstance();
        }
        return new Buffer(ls);
    }

    @Override
    public void point(PointMessage p) {
        Buffer b = state(p.group());
        if (b.name == null) {
            // Kapacitor starts a group with its first point's name and time, unrounded
            b.name = p.name();
            b.time = p.time();
        }
        add(b, p.point(), p.group());
    }

    @Override
    public void batch(BufferedBatchMessage m) {
        Buffer b = state(m.group());
        b.time = Tolerance.ZERO;
        b.name = m.name();
        for (BatchPointMessage bp : m.points()) {
            add(b, BatchPoints.toPoint(m, bp), m.group());
        }
        combine(b, m.group());
        b.points.clear();
    }

    private void add(Buffer b, Point p, Group g) {
        long t = tolerance.round(p.time());
        Point rounded = t == p.time() ? p : p.withTime(t);
        if (t != b.time) {
            combine(b, g);
            b.points.clear();
            b.time = t;
        }
        b.points.add(rounded);
    }

    private void combine(Buffer b, Group g) {
        int n = b.points.size();
        if (n == 0) {
            return;
        }
        int k = lambdas.length;
        boolean[][] matches = new boolean[k][n];
        for (int idx = 0; idx < n; idx++) {
            for (int s = 0; s < k; s++) {
                try {
                    matches[s][idx] = b.lambdas[s].test(b.points.get(idx));
                } catch (LambdaException e) {
                    error("error evaluating lambda expression", e);
                }
            }
        }
        long count = Combinations.count(n, k);
        if (count > max) {
            throw new IllegalStateException("refusing to perform combination as total combinations " + count
                    + " exceeds max combinations " + max);
        }
        if (count < 0) {
            return;
        }
        int[] set = new int[k];
        int[] unused = new int[k];
        Combinations.forEach(n, k, indices -> {
            if (assign(matches, indices, unused, set)) {
                emit(merge(b, set, g));
            }
        });
    }

    /** Gives each lambda the first still unused point of the combination it matches; false if one has none. */
    private static boolean assign(boolean[][] matches, int[] indices, int[] unused, int[] set) {
        System.arraycopy(indices, 0, unused, 0, indices.length);
        int left = indices.length;
        for (int s = 0; s < set.length; s++) {
            int i = 0;
            while (i < left && !matches[s][unused[i]]) {
                i++;
            }
            if (i == left) {
                return false;
            }
            set[s] = unused[i];
            System.arraycopy(unused, i + 1, unused, i, left - i - 1);
            left--;
        }
        return true;
    }

    /** Fields and tags prefixed per lambda, except the group's tags; the time of the first lambda's point. */
    private PointMessage merge(Buffer b, int[] set, Group g) {
        List<Point> points = b.points;
        Dimensions dims = g.dimensions();
        Point first = points.get(set[0]);
        Fields.Builder fields = new Fields.Builder(first.fields().size() * set.length);
        Tags.Builder tags = new Tags.Builder(first.tags().size() * set.length);
        for (int s = 0; s < set.length; s++) {
            Point p = points.get(set[s]);
            FieldValues.copyPrefixed(p.fields(), prefixes[s], fields);
            Tags t = p.tags();
            for (int i = 0; i < t.size(); i++) {
                String key = t.keyAt(i);
                tags.put(dims.contains(key) ? key : prefixes[s].of(key), t.valueAt(i));
            }
        }
        Point merged = new Point(null, null, b.name, tags.build(), fields.build(), tolerance.round(first.time()));
        return new PointMessage(merged, g);
    }
}
