package dev.kapacitor.api.alert;

/**
 * One configured handler of one alert node, made by its {@link AlertHandlerFactory}. The engine
 * calls {@link #handle} off the task's thread, one event at a time and in the order the node
 * emitted them, from a bounded queue per handler: a slow handler delays only itself, and when
 * its queue is full further events are dropped and counted. A call that runs longer than the
 * engine's handler timeout is interrupted.
 */
public interface AlertHandler extends AutoCloseable {
    /**
     * Acts on one event. An exception counts as an error of the handler and is logged; the
     * next event is handled as usual.
     */
    void handle(AlertEvent event) throws Exception;

    /**
     * Attempts repeated so far (an HTTP integration's retries after a 5xx answer or a connection
     * error), for the handler's statistics; see {@code JsonPoster#handler}.
     */
    default long retried() {
        return 0;
    }

    /** Releases what the handler holds; called once, after the last {@link #handle}. */
    @Override
    default void close() {
    }
}
