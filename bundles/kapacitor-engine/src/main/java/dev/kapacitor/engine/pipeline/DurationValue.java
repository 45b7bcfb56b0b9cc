package dev.kapacitor.engine.pipeline;

/** A TICKscript duration value, in nanoseconds. */
public record DurationValue(long nanos) {
    @Override
    public String toString() {
        return dev.kapacitor.api.gofmt.GoDuration.influxql(nanos);
    }
}
