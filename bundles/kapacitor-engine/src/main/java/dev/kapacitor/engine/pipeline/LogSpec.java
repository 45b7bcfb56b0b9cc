package dev.kapacitor.engine.pipeline;

/** {@code |log()}: logs every point or batch at {@code .level()} (INFO) with {@code .prefix()}, and passes it on. */
public final class LogSpec extends NodeSpec {
    public static final NodeType<LogSpec> TYPE = NodeType.chain("log", "log", a -> new LogSpec())
            .property("level", ArgType.STRING, (n, a) -> n.level = a.string(0))
            .property("prefix", ArgType.STRING, (n, a) -> n.prefix = a.string(0))
            .build();

    private String level = "INFO";
    private String prefix = "";

    private LogSpec() {
        super(TYPE);
    }

    public String level() {
        return level;
    }

    public String prefix() {
        return prefix;
    }
}
