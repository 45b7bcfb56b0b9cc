package dev.kapacitor.engine.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code |delete()}: removes the {@code .field()}s and {@code .tag()}s named; a deleted group tag leaves the group. */
public final class DeleteSpec extends NodeSpec {
    public static final NodeType<DeleteSpec> TYPE = NodeType.chain("delete", "delete", a -> new DeleteSpec())
            .property("field", ArgType.STRING, (n, a) -> n.fields.add(a.string(0)))
            .property("tag", ArgType.STRING, (n, a) -> n.tags.add(a.string(0)))
            .build();

    private final List<String> fields = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();

    private DeleteSpec() {
        super(TYPE);
    }

    public List<String> fields() {
        return Collections.unmodifiableList(fields);
    }

    public List<String> tags() {
        return Collections.unmodifiableList(tags);
    }
}
