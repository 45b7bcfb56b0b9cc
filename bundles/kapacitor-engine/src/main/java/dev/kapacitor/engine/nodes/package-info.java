/** The executing node of each node type, and their registration ({@link dev.kapacitor.engine.nodes.Nodes}). */
package dev.kapacitor.engine.nodes;
