package dev.kapacitor.engine.lambda.tree;

import dev.kapacitor.api.model.Point;

/**
 * The per-instance working memory a lambda tree evaluates against: the point, the values of
 * its references copied out of the point before evaluation (numbers and booleans as raw
 * bits, strings apart), and the state of stateful functions and regex matchers. One per
 * {@code CompiledLambda} instance, used by one thread at a time.
 */
public final class Frame {
    public Point point;
    public final long[] bits;
    public final String[] strings;
    public final Object[] state;

    public Frame(int references, Object[] state) {
        this.bits = new long[references];
        this.strings = new String[references];
        this.state = state;
    }
}
