package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** The update action's decoding and checks, with Kapacitor's texts. */
public class ConfigUpdateTest {
    private static ConfigUpdate decode(String body) {
        return ConfigUpdate.decode(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String invalid(String body, String section, String element, boolean hasElement) {
        ApiException e = assertThrows(ApiException.class,
                () -> decode(body).validate(section, element, hasElement));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    public void decodesTheFourActionsAndIgnoresOtherFields() {
        ConfigUpdate u = decode("{\"set\":{\"enabled\":true},\"delete\":[\"url\"],\"other\":1}");
        assertEquals(List.of("enabled"), List.copyOf(u.set.keySet()));
        assertEquals(List.of("url"), u.delete);
        assertEquals(0, u.add.size());
        assertEquals(List.of(), u.remove);
    }

    @Test
    public void undecodableBodies() {
        assertEquals("failed to decode JSON:EOF", assertThrows(ApiException.class, () -> decode("")).getMessage());
        assertEquals("failed to decode JSON:json: cannot unmarshal array into Go value of type map[string]interface {}",
                assertThrows(ApiException.class, () -> decode("{\"set\":[]}")).getMessage());
        assertEquals("failed to decode JSON:json: cannot unmarshal number into Go value of type string",
                assertThrows(ApiException.class, () -> decode("{\"delete\":[1]}")).getMessage());
    }

    @Test
    public void kapacitorsValidationMessages() {
        String prefix = "failed to apply update: invalid update action: ";
        assertEquals(prefix + "must provide section name", invalid("{}", "", "", true));
        assertEquals(prefix + "invalid section name \"a.b\"", invalid("{}", "a.b", "", true));
        assertEquals(prefix + "invalid element name \"a b\"", invalid("{}", "slack", "a b", true));
        assertEquals(prefix + "cannot provide both set/delete and add/remove actions in the same update",
                invalid("{\"set\":{\"a\":1},\"remove\":[\"x\"]}", "slack", "", true));
        assertEquals(prefix + "must not provide an element name when adding an a new override",
                invalid("{\"add\":{\"workspace\":\"x\"}}", "slack", "x", true));
        assertEquals(prefix + "must not provide element when removing an override",
                invalid("{\"remove\":[\"x\"]}", "slack", "x", true));
        assertEquals(prefix + "element not specified, are you missing a trailing '/'?",
                invalid("{\"set\":{\"enabled\":true}}", "smtp", "", false));
    }

    @Test
    public void pathsSplitAsKapacitorSplitsThem() {
        assertEquals(new ConfigResource.Target("", "", false, false), ConfigResource.Target.of("/kapacitor/v1/config"));
        assertEquals(new ConfigResource.Target("", "", true, false), ConfigResource.Target.of("/kapacitor/v1/config/"));
        assertEquals(new ConfigResource.Target("smtp", "", true, false),
                ConfigResource.Target.of("/kapacitor/v1/config/smtp"));
        assertEquals(new ConfigResource.Target("smtp", "", true, true),
                ConfigResource.Target.of("/kapacitor/v1/config/smtp/"));
        assertEquals(new ConfigResource.Target("slack", "w", true, true),
                ConfigResource.Target.of("/kapacitor/v1/config/slack/w"));
        // too deep: no section, as Kapacitor's split gives
        assertEquals(new ConfigResource.Target("", "", true, false),
                ConfigResource.Target.of("/kapacitor/v1/config/slack/w/x"));
    }
}
