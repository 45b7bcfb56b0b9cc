/** InfluxDB 1.x line protocol, parsed from bytes. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.api.lineprotocol;
