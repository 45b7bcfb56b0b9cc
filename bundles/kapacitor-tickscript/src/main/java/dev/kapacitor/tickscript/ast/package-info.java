/**
 * The TICKscript syntax tree: immutable records produced by the parser, consumed by the
 * pipeline builder, the lambda compiler and the formatter. Positions are 1-based line and
 * column ("char" in Kapacitor's messages).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.kapacitor.tickscript.ast;
