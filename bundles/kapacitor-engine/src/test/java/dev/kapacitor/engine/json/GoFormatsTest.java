package dev.kapacitor.engine.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.model.Row;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class GoFormatsTest {
    @Test
    public void floatsAsGoJsonWritesThem() {
        assertEquals("1", GoFloat.json(1.0));
        assertEquals("0.5", GoFloat.json(0.5));
        assertEquals("-2.25", GoFloat.json(-2.25));
        assertEquals("0", GoFloat.json(0.0));
        assertEquals("-0", GoFloat.json(-0.0));
        assertEquals("123456789", GoFloat.json(123456789.0));
        assertEquals("100000000000000000000", GoFloat.json(1e20));
        assertEquals("1e+21", GoFloat.json(1e21));
        assertEquals("1.5e+300", GoFloat.json(1.5e300));
        assertEquals("0.000001", GoFloat.json(1e-6));
        assertEquals("1e-7", GoFloat.json(1e-7));
        assertEquals("1.2345e-10", GoFloat.json(1.2345e-10));
        assertEquals("1.154700538379252", GoFloat.json(1.154700538379252));
        assertEquals("0.1", GoFloat.json(0.1));
    }

    @Test
    public void floatsAsGoPrintsThemWithPercentV() {
        assertEquals("1e+06", GoFloat.format(1e6));
        assertEquals("123456", GoFloat.format(123456.0));
        assertEquals("0.0001", GoFloat.format(1e-4));
        assertEquals("1e-05", GoFloat.format(1e-5));
        assertEquals("NaN", GoFloat.format(Double.NaN));
        assertEquals("+Inf", GoFloat.format(Double.POSITIVE_INFINITY));
    }

    @Test
    public void rfc3339NanoInUtcWithoutTrailingZeros() {
        assertEquals("2020-01-01T00:00:00Z", Rfc3339.format(1577836800000000000L));
        assertEquals("2020-01-01T00:00:04.5Z", Rfc3339.format(1577836804500000000L));
        assertEquals("2020-01-01T00:00:09.999Z", Rfc3339.format(1577836809999000000L));
        assertEquals("1970-01-01T00:00:00.000000001Z", Rfc3339.format(1));
        assertEquals("1969-12-31T23:59:59.999999999Z", Rfc3339.format(-1));
        assertEquals("2000-02-29T12:34:56.0001Z", Rfc3339.format(951827696000100000L));
        assertEquals("1971-01-01T00:00:00Z", Rfc3339.format(31536000000000000L));
    }

    @Test
    public void durations() {
        assertEquals("0s", GoDuration.string(0));
        assertEquals("999ns", GoDuration.string(999));
        assertEquals("1.5µs", GoDuration.string(1500));
        assertEquals("2.000001ms", GoDuration.string(2_000_001));
        assertEquals("1.5s", GoDuration.string(1_500_000_000L));
        assertEquals("2m30s", GoDuration.string(150_000_000_000L));
        assertEquals("1h0m0.5s", GoDuration.string(3_600_500_000_000L));
        assertEquals("-1m0s", GoDuration.string(-60_000_000_000L));
        assertEquals("90s", GoDuration.influxql(90_000_000_000L));
        assertEquals("61m", GoDuration.influxql(3_660_000_000_000L));
        assertEquals("1500500u", GoDuration.influxql(1_500_500_000L));
        assertEquals("2w", GoDuration.influxql(1_209_600_000_000_000L));
        assertEquals("7ns", GoDuration.influxql(7));
    }

    @Test
    public void durationsParseAsGo() {
        assertEquals(600_000_000_000L, GoDuration.parse("10m"));
        assertEquals(5_400_000_000_000L, GoDuration.parse("1h30m"));
        assertEquals(1_500_000_000L, GoDuration.parse("1.5s"));
        assertEquals(2_500L, GoDuration.parse("2.5µs"));
        assertEquals(-300_000_000L, GoDuration.parse("-300ms"));
        assertEquals(0L, GoDuration.parse("0"));
        assertEquals("time: missing unit in duration \"10\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("10")).getMessage());
        assertEquals("time: unknown unit \"d\" in duration \"1d\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("1d")).getMessage());
        assertEquals("time: invalid duration \"ten\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("ten")).getMessage());
        assertEquals("time: invalid duration \"\"",
                assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("")).getMessage());
    }

    @Test
    public void resultLeavesEmptyPartsOutAndSortsTags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("z", "1");
        tags.put("a", "<&>");
        Row row = new Row("cpu", tags, List.of("time", "s", "v"),
                List.of(Arrays.asList("2020-01-01T00:00:00Z", "a\"b\n\u0001", 1.0), Arrays.asList("t", null, 2L)));
        assertEquals("{\"series\":[{\"name\":\"cpu\",\"tags\":{\"a\":\"\\u003c\\u0026\\u003e\",\"z\":\"1\"},"
                + "\"columns\":[\"time\",\"s\",\"v\"],\"values\":[[\"2020-01-01T00:00:00Z\",\"a\\\"b\\n\\u0001\",1],"
                + "[\"t\",null,2]]}]}\n", GoJson.result(List.of(row)));
        assertEquals("{\"series\":[{\"name\":\"m\"}]}\n", GoJson.result(List.of(new Row("m", Map.of(), null, null))));
    }

    @Test
    public void nanCannotBeWritten() {
        Row row = new Row("m", Map.of(), List.of("time", "v"), List.of(List.of("t", Double.NaN)));
        assertEquals("json: unsupported value: NaN",
                assertThrows(IllegalArgumentException.class, () -> GoJson.result(List.of(row))).getMessage());
    }

    @Test
    public void goQuoting() {
        assertEquals("\"a b\"", GoStrings.quote("a b"));
        assertEquals("\"x\\\"y\\\\z\\n\\x01\"", GoStrings.quote("x\"y\\z\n\u0001"));
        assertEquals("\"héllo\"", GoStrings.quote("héllo"));
    }
}
