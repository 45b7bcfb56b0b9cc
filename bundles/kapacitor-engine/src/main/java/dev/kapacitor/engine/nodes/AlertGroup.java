package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.engine.alert.AlertState;
import dev.kapacitor.engine.lambda.CompiledLambda;
import dev.kapacitor.engine.lambda.LambdaException;
import dev.kapacitor.engine.lambda.LambdaFactory;
import dev.kapacitor.engine.runtime.GroupActivity;
import java.util.function.BiConsumer;

/** One group of an alert node: its alert state and its own instances of the level lambdas. */
final class AlertGroup {
    private static final AlertLevel[] LEVELS = AlertLevel.values();
    private static final int CRITICAL = AlertLevel.CRITICAL.ordinal();

    final AlertState state;
    /** Marked on each data of the group, so it can go idle under the task's group-idle-ttl. */
    final GroupActivity activity;
    private final CompiledLambda[] levels;
    private final CompiledLambda[] resets;
    /** The last id rendered, and the measurement it was rendered for (ids that read no tags are reused). */
    String lastName;
    String lastId;

    AlertGroup(AlertState state, GroupActivity activity, LambdaFactory[] levelFactories, LambdaFactory[] resetFactories) {
        this.state = state;
        this.activity = activity;
        this.levels = instances(levelFactories);
        this.resets = instances(resetFactories);
    }

    private static CompiledLambda[] instances(LambdaFactory[] factories) {
        CompiledLambda[] out = new CompiledLambda[factories.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = factories[i] == null ? null : factories[i].newInstance();
        }
        return out;
    }

    /**
     * Kapacitor's level rules: the highest level at or above the current one whose lambda is
     * true; else the current level stays while its reset lambda is false; else the highest
     * level from the current one down. A lambda that fails is skipped (and reported). The
     * current level's lambda may run twice, as in Kapacitor, which matters to stateful
     * functions such as sigma().
     */
    AlertLevel determine(Point p, AlertLevel current, BiConsumer<String, Throwable> errors) {
        int cur = current.ordinal();
        int higher = firstMatch(CRITICAL, cur - 1, p, errors);
        if (higher > 0) {
            return LEVELS[higher];
        }
        CompiledLambda reset = resets[cur];
        if (reset != null) {
            try {
                if (!reset.test(p)) {
                    return current;
                }
            } catch (LambdaException e) {
                errors.accept("error evaluating reset expression for current level " + current, e);
            }
        }
        return LEVELS[Math.max(0, firstMatch(cur, 0, p, errors))];
    }

    /** The first level from {@code start} down to above {@code stop} whose lambda is true, or -1. */
    private int firstMatch(int start, int stop, Point p, BiConsumer<String, Throwable> errors) {
        for (int l = start; l > Math.max(stop, 0); l--) {
            CompiledLambda lambda = levels[l];
            if (lambda == null) {
                continue;
            }
            try {
                if (lambda.test(p)) {
                    return l;
                }
            } catch (LambdaException e) {
                errors.accept("error evaluating expression for level " + LEVELS[l], e);
            }
        }
        return -1;
    }
}
