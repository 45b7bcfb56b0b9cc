/** Parsing TICKscript: {@link dev.kapacitor.tickscript.TickscriptParser}. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.tickscript;
