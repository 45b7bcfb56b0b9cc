/** Output formats that must match Kapacitor's byte for byte: Go's JSON, RFC 3339 times, durations. */
package dev.kapacitor.engine.json;
