package dev.kapacitor.engine.nodes;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.AlertSpec;

/** The alert node's id, message and details templates. INTERIM: literal text only, until kapacitor-gotemplate lands. */
final class AlertTemplates {
    record Text(String message, String details) {
    }

    private final String id;
    private final String message;
    private final String details;

    AlertTemplates(AlertSpec spec, String taskId) {
        this.id = literal(spec.alertId());
        this.message = literal(spec.message());
        this.details = literal(spec.details());
    }

    private static String literal(String t) {
        if (t.contains("{{")) {
            throw new IllegalArgumentException("alert templates are not supported yet: " + t);
        }
        return t;
    }

    boolean idPerGroup() {
        return true;
    }

    String id(String name, Group group, Tags tags) {
        return id;
    }

    Text messageAndDetails(String id, String name, Group group, Tags tags, Fields fields, AlertLevel level, long time,
                           long duration) {
        return new Text(message, details);
    }

    /** The group as templates show it: Kapacitor's group id, {@code nil} when not grouped. */
    static String groupName(Group g) {
        String id = g.id();
        return id.isEmpty() ? "nil" : id;
    }
}
