package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.kapacitor.http.ConfigOption.Kind;
import dev.kapacitor.http.json.GoJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The JSON of config elements: Kapacitor's shape, typed values, secrets redacted. */
public class ConfigSchemaTest {
    /** The slack integration's options, in its metatype's order. */
    static final ConfigSchema SLACK = new ConfigSchema(new DeclaredSection("slack", "dev.kapacitor.alert.slack",
            "workspace", null), List.of(
            new ConfigOption("enabled", Kind.BOOL, false, false, "false"),
            new ConfigOption("default", Kind.BOOL, false, false, "false"),
            new ConfigOption("workspace", Kind.STRING, false, false, ""),
            new ConfigOption("url", Kind.STRING, false, true, ""),
            new ConfigOption("channel", Kind.STRING, false, false, ""),
            new ConfigOption("username", Kind.STRING, false, false, "kapacitor"),
            new ConfigOption("icon-emoji", Kind.STRING, false, false, ""),
            new ConfigOption("global", Kind.BOOL, false, false, "false"),
            new ConfigOption("state-changes-only", Kind.BOOL, false, false, "false")));

    static final ConfigSchema SMTP = new ConfigSchema(new DeclaredSection("smtp", "dev.kapacitor.alert.smtp",
            "", null), List.of(
            new ConfigOption("enabled", Kind.BOOL, false, false, "false"),
            new ConfigOption("port", Kind.INT, false, false, "25"),
            new ConfigOption("username", Kind.STRING, false, false, ""),
            new ConfigOption("password", Kind.STRING, false, true, ""),
            new ConfigOption("to", Kind.STRING, true, false),
            new ConfigOption("idle-timeout", Kind.STRING, false, false, "30s")));

    private static String json(Object value) throws Exception {
        return new String(GoJson.compact(value), StandardCharsets.UTF_8);
    }

    @Test
    public void anElementOfADotCfgFileShowsTypedAndSortedWithItsSecretRedacted() throws Exception {
        // as ConfigAdmin holds a .cfg file: every value a string
        Map<String, Object> cfg = Map.of("enabled", "true", "default", "true", "url",
                "https://hooks.slack.com/services/T/B/secret", "channel", "#ops", "service.pid", "x");
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/slack/\"},\"options\":{"
                + "\"channel\":\"#ops\",\"default\":true,\"enabled\":true,\"global\":false,\"icon-emoji\":\"\","
                + "\"state-changes-only\":false,\"url\":true,\"username\":\"kapacitor\",\"workspace\":\"\"},"
                + "\"redacted\":[\"url\"]}", json(SLACK.element(cfg)));
    }

    @Test
    public void aNamedElementLinksToItsNameAndAnUnsetSecretIsFalse() throws Exception {
        String json = json(SLACK.element(Map.of("workspace", "company_private", "enabled", Boolean.TRUE)));
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/slack/company_private\"},"
                + "\"options\":{\"channel\":\"\",\"default\":false,\"enabled\":true,\"global\":false,"
                + "\"icon-emoji\":\"\",\"state-changes-only\":false,\"url\":false,\"username\":\"kapacitor\","
                + "\"workspace\":\"company_private\"},\"redacted\":[\"url\"]}", json);
        assertEquals("company_private", SLACK.elementName(Map.of("workspace", "company_private")));
    }

    @Test
    public void numbersAreNumbersListsAreListsAndAnUnsetListIsNull() throws Exception {
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/smtp/\"},\"options\":{"
                        + "\"enabled\":false,\"idle-timeout\":\"30s\",\"password\":false,\"port\":25,\"to\":null,"
                        + "\"username\":\"\"},\"redacted\":[\"password\"]}",
                json(SMTP.element(Map.of())));
        String set = json(SMTP.element(Map.of("port", "587", "password", "pw", "to", new String[] {"a@b", "c@d"})));
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/smtp/\"},\"options\":{"
                + "\"enabled\":false,\"idle-timeout\":\"30s\",\"password\":true,\"port\":587,"
                + "\"to\":[\"a@b\",\"c@d\"],\"username\":\"\"},\"redacted\":[\"password\"]}", set);
        // a .cfg file holds a list of one as a plain string, which is what DS hands the component
        assertEquals("[\"a@b\"]", json(SMTP.option("to").show("a@b")));
    }

    @Test
    public void aSectionWithoutSecretsHasNullRedacted() throws Exception {
        ConfigSchema exec = new ConfigSchema(new DeclaredSection("exec", "dev.kapacitor.alert.exec", "", null),
                List.of(new ConfigOption("timeout-ms", Kind.INT64, false, false, "10000")));
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/exec/\"},"
                + "\"options\":{\"timeout-ms\":10000},\"redacted\":null}", json(exec.element(Map.of())));
        assertNull(exec.option("nope"));
    }
}
