package dev.kapacitor.http.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * String escaping as Go's encoding/json does it: '<', '>', '&', U+2028 and U+2029 as
 * backslash-u escapes, control characters other than newline, return and tab as backslash-u
 * with lower-case hex (Jackson writes backslash-b, backslash-f and upper-case hex).
 */
final class GoEscapes extends CharacterEscapes {
    private static final int[] ASCII = new int[128];
    private static final SerializedString[] ESCAPED = new SerializedString[128];
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    static {
        int[] standard = standardAsciiEscapesForJSON();
        System.arraycopy(standard, 0, ASCII, 0, 128);
        for (int c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t') {
                custom(c);
            }
        }
        custom('<');
        custom('>');
        custom('&');
    }

    private static void custom(int c) {
        ASCII[c] = ESCAPE_CUSTOM;
        ESCAPED[c] = new SerializedString(String.format("\\u%04x", c));
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch < 128) {
            return ESCAPED[ch];
        }
        if (ch == 0x2028) {
            return LINE_SEPARATOR;
        }
        return ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
}
