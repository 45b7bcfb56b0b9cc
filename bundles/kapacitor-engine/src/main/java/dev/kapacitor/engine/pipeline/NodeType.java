package dev.kapacitor.engine.pipeline;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything the script evaluator needs to know about one kind of node, declared once by the
 * node's spec class: the chaining method that creates it and its arguments, which parents it
 * may follow, its edge types and its property methods. Validation and error messages are
 * driven from here; nothing is looked up by reflection.
 */
public final class NodeType<S extends NodeSpec> {
    private final String method;
    private final String kind;
    private final Signature signature;
    private final Function<Args, S> factory;
    private final EdgeType wants;
    private final EdgeType provides;
    private final Set<String> parents;
    private final boolean anywhere;
    private final boolean genericChildren;
    private final Map<String, PropertyDef<S>> properties;
    private final Attach attach;

    /** How a node created by a chaining method joins the pipeline. */
    @FunctionalInterface
    public interface Attach {
        void attach(PipelineSpec pipeline, NodeSpec receiver, NodeSpec created, Args args);
    }

    private NodeType(Builder<S> b) {
        this.method = b.method;
        this.kind = b.kind;
        this.signature = b.signature;
        this.factory = b.factory;
        this.wants = b.wants;
        this.provides = b.provides;
        this.parents = b.parents;
        this.anywhere = b.anywhere;
        this.genericChildren = b.genericChildren;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.attach = b.attach;
    }

    /**
     * A node created by {@code parent|method(args)}; by default on every chain node, taking and
     * giving the parent's edge type.
     *
     * @param kind Kapacitor's node kind, which names the node in stats and DOT ({@code http_out2})
     */
    public static <S extends NodeSpec> Builder<S> chain(String method, String kind, Function<Args, S> factory) {
        return new Builder<>(method, kind, factory);
    }

    /** A source node, bound to the identifier {@code name} (stream, batch). */
    public static <S extends NodeSpec> Builder<S> source(String name, EdgeType provides, Function<Args, S> factory) {
        Builder<S> b = new Builder<>(name, name, factory);
        b.wants = EdgeType.NONE;
        b.provides = provides;
        b.parents = Set.of();
        b.genericChildren = false;
        return b;
    }

    /** The chaining method (or source identifier) that creates this node. */
    public String method() {
        return method;
    }

    public String kind() {
        return kind;
    }

    public Signature signature() {
        return signature;
    }

    public S create(Args args) {
        return factory.apply(args);
    }

    /** Whether {@code parent|method()} may create this node. */
    public boolean createdUnder(NodeType<?> parent) {
        if (anywhere) {
            return true;
        }
        return parents == null ? parent.genericChildren : parents.contains(parent.method);
    }

    /** The edge type the node consumes under a parent giving {@code parentProvides}. */
    public EdgeType wants(EdgeType parentProvides) {
        return wants == null ? parentProvides : wants;
    }

    public EdgeType provides(EdgeType wanted) {
        return provides == null ? wanted : provides;
    }

    public PropertyDef<S> property(String name) {
        return properties.get(name);
    }

    /** Links a node this type created for {@code receiver|method(args)} into the pipeline. */
    public void attach(PipelineSpec pipeline, NodeSpec receiver, NodeSpec created, Args args) {
        attach.attach(pipeline, receiver, created, args);
    }

    public Collection<String> propertyNames() {
        return properties.keySet();
    }

    @Override
    public String toString() {
        return method;
    }

    /** Declares a node type; see {@link NodeType#chain}. */
    public static final class Builder<S extends NodeSpec> {
        private final String method;
        private final String kind;
        private final Function<Args, S> factory;
        private Signature signature = Signature.NONE;
        private EdgeType wants;
        private EdgeType provides;
        private Set<String> parents;
        private boolean anywhere;
        private boolean genericChildren = true;
        private final Map<String, PropertyDef<S>> properties = new LinkedHashMap<>();
        private Attach attach = (p, receiver, created, args) -> p.link(receiver, created);

        private Builder(String method, String kind, Function<Args, S> factory) {
            this.method = method;
            this.kind = kind;
            this.factory = factory;
            flag("quiet", s -> s.setQuiet(true));
        }

        public Builder<S> args(ArgType... types) {
            return args(Signature.of(types));
        }

        public Builder<S> args(Signature s) {
            this.signature = s;
            return this;
        }

        /** Only these parent kinds (by chaining method) have this chaining method. */
        public Builder<S> under(String... parentMethods) {
            this.parents = Set.of(parentMethods);
            return this;
        }

        /** Chainable after every node, sources included (stats, deadman). */
        public Builder<S> anywhere() {
            this.anywhere = true;
            return this;
        }

        public Builder<S> edges(EdgeType wants, EdgeType provides) {
            this.wants = wants;
            this.provides = provides;
            return this;
        }

        /** Links the node otherwise than as the receiver's child (fan-in nodes, stats). */
        public Builder<S> attach(Attach a) {
            this.attach = a;
            return this;
        }

        /** An output node: nothing can be chained after it. */
        public Builder<S> terminal() {
            this.provides = EdgeType.NONE;
            this.genericChildren = false;
            return this;
        }

        /** The common chaining methods (where, eval, ...) do not apply after this node. */
        public Builder<S> noGenericChildren() {
            this.genericChildren = false;
            return this;
        }

        public Builder<S> property(String name, ArgType type, BiConsumer<S, Args> setter) {
            return property(name, Signature.of(type), setter);
        }

        public Builder<S> property(String name, Signature sig, BiConsumer<S, Args> setter) {
            return handler(name, sig, (s, a) -> {
                setter.accept(s, a);
                return s;
            });
        }

        /** A property without arguments that switches something on: {@code .quiet()}. */
        public Builder<S> flag(String name, Consumer<S> setter) {
            return property(name, Signature.NONE, (s, a) -> setter.accept(s));
        }

        /** A property that returns another object to continue the chain on (an alert handler). */
        public Builder<S> handler(String name, Signature sig, BiFunction<S, Args, Object> setter) {
            properties.put(name, new PropertyDef<>(name, sig, setter));
            return this;
        }

        public NodeType<S> build() {
            return new NodeType<>(this);
        }
    }
}
