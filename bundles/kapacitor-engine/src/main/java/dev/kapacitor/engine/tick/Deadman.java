package dev.kapacitor.engine.tick;

import dev.kapacitor.api.gofmt.GoDuration;
import dev.kapacitor.engine.pipeline.DurationValue;
import dev.kapacitor.engine.pipeline.LambdaValue;
import dev.kapacitor.engine.pipeline.NodeSpec;
import dev.kapacitor.engine.pipeline.SpecException;
import dev.kapacitor.tickscript.ast.Binary;
import dev.kapacitor.tickscript.ast.Expr;
import dev.kapacitor.tickscript.ast.FloatLit;
import dev.kapacitor.tickscript.ast.Lambda;
import dev.kapacitor.tickscript.ast.Operator;
import dev.kapacitor.tickscript.ast.Position;
import dev.kapacitor.tickscript.ast.Reference;
import java.util.List;

/**
 * {@code node|deadman(threshold, interval, lambda...)}, Kapacitor's macro for
 * {@code node|stats(interval).align()|derivative('emitted').unit(interval).nonNegative()
 * |alert().crit(lambda: "emitted" <= threshold AND ...)} with the [deadman] id and message;
 * it returns the alert node, so alert properties and handlers follow it.
 */
final class Deadman {
    /** Kapacitor 1.5's [deadman] defaults (services/deadman/config.go). */
    static final String DEFAULT_ID = "{{ .Group }}:NODE_NAME for task '{{ .TaskName }}'";
    static final String DEFAULT_MESSAGE = "{{ .ID }} is {{ if eq .Level \"OK\" }}alive{{ else }}dead{{ end }}: "
            + "{{ index .Fields \"emitted\" | printf \"%0.3f\" }} points/INTERVAL.";

    /** How the evaluator makes nodes and sets properties, so the macro goes through the same checks. */
    interface Builder {
        NodeSpec chain(NodeSpec parent, String method, Position at, List<Object> args);

        void property(NodeSpec node, String method, Position at, List<Object> args);

        LambdaValue lambda(Lambda lambda);
    }

    private Deadman() {
    }

    static NodeSpec expand(NodeSpec node, Position at, List<Object> args, List<Expr> lambdaBodies, Builder b) {
        if (args.size() < 2 || !(args.get(0) instanceof Number threshold)
                || !(args.get(1) instanceof DurationValue interval)) {
            throw SpecException.at(at, "deadman takes a threshold, an interval and optional lambdas:"
                    + " deadman(threshold float, interval duration, expr lambda...)");
        }
        NodeSpec stats = b.chain(node, "stats", at, List.of(interval));
        b.property(stats, "align", at, List.of());
        NodeSpec derivative = b.chain(stats, "derivative", at, List.of("emitted"));
        b.property(derivative, "unit", at, List.of(interval));
        b.property(derivative, "nonNegative", at, List.of());
        NodeSpec alert = b.chain(derivative, "alert", at, List.of());
        Expr crit = new Binary(at, Operator.LE, new Reference(at, "emitted"),
                new FloatLit(at, threshold.doubleValue(), Double.toString(threshold.doubleValue())));
        for (Expr extra : lambdaBodies) {
            crit = new Binary(at, Operator.AND, crit, extra);
        }
        b.property(alert, "crit", at, List.of(b.lambda(new Lambda(at, crit))));
        b.property(alert, "id", at, List.of(DEFAULT_ID.replace("NODE_NAME", node.name())));
        b.property(alert, "message", at, List.of(DEFAULT_MESSAGE.replace("INTERVAL", GoDuration.string(interval.nanos()))));
        return alert;
    }
}
