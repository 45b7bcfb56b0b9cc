package dev.kapacitor.tickscript.parser;

import dev.kapacitor.tickscript.ast.Position;
import org.antlr.v4.runtime.Token;

/** The script text, to turn token offsets into Kapacitor's positions and error excerpts. */
final class Source {
    /** How far an error excerpt reaches either side of the token, as Kapacitor's parser. */
    private static final int EXCERPT_REACH = 10;

    private final int[] codePoints;

    Source(String script) {
        this.codePoints = script.codePoints().toArray();
    }

    /** Line and column of the token's start; the column counts UTF-8 bytes as Kapacitor's "char". */
    Position position(Token token) {
        int start = Math.min(token.getStartIndex(), codePoints.length);
        int lineStart = start - token.getCharPositionInLine();
        int bytes = 0;
        for (int i = lineStart; i < start; i++) {
            bytes += utf8Length(codePoints[i]);
        }
        return new Position(token.getLine(), bytes + 1);
    }

    /** Up to ten characters either side of the token's start, without leaving its line. */
    String excerpt(Token token) {
        int at = Math.min(token.getStartIndex(), codePoints.length);
        int from = Math.max(0, at - EXCERPT_REACH);
        for (int i = at - 1; i >= from; i--) {
            if (codePoints[i] == '\n') {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(codePoints.length, at + EXCERPT_REACH);
        for (int i = at; i < to; i++) {
            if (codePoints[i] == '\n') {
                to = i;
                break;
            }
        }
        return new String(codePoints, from, to - from);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
