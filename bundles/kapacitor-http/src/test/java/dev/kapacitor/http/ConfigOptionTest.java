package dev.kapacitor.http;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kapacitor.http.json.GoJson;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** POSTed values: stored as .cfg text when they fit the option's type, else Kapacitor's error. */
public class ConfigOptionTest {
    private static JsonNode v(String json) throws Exception {
        return GoJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String option, String json) throws Exception {
        JsonNode value = v(json);
        return assertThrows(IllegalArgumentException.class,
                () -> ConfigSchemaTest.SMTP.option(option).store(value)).getMessage();
    }

    @Test
    public void valuesOfTheRightKindAreStoredAsText() throws Exception {
        assertEquals("true", ConfigSchemaTest.SMTP.option("enabled").store(v("true")));
        assertEquals("smtp.example.com", ConfigSchemaTest.SLACK.option("channel").store(v("\"smtp.example.com\"")));
        assertArrayEquals(new String[] {"a@b", "c@d"},
                (String[]) ConfigSchemaTest.SMTP.option("to").store(v("[\"a@b\",\"c@d\"]")));
    }

    @Test
    public void numbersConvertAsGoConvertsThem() throws Exception {
        assertEquals("587", ConfigSchemaTest.SMTP.option("port").store(v("587")));
        assertEquals("587", ConfigSchemaTest.SMTP.option("port").store(v("587.9")));
        assertEquals("465", ConfigSchemaTest.SMTP.option("port").store(v("\"465\"")));
    }

    @Test
    public void wrongKindsAreKapacitorsErrors() throws Exception {
        assertEquals("cannot set option port: cannot convert string \"abc\" into int", error("port", "\"abc\""));
        assertEquals("cannot set option port: cannot convert bool into int", error("port", "true"));
        assertEquals("cannot set option enabled: wrong kind string, expected value of kind bool: false",
                error("enabled", "\"yes\""));
        assertEquals("cannot set option username: wrong kind float64, expected value of kind string: false",
                error("username", "1"));
        assertEquals("cannot set option to: wrong kind string, expected value of kind slice: false",
                error("to", "\"a@b\""));
        assertEquals("cannot set option to: failed to copy slice value: "
                + "wrong kind float64, expected value of kind string: false", error("to", "[1]"));
        assertEquals("cannot set option username: wrong kind invalid, expected value of kind string: false",
                error("username", "null"));
    }
}
