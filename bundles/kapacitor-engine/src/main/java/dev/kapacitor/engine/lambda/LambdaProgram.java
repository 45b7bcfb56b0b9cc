package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.engine.lambda.tree.Node;
import dev.kapacitor.engine.lambda.tree.VType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A lambda compiled for a task: its resolved form, and the evaluation trees built so far,
 * one per combination of reference types met in the data (usually just one). Shared by all
 * instances; each instance holds only its frame and function state.
 */
final class LambdaProgram implements LambdaFactory {
    /** An evaluation tree for one combination of reference types. */
    record Spec(VType type, Node root, String typeError, String missingName) {
    }

    private final Ir root;
    private final String[] refNames;
    private final List<Supplier<Object>> stateFactories;
    private final FieldType resultType;
    private final boolean usesPoint;
    private final Map<TypesKey, Spec> specs = new ConcurrentHashMap<>();

    LambdaProgram(Ir root, List<String> refNames, List<Supplier<Object>> stateFactories, FieldType resultType) {
        this.root = root;
        this.usesPoint = mentionsTime(root);
        this.refNames = refNames.stream().map(String::intern).toArray(String[]::new);
        this.stateFactories = stateFactories;
        this.resultType = resultType;
    }

    @Override
    public CompiledLambda newInstance() {
        Object[] state = new Object[stateFactories.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = stateFactories.get(i).get();
        }
        return new LambdaInstance(this, state);
    }

    String[] refNames() {
        return refNames;
    }

    /** Whether the tree reads the point itself ("time"), beyond the referenced values. */
    boolean usesPoint() {
        return usesPoint;
    }

    static boolean mentionsTime(Ir ir) {
        if (ir instanceof Ir.Time) {
            return true;
        } else if (ir instanceof Ir.Binary b) {
            return mentionsTime(b.left()) || mentionsTime(b.right());
        } else if (ir instanceof Ir.Unary u) {
            return mentionsTime(u.operand());
        } else if (ir instanceof Ir.Call c) {
            return c.args().stream().anyMatch(LambdaProgram::mentionsTime);
        }
        return false;
    }

    FieldType resultType() {
        return resultType;
    }

    /** The tree for these reference types (VType ordinals), built on first need. */
    Spec specialize(byte[] refTypes) {
        TypesKey key = new TypesKey(refTypes);
        Spec s = specs.get(key);
        if (s == null) {
            s = specs.computeIfAbsent(new TypesKey(refTypes.clone()), k -> build(k.types));
        }
        return s;
    }

    private Spec build(byte[] refTypes) {
        VType[] types = new VType[refTypes.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = VType.ofOrdinal(refTypes[i]);
        }
        Specializer.Built b = new Specializer(types, List.of(refNames)).build(root);
        String missingName = b.type() == VType.MISSING ? Ir.referenceName(root) : null;
        return new Spec(b.type(), b.node(), b.typeError(), missingName);
    }

    private static final class TypesKey {
        final byte[] types;
        final int hash;

        TypesKey(byte[] types) {
            this.types = types;
            this.hash = Arrays.hashCode(types);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TypesKey k && Arrays.equals(types, k.types);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
