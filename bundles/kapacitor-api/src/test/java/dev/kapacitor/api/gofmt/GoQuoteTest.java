package dev.kapacitor.api.gofmt;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GoQuoteTest {
    @Test
    public void goQuoting() {
        assertEquals("\"a b\"", GoQuote.quote("a b"));
        assertEquals("\"x\\\"y\\\\z\\n\\x01\"", GoQuote.quote("x\"y\\z\n\u0001"));
        assertEquals("\"héllo\"", GoQuote.quote("héllo"));
    }

    @Test
    public void nonPrintableRunesAreEscapedAsStrconvQuoteDoes() {
        assertEquals("\"\\a\\u00a0\\ue000\\U0010ffff\ud83d\ude00\"", GoQuote.quote("\u0007\u00a0\ue000\udbff\udfff\ud83d\ude00"));
        assertEquals("'\\''", GoQuote.quote("'", '\'', false));
    }
}
