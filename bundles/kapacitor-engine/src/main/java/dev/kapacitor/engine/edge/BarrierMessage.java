package dev.kapacitor.engine.edge;

/** Tells nodes that no data older than {@code time} will arrive for the group. */
public record BarrierMessage(Group group, long time) implements Message {
    @Override
    public void dispatch(Receiver receiver) {
        receiver.barrier(this);
    }
}
