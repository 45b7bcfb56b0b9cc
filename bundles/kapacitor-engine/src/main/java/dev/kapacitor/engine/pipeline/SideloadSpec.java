package dev.kapacitor.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code |sideload()}: adds fields and tags to each point from files under
 * {@code .source('file:///dir')}. The {@code .order()} paths are templates over the point's
 * tags ({@code host/{{.host}}.json}), searched in order; the first file with the key wins,
 * else the default given to {@code .field(name, default)} or {@code .tag(name, default)}.
 */
public final class SideloadSpec extends NodeSpec {
    public static final NodeType<SideloadSpec> TYPE = NodeType.chain("sideload", "sideload", a -> new SideloadSpec())
            .property("source", ArgType.STRING, (n, a) -> n.source = a.string(0))
            .property("order", Signature.variadic(ArgType.STRING), (n, a) -> n.order = a.strings())
            .property("field", Signature.of(ArgType.STRING, ArgType.oneOf(ArgType.STRING, ArgType.INT, ArgType.FLOAT, ArgType.BOOL)),
                    (n, a) -> n.fields.put(a.string(0), a.get(1)))
            .property("tag", Signature.of(ArgType.STRING, ArgType.STRING), (n, a) -> n.tags.put(a.string(0), a.string(1)))
            .build();

    private String source = "";
    private List<String> order = List.of();
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    private SideloadSpec() {
        super(TYPE);
    }

    public String source() {
        return source;
    }

    public List<String> order() {
        return order;
    }

    /** Field names with their defaults: Long, Double, String or Boolean. */
    public Map<String, Object> fields() {
        return fields;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
