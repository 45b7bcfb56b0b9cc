package dev.kapacitor.tickscript.ast;

/** Any expression. */
public sealed interface Expr extends Node
        permits Identifier, Reference, StringLit, IntLit, FloatLit, DurationLit, BoolLit, RegexLit,
        Star, ListLit, Lambda, Binary, Unary, Call, Chain {
}
