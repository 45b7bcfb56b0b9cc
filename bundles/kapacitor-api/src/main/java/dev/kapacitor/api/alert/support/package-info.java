/**
 * What several alert integrations need and the JDK lacks: Go-exact JSON text (Kapacitor's
 * request bodies are written by Go's encoding/json) and an HTTP poster with timeouts, bounded
 * retries and counters.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.alert.support;
