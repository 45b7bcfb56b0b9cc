package dev.kapacitor.api.alert.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class GoJsonTest {
    @Test
    public void quotesAsGoEncodingJson() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\r\\u0001 \\u003cb\\u003e \\u0026 \\u2028 é\"",
                GoJson.quote("a\"b\\c\n\t\r\u0001 <b> & \u2028 é"));
    }

    @Test
    public void findsTopLevelMembersSkippingNestedAndQuotedBraces() {
        String json = "{\"id\":\"x}\\\"data\",\"n\":12,\"data\":{\"series\":[{\"name\":\"cpu\",\"values\":[[1,\"]\"]]}]},"
                + "\"ok\":true}";
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"values\":[[1,\"]\"]]}]}", GoJson.member(json, "data"));
        assertEquals("12", GoJson.member(json, "n"));
        assertEquals("true", GoJson.member(json, "ok"));
        assertEquals("\"x}\\\"data\"", GoJson.member(json, "id"));
        assertNull(GoJson.member(json, "series"));
        assertThrows(IllegalArgumentException.class, () -> GoJson.member("[1]", "a"));
        assertThrows(IllegalArgumentException.class, () -> GoJson.member("{\"a\":{", "b"));
    }

    @Test
    public void readsStringMembers() {
        assertEquals("a\"b\n<é", GoJson.string("{\"n\":1,\"error\":\"a\\\"b\\n\\u003c\\u00e9\"}", "error"));
        assertNull(GoJson.string("{\"error\":1}", "error"));
        assertNull(GoJson.string("Bad Gateway", "error"));
    }
}
