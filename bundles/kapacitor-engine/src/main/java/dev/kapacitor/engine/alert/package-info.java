/**
 * Alerting shared by all tasks: the installed handlers, topics with their event states (kept
 * on disk across restarts), inhibitors, and the bounded queue in front of every handler.
 */
package dev.kapacitor.engine.alert;
