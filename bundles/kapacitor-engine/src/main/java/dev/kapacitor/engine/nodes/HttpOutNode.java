package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.engine.edge.BarrierMessage;
import dev.kapacitor.engine.edge.BufferedBatchMessage;
import dev.kapacitor.engine.edge.DeleteGroupMessage;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.edge.Message;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.edge.Rows;
import dev.kapacitor.engine.pipeline.HttpOutSpec;
import dev.kapacitor.engine.runtime.GroupStates;
import dev.kapacitor.engine.runtime.HttpOutput;
import dev.kapacitor.engine.runtime.Node;
import dev.kapacitor.engine.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * httpOut(): keeps the last point or batch of every group, in the order groups first appeared,
 * and passes everything on. Rows are built only when the result is requested.
 */
final class HttpOutNode extends Node implements HttpOutput {
    private final String endpoint;
    /** Read by API threads. */
    private final List<Slot> slots = new CopyOnWriteArrayList<>();
    /** Task thread only. */
    private final GroupStates<Slot> groups;

    HttpOutNode(HttpOutSpec spec, TaskContext ctx) {
        super(spec, ctx);
        this.endpoint = spec.endpoint();
        this.groups = new GroupStates<>(ctx, g -> {
            Slot s = new Slot();
            slots.add(s);
            return s;
        });
    }

    @Override
    protected void start() {
        ctx.registerOutput(endpoint, this);
    }

    @Override
    public void point(PointMessage p) {
        groups.get(p.group()).last = p;
        emit(p);
    }

    @Override
    public void batch(BufferedBatchMessage b) {
        groups.get(b.group()).last = b;
        emit(b);
    }

    @Override
    public void barrier(BarrierMessage b) {
        groups.getIdle(b.group());
        emit(b);
    }

    /** As Kapacitor's grouped consumer: a deletion of a group never seen goes no further. */
    @Override
    public void deleteGroup(DeleteGroupMessage d) {
        if (forget(d.group())) {
            emit(d);
        }
    }

    @Override
    protected void expire(Group g) {
        forget(g);
    }

    private boolean forget(Group g) {
        Slot s = groups.remove(g);
        return s != null && slots.remove(s);
    }

    @Override
    protected int cardinality() {
        return slots.size();
    }

    @Override
    public Result result() {
        List<Row> rows = new ArrayList<>(slots.size());
        for (Slot s : slots) {
            Message m = s.last;
            if (m instanceof PointMessage p) {
                rows.add(Rows.of(p));
            } else if (m instanceof BufferedBatchMessage b) {
                rows.add(Rows.of(b));
            }
        }
        return Result.of(rows);
    }

    private static final class Slot {
        volatile Message last;
    }
}
