package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.tree.Node;
import dev.kapacitor.engine.lambda.tree.VType;

import java.util.List;
import java.util.function.Supplier;

/**
 * A function callable in a lambda: its signatures, and how to build the call node once the
 * argument types are known. A stateful function (sigma, count, spread) also makes the state
 * each lambda instance keeps for it.
 */
public final class Builtin {
    /** Builds the call for argument types that match one of the signatures. */
    @FunctionalInterface
    public interface CallBuilder {
        Node build(Node[] args, VType[] types, int stateSlot);
    }

    private final String name;
    private final List<Signature> signatures;
    private final CallBuilder builder;
    private final Supplier<Object> state;

    Builtin(String name, List<Signature> signatures, CallBuilder builder, Supplier<Object> state) {
        this.name = name;
        this.signatures = List.copyOf(signatures);
        this.builder = builder;
        this.state = state;
    }

    public String name() {
        return name;
    }

    public List<Signature> signatures() {
        return signatures;
    }

    /** The result type for these argument types, or null when no signature accepts them. */
    public VType resultType(VType[] types) {
        for (Signature s : signatures) {
            if (s.matches(types)) {
                return s.result();
            }
        }
        return null;
    }

    public Node build(Node[] args, VType[] types, int stateSlot) {
        return builder.build(args, types, stateSlot);
    }

    public boolean stateful() {
        return state != null;
    }

    /** Fresh state for one lambda instance; only for stateful functions. */
    public Object newState() {
        return state.get();
    }

    /** The error of a call that failed, worded as Kapacitor's: {@code error calling "f": why}. */
    public static LambdaException failure(String function, String reason) {
        return new LambdaException("error calling \"" + function + "\": " + reason);
    }
}
