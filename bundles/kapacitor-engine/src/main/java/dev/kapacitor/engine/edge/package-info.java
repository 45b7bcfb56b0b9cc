/**
 * What flows between nodes: points and batches with their group, barriers and group deletions
 * (Kapacitor's {@code edge} package).
 */
package dev.kapacitor.engine.edge;
