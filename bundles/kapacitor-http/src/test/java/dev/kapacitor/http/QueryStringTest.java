package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class QueryStringTest {
    @Test
    public void decodesPairsAsGosParseQuery() {
        QueryString q = QueryString.parse("db=my%20db&rp=a+b;precision=s&fields=id&fields=dot&flag");
        assertEquals("my db", q.get("db"));
        assertEquals("a b", q.get("rp"));
        assertEquals("s", q.get("precision"));
        assertEquals(List.of("id", "dot"), q.all("fields"));
        assertEquals("", q.get("flag"));
        assertEquals("", q.get("absent"));
    }

    @Test
    public void dropsPairsWithBadEscapes() {
        QueryString q = QueryString.parse("db=bad%zz&rp=ok&x=%e2%9c%93");
        assertEquals("", q.get("db"));
        assertEquals("ok", q.get("rp"));
        assertEquals("✓", q.get("x"));
    }

    @Test
    public void emptyOrMissing() {
        assertEquals("", QueryString.parse(null).get("db"));
        assertEquals("", QueryString.parse("").get("db"));
    }
}
