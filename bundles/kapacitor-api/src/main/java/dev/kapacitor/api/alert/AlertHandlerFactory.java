package dev.kapacitor.api.alert;

/**
 * An alert integration, registered as an OSGi service (a Declarative Services component) with
 * the service property {@value #NAME} set to the name of its TICKscript method: a script
 * calling {@code alert().post('http://...').header('a', 'b')} uses the factory named
 * {@code post}. Its own configuration (URLs, tokens, defaults) comes from ConfigAdmin; the
 * script's options come with each {@link #create} call.
 *
 * <p>A script naming a handler that no installed service provides fails to define, with a
 * message to install the feature {@code kapacitor-alert-<name>}.
 */
public interface AlertHandlerFactory {
    /** The service property naming the handler: {@code post}, {@code slack}, {@code email}, ... */
    String NAME = "kapacitor.alert.handler";

    /** The TICKscript arguments and option methods, so scripts are checked without knowing the handler. */
    HandlerDescriptor descriptor();

    /**
     * Checks options that the descriptor cannot express, when the script is defined.
     *
     * @throws IllegalArgumentException why the options are wrong; the define fails with it
     */
    default void validate(HandlerOptions options) {
    }

    /**
     * Makes the handler of one alert node when its task starts (and again if this service is
     * replaced while the task runs).
     *
     * @throws IllegalArgumentException when the options or the configuration do not allow a handler
     */
    AlertHandler create(HandlerOptions options);

    /**
     * Kapacitor's {@code global}: every alert node whose script does not name this handler gets
     * one anyway, made by {@link #create} with no options. The engine asks when a task starts,
     * so a configuration change applies to tasks started after it.
     */
    default boolean global() {
        return false;
    }

    /**
     * Kapacitor's {@code state-changes-only}, which counts only with {@link #global()}: every alert
     * node then sends only state changes, as if its script said {@code .stateChangesOnly()}.
     */
    default boolean stateChangesOnly() {
        return false;
    }
}
