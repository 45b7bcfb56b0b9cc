/**
 * Pipeline specs: one declarative class per node type, describing what the TICKscript set up,
 * separate from execution (Kapacitor's {@code pipeline} package). Each spec class declares its
 * {@link dev.kapacitor.engine.pipeline.NodeType} once: chaining method, arguments, edges and
 * property methods.
 */
package dev.kapacitor.engine.pipeline;
