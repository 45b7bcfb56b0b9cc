package dev.kapacitor.http.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kapacitor.api.gofmt.GoJson;

/**
 * Jackson's string escaping made Go's: the characters {@link GoJson#hexEscaped} picks as
 * lower-case backslash-u escapes (Jackson writes backslash-b, backslash-f and upper-case hex).
 */
final class GoEscapes extends CharacterEscapes {
    private static final int[] ASCII = new int[128];
    private static final SerializedString[] ESCAPED = new SerializedString[128];
    private static final SerializedString LINE_SEPARATOR = new SerializedString(GoJson.hex('\u2028'));
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString(GoJson.hex('\u2029'));

    static {
        int[] standard = standardAsciiEscapesForJSON();
        System.arraycopy(standard, 0, ASCII, 0, 128);
        for (char c = 0; c < 128; c++) {
            if (GoJson.hexEscaped(c)) {
                ASCII[c] = ESCAPE_CUSTOM;
                ESCAPED[c] = new SerializedString(GoJson.hex(c));
            }
        }
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
