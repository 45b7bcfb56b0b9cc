/**
 * Task execution: executing nodes, one thread and bounded inbox per task, stats and the DOT of
 * an executing task.
 */
package dev.kapacitor.engine.runtime;
