/**
 * The engine bundle's entry points: {@link dev.kapacitor.engine.EngineComponent} registers the
 * task, write and httpOut services (configuration PID {@code dev.kapacitor.engine});
 * {@link dev.kapacitor.engine.Engine} is the same engine without OSGi, for tests and tools.
 */
package dev.kapacitor.engine;
