package dev.kapacitor.engine.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TopicHandlerOptionsTest {
    private static final HandlerDescriptor POST = HandlerDescriptor.builder()
            .variadicArgs(OptionType.STRING)
            .option("endpoint", OptionType.STRING)
            .option("header", OptionType.STRING, OptionType.STRING)
            .option("captureResponse")
            .option("timeout", OptionType.DURATION)
            .build();

    @Test
    public void kebabCaseKeysCallOptionsAndPluralKeysCallThemPerEntry() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", "http://x/alert");
        json.put("headers", new LinkedHashMap<>(Map.of("A", "1")));
        json.put("capture-response", true);
        json.put("timeout", "10s");
        HandlerOptions o = TopicHandlerOptions.of("post", POST, "ops", "h1", json);
        assertEquals(List.of("http://x/alert"), o.args());
        assertEquals(List.of(List.of("A", "1")), o.calls("header"));
        assertEquals(List.of(List.of()), o.calls("captureResponse"));
        assertEquals(Duration.ofSeconds(10), o.duration("timeout", null));
        assertEquals("ops", o.taskId());
        assertEquals("h1", o.nodeName());
    }

    @Test
    public void listArgumentsSpreadAndUnknownOptionsAreRefused() {
        HandlerDescriptor email = HandlerDescriptor.builder().variadicArgs(OptionType.STRING).build();
        assertEquals(List.of("a@x", "b@x"),
                TopicHandlerOptions.of("email", email, "t", "h", Map.of("to", List.of("a@x", "b@x"))).args());
        assertEquals("unknown option \"colour\"", assertThrows(IllegalArgumentException.class,
                () -> TopicHandlerOptions.of("post", POST, "t", "h", Map.of("colour", "red"))).getMessage());
        assertEquals("invalid option \"timeout\": soon", assertThrows(IllegalArgumentException.class,
                () -> TopicHandlerOptions.of("post", POST, "t", "h", Map.of("timeout", "soon"))).getMessage());
    }
}
