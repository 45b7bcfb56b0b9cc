package dev.kapacitor.tickscript.ast;

import java.util.List;

/** A whole script: its statements in order. */
public record Program(List<Statement> statements) {
}
