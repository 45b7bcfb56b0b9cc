/**
 * Text formats that must match Go (and so Kapacitor) byte for byte: strconv.FormatFloat,
 * time.Duration.String, encoding/json strings and numbers, RFC3339Nano times, strconv.Quote.
 * One implementation shared by the engine, the HTTP API and the template bundles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.gofmt;
