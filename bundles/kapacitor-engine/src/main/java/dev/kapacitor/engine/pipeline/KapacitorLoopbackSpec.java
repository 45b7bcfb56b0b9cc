package dev.kapacitor.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code |kapacitorLoopback()}: writes every point back into Kapacitor's own stream, to
 * {@code .database()}/{@code .retentionPolicy()}, optionally renamed and with extra tags.
 */
public final class KapacitorLoopbackSpec extends NodeSpec {
    public static final NodeType<KapacitorLoopbackSpec> TYPE =
            NodeType.chain("kapacitorLoopback", "kapacitor_loopback", a -> new KapacitorLoopbackSpec())
                    .terminal()
                    .property("database", ArgType.STRING, (n, a) -> n.database = a.string(0))
                    .property("retentionPolicy", ArgType.STRING, (n, a) -> n.retentionPolicy = a.string(0))
                    .property("measurement", ArgType.STRING, (n, a) -> n.measurement = a.string(0))
                    .property("tag", Signature.of(ArgType.STRING, ArgType.STRING), (n, a) -> n.tags.put(a.string(0), a.string(1)))
                    .build();

    private String database = "";
    private String retentionPolicy = "";
    private String measurement = "";
    private final Map<String, String> tags = new LinkedHashMap<>();

    private KapacitorLoopbackSpec() {
        super(TYPE);
    }

    @Override
    protected void validate() {
        if (database.isEmpty()) {
            throw new SpecException("must specify a database");
        }
        if (retentionPolicy.isEmpty()) {
            throw new SpecException("must specify a retention policy");
        }
    }

    public String database() {
        return database;
    }

    public String retentionPolicy() {
        return retentionPolicy;
    }

    /** Empty: keep the name. */
    public String measurement() {
        return measurement;
    }

    public Map<String, String> tags() {
        return tags;
    }
}
