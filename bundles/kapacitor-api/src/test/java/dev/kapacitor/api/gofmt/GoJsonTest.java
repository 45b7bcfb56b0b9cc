package dev.kapacitor.api.gofmt;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.model.Row;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Expected strings are what Go 1.10's encoding/json writes for the same values. */
public class GoJsonTest {
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
    public void stringsAreHtmlSafeWithLowerCaseHex() {
        StringBuilder sb = new StringBuilder();
        GoJson.string(sb, "<a&b>\b\f\u2028\u2029\ud800x\ud83d\ude00");
        assertEquals("\"\\u003ca\\u0026b\\u003e\\u0008\\u000c\\u2028\\u2029\\ufffdx\ud83d\ude00\"", sb.toString());
    }

    @Test
    public void wholeNumbersHaveNoFraction() {
        assertEquals("2", GoJson.number(2.0));
        assertEquals("-6", GoJson.number(-6.0));
        assertEquals("100000000000000000000", GoJson.number(1e20));
        assertEquals("0", GoJson.number(0.0));
        assertEquals("-0", GoJson.number(-0.0));
    }

    @Test
    public void fractionsUseTheShortestDigits() {
        assertEquals("0.1", GoJson.number(0.1));
        assertEquals("0.30000000000000004", GoJson.number(0.1 + 0.2));
        assertEquals("0.3333333333333333", GoJson.number(1.0 / 3));
        assertEquals("123456.789", GoJson.number(123456.789));
        assertEquals("0.000001", GoJson.number(1e-6));
        assertEquals("12345678.9", GoJson.number(12345678.9));
    }

    @Test
    public void exponentFormOutsidePlainRange() {
        assertEquals("1e-7", GoJson.number(1e-7));
        assertEquals("1.5e-10", GoJson.number(1.5e-10));
        assertEquals("1e+21", GoJson.number(1e21));
        assertEquals("-2.5e+100", GoJson.number(-2.5e100));
        assertEquals("1.7976931348623157e+308", GoJson.number(Double.MAX_VALUE));
        assertEquals("5e-324", GoJson.number(Double.MIN_VALUE));
    }

    @Test
    public void javaSeventeensLongToStringIsShortened() {
        // Double.toString gives 2.82879384806159008E17 on Java 17; Go prints the 15 digits
        assertEquals("282879384806159000", GoJson.number(2.82879384806159E17));
    }

    @Test
    public void notANumberIsRefusedAsGoDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoJson.number(Double.NaN));
        assertEquals("json: unsupported value: NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoJson.number(Double.NEGATIVE_INFINITY));
    }
}
