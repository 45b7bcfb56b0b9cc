package dev.kapacitor.engine.pipeline;

import java.util.List;

/**
 * {@code |eval(lambda...)}: evaluates each lambda per point and stores the results under the
 * {@code .as()} names, as fields or, for names in {@code .tags()}, as tags. {@code .keep()}
 * keeps the existing fields, {@code .keep(names...)} exactly the listed ones.
 */
public final class EvalSpec extends NodeSpec {
    public static final NodeType<EvalSpec> TYPE = NodeType.chain("eval", "eval", EvalSpec::new)
            .args(Signature.variadic(ArgType.LAMBDA))
            .property("as", Signature.variadic(ArgType.STRING), (n, a) -> n.as = a.strings())
            .property("tags", Signature.variadic(ArgType.STRING), (n, a) -> n.tags = a.strings())
            .property("keep", Signature.variadic(ArgType.STRING), (n, a) -> {
                n.keep = true;
                n.keepList = a.strings();
            })
            .build();

    private final List<LambdaValue> lambdas;
    private List<String> as = List.of();
    private List<String> tags = List.of();
    private boolean keep;
    private List<String> keepList = List.of();

    private EvalSpec(Args a) {
        super(TYPE);
        this.lambdas = a.lambdas();
    }

    @Override
    protected void validate() {
        if (as.size() != lambdas.size()) {
            throw new SpecException("must specify same number of expressions and .as() names: got "
                    + as.size() + " as names, and " + lambdas.size() + " expressions.");
        }
        for (String tag : tags) {
            if (!as.contains(tag)) {
                throw new SpecException("invalid tag name \"" + tag + "\", name is not present is .as() names");
            }
        }
    }

    public List<LambdaValue> lambdas() {
        return lambdas;
    }

    public List<String> as() {
        return as;
    }

    public List<String> tags() {
        return tags;
    }

    public boolean keep() {
        return keep;
    }

    /** With {@link #keep()}: the fields to keep; empty keeps all. */
    public List<String> keepList() {
        return keepList;
    }
}
