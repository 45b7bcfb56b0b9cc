package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

/** A lexical item of a template; {@code pos} is the char offset in the template text. */
record Token(Kind kind, String text, int pos) {
    enum Kind {
        TEXT, LEFT_DELIM, RIGHT_DELIM, SPACE, IDENTIFIER, KEYWORD, FIELD, VARIABLE, DOT, STRING,
        RAW_STRING, CHAR, NUMBER, BOOL, NIL, PIPE, LEFT_PAREN, RIGHT_PAREN, DECLARE, ASSIGN, COMMA, OTHER, EOF, ERROR
    }

    /** As Go's parser names an unexpected item. */
    String describe() {
        return switch (kind) {
            case EOF -> "EOF";
            case KEYWORD -> "<" + text + ">";
            default -> text.length() > 10 ? GoQuote.quote(text.substring(0, 10)) + "..." : GoQuote.quote(text);
        };
    }
}
