package dev.kapacitor.http.json;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kapacitor.api.model.Result;
import dev.kapacitor.api.model.Row;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GoJsonTest {
    private static String pretty(Object v) throws Exception {
        return new String(GoJson.pretty(v), StandardCharsets.UTF_8);
    }

    private static String compact(Object v) throws Exception {
        return new String(GoJson.compact(v), StandardCharsets.UTF_8);
    }

    @Test
    public void indentsAsMarshalIndentWithFourSpaces() throws Exception {
        ObjectNode n = GoJson.object().put("error", "Not Found");
        assertEquals("{\n    \"error\": \"Not Found\"\n}", pretty(n));
    }

    @Test
    public void emptyContainersStayOnOneLine() throws Exception {
        ObjectNode n = GoJson.object();
        n.putPOJO("tasks", List.of());
        n.putPOJO("vars", Map.of());
        n.putObject("link").put("rel", "self");
        assertEquals("{\n    \"tasks\": [],\n    \"vars\": {},\n    \"link\": {\n        \"rel\": \"self\"\n    }\n}",
                pretty(n));
    }

    @Test
    public void mapsAreSortedButStructsKeepTheirOrder() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1L);
        m.put("a", List.of(1.5, 2.0));
        ObjectNode n = GoJson.object().put("z", true);
        n.putPOJO("m", m);
        assertEquals("{\"z\":true,\"m\":{\"a\":[1.5,2],\"b\":1}}", compact(n));
    }

    @Test
    public void escapesHtmlAndControlCharactersAsGo() throws Exception {
        assertEquals("\"\\\"v\\\" \\u003e 1 \\u0026\\u0026 \\u003c\\n\\t\\u0008\\u001b\\u2028\"",
                compact("\"v\" > 1 && <\n\t\b\u001b\u2028"));
        assertEquals("\"héllo ✓\"", compact("héllo ✓"));
    }

    @Test
    public void httpOutResultAsKapacitorWritesIt() throws Exception {
        Row row = new Row("cpu", Map.of("host", "a"), List.of("time", "v2"),
                List.of(Arrays.asList("2020-01-01T00:00:01Z", 6.0)));
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"host\":\"a\"},\"columns\":[\"time\",\"v2\"],"
                + "\"values\":[[\"2020-01-01T00:00:01Z\",6]]}]}", compact(Result.of(List.of(row))));
        assertEquals("{\"series\":null}", compact(Result.of(null)));
    }
}
