package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.BatchPointMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.engine.pipeline.EvalSpec;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * eval(): adds the lambdas' results to each point as Kapacitor does. A lambda sees the results
 * of the lambdas before it by their {@code .as()} names, unless the point has a field or tag of
 * that name. Results named in {@code .tags()} become tags (and stay fields with {@code .keep()}).
 * A failing lambda, or a {@code .keep()} name that exists nowhere, drops the point.
 */
final class EvalNode extends GroupedNode<CompiledLambda[]> {
    private final LambdaFactory[] factories;
    private final String[] as;
    private final boolean[] tag;
    /** Whether lambda i reads a name an earlier lambda produces. */
    private final boolean[] readsEarlier;
    private final List<String> tags;
    private final boolean keep;
    private final List<String> keepList;
    /** Reused for every point (the task thread is the only caller), so the points built share layouts. */
    private final Fields.Builder results = new Fields.Builder();
    private final Fields.Builder kept = new Fields.Builder();

    EvalNode(EvalSpec spec, TaskContext ctx) {
        super(spec, ctx);
        int n = spec.lambdas().size();
        factories = new LambdaFactory[n];
        as = spec.as().toArray(new String[0]);
        tag = new boolean[n];
        readsEarlier = new boolean[n];
        for (int i = 0; i < n; i++) {
            LambdaValue l = spec.lambdas().get(i);
            factories[i] = l.factory();
            tag[i] = spec.tags().contains(as[i]);
            Set<String> refs = l.references();
            for (int j = 0; j < i; j++) {
                readsEarlier[i] |= refs.contains(as[j]);
            }
        }
        tags = spec.tags();
        keep = spec.keep();
        keepList = spec.keepList();
    }

    @Override
    protected CompiledLambda[] newGroup() {
        CompiledLambda[] ls = new CompiledLambda[factories.length];
        for (int i = 0; i < ls.length; i++) {
            ls[i] = factories[i].newInstance();
        }
        return ls;
    }

    @Override
    public void point(PointMessage m) {
        Point out = evalOrDrop(state(m.group()), m.point());
        if (out != null) {
            emit(m.withPoint(out));
        }
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        CompiledLambda[] ls = state(b.group());
        List<BatchPointMessage> points = new ArrayList<>(b.points().size());
        for (BatchPointMessage bp : b.points()) {
            Point out = evalOrDrop(ls, BatchPoints.toPoint(b, bp));
            if (out != null) {
                points.add(BatchPoints.fromPoint(out));
            }
        }
        emit(b.withPoints(points));
    }

    private Point evalOrDrop(CompiledLambda[] ls, Point p) {
        try {
            return eval(ls, p);
        } catch (LambdaException e) {
            error("error evaluating expression", e);
            return null;
        }
    }

    private Point eval(CompiledLambda[] ls, Point in) {
        Fields.Builder results = this.results.clear();
        Tags newTags = in.tags();
        for (int i = 0; i < ls.length; i++) {
            Point src = readsEarlier[i] ? withEarlierResults(in, results.build()) : in;
            if (tag[i]) {
                Object v = ls[i].eval(src);
                if (!(v instanceof String s)) {
                    throw new LambdaException("result of a tag expression must be of type string, got "
                            + FieldValues.goType(v));
                }
                results.putString(as[i], s);
                newTags = newTags.with(as[i], s);
            } else {
                ls[i].evalInto(src, results, as[i]);
            }
        }
        return new Point(in.database(), in.retentionPolicy(), in.name(), newTags, fields(in, results), in.time());
    }

    /** The point with earlier results added where it has no field or tag of their name. */
    private static Point withEarlierResults(Point in, Fields earlier) {
        Fields.Builder b = null;
        for (int i = 0; i < earlier.size(); i++) {
            String k = earlier.keyAt(i);
            if (!in.fields().containsKey(k) && !in.tags().containsKey(k)) {
                if (b == null) {
                    b = in.fields().toBuilder();
                }
                FieldValues.copy(earlier, i, b);
            }
        }
        return b == null ? in : in.withFields(b.build());
    }

    private Fields fields(Point in, Fields.Builder results) {
        if (!keep) {
            for (String t : tags) {
                results.remove(t);
            }
            return results.build();
        }
        Fields res = results.build();
        Fields.Builder b = kept.clear();
        if (keepList.isEmpty()) {
            FieldValues.copyAll(res, b.putAll(in.fields()));
            return b.build();
        }
        for (String f : keepList) {
            int i = res.indexOf(f);
            if (i >= 0) {
                FieldValues.copy(res, i, b);
            } else if ((i = in.fields().indexOf(f)) >= 0) {
                FieldValues.copy(in.fields(), i, b);
            } else {
                throw new LambdaException("cannot keep field \"" + f + "\", field does not exist");
            }
        }
        return b.build();
    }
}
