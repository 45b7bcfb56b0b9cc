package dev.kapacitor.engine.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code |default()}: {@code .field(name, value)} sets a field a point lacks, {@code .tag(name,
 * value)} a tag it lacks or has empty. Setting the same name again replaces the default.
 */
public final class DefaultSpec extends NodeSpec {
    private static final ArgType ANY = ArgType.oneOf(ArgType.FLOAT, ArgType.INT, ArgType.STRING, ArgType.BOOL,
            ArgType.DURATION, ArgType.REGEX, ArgType.LAMBDA, ArgType.STAR, ArgType.LIST, ArgType.NODE);

    public static final NodeType<DefaultSpec> TYPE = NodeType.chain("default", "default", a -> new DefaultSpec())
            .property("field", Signature.of(ArgType.STRING, ANY), (n, a) -> n.fields.put(a.string(0), a.get(1)))
            .property("tag", Signature.of(ArgType.STRING, ArgType.STRING), (n, a) -> n.tags.put(a.string(0), a.string(1)))
            .build();

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    private DefaultSpec() {
        super(TYPE);
    }

    @Override
    protected void validate() {
        fields.forEach((field, value) -> {
            if (!(value instanceof Double || value instanceof Long || value instanceof Boolean || value instanceof String)) {
                throw new SpecException("unsupported type " + goType(value) + " for field \"" + field
                        + "\", field default values must be float,int,string or bool");
            }
        });
    }

    /** The Go type Kapacitor names in its message. */
    private static String goType(Object v) {
        if (v instanceof DurationValue) {
            return "time.Duration";
        } else if (v instanceof RegexValue) {
            return "*regexp.Regexp";
        } else if (v instanceof LambdaValue) {
            return "*ast.LambdaNode";
        } else if (v instanceof StarValue) {
            return "*ast.StarNode";
        } else if (v instanceof List) {
            return "[]interface {}";
        } else if (v instanceof NodeSpec n) {
            String m = n.type().method();
            return "*pipeline." + Character.toUpperCase(m.charAt(0)) + m.substring(1) + "Node";
        }
        return v == null ? "<nil>" : v.getClass().getSimpleName();
    }

    /** Field defaults: Double, Long, Boolean or String values. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Map<String, String> tags() {
        return Collections.unmodifiableMap(tags);
    }
}
