package dev.kapacitor.api.alert.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class JsonMembersTest {
    @Test
    public void findsTopLevelMembersSkippingNestedAndQuotedBraces() {
        String json = "{\"id\":\"x}\\\"data\",\"n\":12,\"data\":{\"series\":[{\"name\":\"cpu\",\"values\":[[1,\"]\"]]}]},"
                + "\"ok\":true}";
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"values\":[[1,\"]\"]]}]}", JsonMembers.member(json, "data"));
        assertEquals("12", JsonMembers.member(json, "n"));
        assertEquals("true", JsonMembers.member(json, "ok"));
        assertEquals("\"x}\\\"data\"", JsonMembers.member(json, "id"));
        assertNull(JsonMembers.member(json, "series"));
        assertThrows(IllegalArgumentException.class, () -> JsonMembers.member("[1]", "a"));
        assertThrows(IllegalArgumentException.class, () -> JsonMembers.member("{\"a\":{", "b"));
    }

    @Test
    public void readsStringMembers() {
        assertEquals("a\"b\n<é", JsonMembers.string("{\"n\":1,\"error\":\"a\\\"b\\n\\u003c\\u00e9\"}", "error"));
        assertNull(JsonMembers.string("{\"error\":1}", "error"));
        assertNull(JsonMembers.string("Bad Gateway", "error"));
    }
}
