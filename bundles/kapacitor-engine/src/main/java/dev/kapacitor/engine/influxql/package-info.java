/**
 * InfluxQL's functions as Kapacitor 1.5 runs them in its InfluxQL nodes (count, mean, top,
 * holtWinters, ...): the same reducers, tie-breaking and output times as InfluxDB 1.x's query
 * engine, computed over primitive columns.
 */
package dev.kapacitor.engine.influxql;
