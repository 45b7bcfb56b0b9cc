package dev.kapacitor.engine.lambda;

/** Makes fresh instances of one compiled lambda, one per group, each with its own function state. */
@FunctionalInterface
public interface LambdaFactory {
    CompiledLambda newInstance();
}
