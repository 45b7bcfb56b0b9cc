/** Evaluating a parsed TICKscript into a pipeline spec (Kapacitor's {@code tick} package). */
package dev.kapacitor.engine.tick;
