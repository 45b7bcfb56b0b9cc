package dev.kapacitor.engine.edge;

/** Tells nodes to forget the state of a group (sent by barrier().delete(TRUE) and friends). */
public record DeleteGroupMessage(Group group) implements Message {
    @Override
    public void dispatch(Receiver receiver) {
        receiver.deleteGroup(this);
    }
}
