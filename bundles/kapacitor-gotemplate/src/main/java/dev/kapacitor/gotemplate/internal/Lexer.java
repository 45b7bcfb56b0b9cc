package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.api.gofmt.GoQuote;

import dev.kapacitor.gotemplate.internal.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/** Splits a template into Go text/template's items, with its trim markers and comments. */
final class Lexer {
    private static final String LEFT = "{{";
    private static final String RIGHT = "}}";

    private final Source source;
    private final String in;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int start;
    private int parenDepth;

    private Lexer(Source source) {
        this.source = source;
        this.in = source.text();
    }

    /**
     * The items up to the first error, which ends the list as an ERROR item: the parser reports
     * it only when it gets there, so an earlier syntax error wins, as with Go's lexer.
     */
    static List<Token> lex(Source source) {
        Lexer l = new Lexer(source);
        try {
            l.run();
        } catch (LexError e) {
            l.tokens.add(new Token(Kind.ERROR, e.getMessage(), e.pos));
        }
        return l.tokens;
    }

    private static final class LexError extends Exception {
        private static final long serialVersionUID = 1L;
        final int pos;

        LexError(int pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    private LexError error(int at, String message) {
        return new LexError(at, message);
    }

    private void run() throws LexError {
        while (pos < in.length()) {
            int x = in.indexOf(LEFT, pos);
            if (x < 0) {
                break;
            }
            int textEnd = x;
            if (hasLeftTrimMarker(x + LEFT.length())) {
                while (textEnd > start && isSpace(in.charAt(textEnd - 1))) {
                    textEnd--;
                }
            }
            if (textEnd > start) {
                tokens.add(new Token(Kind.TEXT, in.substring(start, textEnd), start));
            }
            pos = x;
            start = x;
            leftDelim();
        }
        if (in.length() > start) {
            tokens.add(new Token(Kind.TEXT, in.substring(start), start));
        }
        tokens.add(new Token(Kind.EOF, "", in.length()));
    }

    private void leftDelim() throws LexError {
        pos += LEFT.length();
        int afterMarker = hasLeftTrimMarker(pos) ? 2 : 0;
        if (in.startsWith("/*", pos + afterMarker)) {
            comment(pos + afterMarker);
            return;
        }
        emit(Kind.LEFT_DELIM);
        pos += afterMarker;
        start = pos;
        parenDepth = 0;
        insideAction();
    }

    private void comment(int at) throws LexError {
        int end = in.indexOf("*/", at + 2);
        if (end < 0) {
            throw error(at, "unclosed comment");
        }
        pos = end + 2;
        int delim = rightDelimAt(pos);
        if (delim == 0) {
            throw error(pos, "comment ends before closing delimiter");
        }
        pos += delim;
        if (delim > RIGHT.length()) {
            skipLeadingSpace();
        }
        start = pos;
    }

    /** Length of the right delimiter at {@code p}, plain or trim-marked, or 0 when none is there. */
    private int rightDelimAt(int p) {
        if (hasRightTrimMarker(p) && in.startsWith(RIGHT, p + 2)) {
            return 2 + RIGHT.length();
        }
        return in.startsWith(RIGHT, p) ? RIGHT.length() : 0;
    }

    private void insideAction() throws LexError {
        while (true) {
            int delim = rightDelimAt(pos);
            if (delim > 0) {
                if (parenDepth != 0) {
                    throw error(pos, "unclosed left paren");
                }
                rightDelim(delim);
                return;
            }
            if (pos >= in.length()) {
                throw error(pos, "unclosed action");
            }
            char c = in.charAt(pos);
            if (isSpace(c)) {
                space();
                continue;
            }
            pos++;
            switch (c) {
                case '=' -> emit(Kind.ASSIGN);
                case ':' -> {
                    if (pos >= in.length() || in.charAt(pos) != '=') {
                        throw error(pos, "expected :=");
                    }
                    pos++;
                    emit(Kind.DECLARE);
                }
                case '|' -> emit(Kind.PIPE);
                case '"' -> quote('"', "unterminated quoted string", Kind.STRING);
                case '\'' -> quote('\'', "unterminated character constant", Kind.CHAR);
                case '`' -> rawQuote();
                case '$' -> fieldOrVariable(Kind.VARIABLE);
                case '(' -> {
                    emit(Kind.LEFT_PAREN);
                    parenDepth++;
                }
                case ')' -> {
                    emit(Kind.RIGHT_PAREN);
                    // an unmatched one is left to the parser, which rejects it in context
                    parenDepth = Math.max(0, parenDepth - 1);
                }
                default -> other(c);
            }
        }
    }

    private void other(char c) throws LexError {
        if (c == '.' && (pos >= in.length() || in.charAt(pos) < '0' || in.charAt(pos) > '9')) {
            fieldOrVariable(Kind.FIELD);
        } else if (c == '.' || c == '+' || c == '-' || (c >= '0' && c <= '9')) {
            pos--;
            number();
        } else if (isAlphaNumeric(in.codePointAt(pos - 1))) {
            pos--;
            identifier();
        } else if (c == ',') {
            emit(Kind.COMMA);
        } else if (c < 0x7f && c >= 0x20) {
            // any other printable ASCII char is an item of its own that the parser rejects
            emit(Kind.OTHER);
        } else {
            throw error(pos, "unrecognized character in action: " + unicodeName(in.codePointAt(pos - 1)));
        }
    }

    private void space() {
        int n = 0;
        while (pos < in.length() && isSpace(in.charAt(pos))) {
            pos++;
            n++;
        }
        // a trim-marked closing delimiter starts with a space: leave it to rightDelim
        if (hasRightTrimMarker(pos - 1) && in.startsWith(RIGHT, pos + 1)) {
            pos--;
            if (n == 1) {
                return;
            }
        }
        emit(Kind.SPACE);
    }

    private void rightDelim(int len) {
        boolean trim = len > RIGHT.length();
        if (trim) {
            pos += 2;
            start = pos;
        }
        pos += RIGHT.length();
        emit(Kind.RIGHT_DELIM);
        if (trim) {
            skipLeadingSpace();
        }
        start = pos;
    }

    private void skipLeadingSpace() {
        while (pos < in.length() && isSpace(in.charAt(pos))) {
            pos++;
        }
    }

    private void quote(char end, String unterminated, Kind kind) throws LexError {
        while (true) {
            char c = pos < in.length() ? in.charAt(pos) : '\n';
            if (pos >= in.length() || c == '\n') {
                throw error(pos, unterminated);
            }
            pos++;
            if (c == '\\') {
                if (pos >= in.length() || in.charAt(pos) == '\n') {
                    throw error(pos, unterminated);
                }
                pos++;
            } else if (c == end) {
                emit(kind);
                return;
            }
        }
    }

    private void rawQuote() throws LexError {
        int end = in.indexOf('`', pos);
        if (end < 0) {
            throw error(in.length(), "unterminated raw quoted string");
        }
        pos = end + 1;
        emit(Kind.RAW_STRING);
    }

    private void fieldOrVariable(Kind kind) throws LexError {
        if (atTerminator()) {
            emit(kind == Kind.VARIABLE ? Kind.VARIABLE : Kind.DOT);
            return;
        }
        scanAlphaNumeric();
        if (!atTerminator()) {
            throw error(pos, "bad character " + unicodeName(in.codePointAt(pos)));
        }
        emit(kind);
    }

    private void identifier() throws LexError {
        scanAlphaNumeric();
        if (!atTerminator()) {
            throw error(pos, "bad character " + unicodeName(in.codePointAt(pos)));
        }
        String word = in.substring(start, pos);
        switch (word) {
            case "true", "false" -> emit(Kind.BOOL);
            case "nil" -> emit(Kind.NIL);
            case "if", "else", "end", "range", "with", "define", "template", "block" -> emit(Kind.KEYWORD);
            default -> emit(Kind.IDENTIFIER);
        }
    }

    private void number() throws LexError {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (pos < in.length() && isAlphaNumeric(in.codePointAt(pos))) {
            pos += Character.charCount(in.codePointAt(pos));
            throw error(pos, "bad number syntax: " + GoQuote.quote(in.substring(start, pos)));
        }
        emit(Kind.NUMBER);
    }

    private boolean accept(String valid) {
        if (pos < in.length() && valid.indexOf(in.charAt(pos)) >= 0) {
            pos++;
            return true;
        }
        return false;
    }

    private void acceptRun(String valid) {
        while (accept(valid)) {
            // consume
        }
    }

    private void scanAlphaNumeric() {
        while (pos < in.length() && isAlphaNumeric(in.codePointAt(pos))) {
            pos += Character.charCount(in.codePointAt(pos));
        }
    }

    private boolean atTerminator() {
        if (pos >= in.length()) {
            return true;
        }
        char c = in.charAt(pos);
        return isSpace(c) || ".,|:()".indexOf(c) >= 0 || c == RIGHT.charAt(0);
    }

    private void emit(Kind kind) {
        tokens.add(new Token(kind, in.substring(start, pos), start));
        start = pos;
    }

    private boolean hasLeftTrimMarker(int p) {
        return p + 1 < in.length() && in.charAt(p) == '-' && isSpace(in.charAt(p + 1));
    }

    private boolean hasRightTrimMarker(int p) {
        return p >= 0 && p + 1 < in.length() && isSpace(in.charAt(p)) && in.charAt(p + 1) == '-';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isAlphaNumeric(int cp) {
        return cp == '_' || Character.isLetter(cp) || Character.isDigit(cp);
    }

    /** Go's {@code %#U}: {@code U+0023 '#'}. */
    static String unicodeName(int cp) {
        return String.format("U+%04X '%s'", cp, new String(Character.toChars(cp)));
    }
}
