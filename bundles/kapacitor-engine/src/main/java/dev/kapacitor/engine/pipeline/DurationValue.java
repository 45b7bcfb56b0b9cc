package dev.kapacitor.engine.pipeline;

/** A TICKscript duration value, in nanoseconds. */
public record DurationValue(long nanos) {
    @Override
    public String toString() {
        return dev.kapacitor.engine.json.GoDuration.influxql(nanos);
    }
}
