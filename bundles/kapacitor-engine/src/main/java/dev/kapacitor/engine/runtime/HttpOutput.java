package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.model.Result;

/** A node whose latest result is served over HTTP (httpOut). */
public interface HttpOutput {
    /** A snapshot, safe to call from any thread. */
    Result result();
}
