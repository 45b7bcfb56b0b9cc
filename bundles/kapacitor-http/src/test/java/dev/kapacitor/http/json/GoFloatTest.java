package dev.kapacitor.http.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** Expected strings are what Go 1.10's json.Marshal(float64) prints for the same values. */
public class GoFloatTest {
    @Test
    public void wholeNumbersHaveNoFraction() {
        assertEquals("2", GoFloat.format(2.0));
        assertEquals("-6", GoFloat.format(-6.0));
        assertEquals("100000000000000000000", GoFloat.format(1e20));
        assertEquals("0", GoFloat.format(0.0));
        assertEquals("-0", GoFloat.format(-0.0));
    }

    @Test
    public void fractionsUseTheShortestDigits() {
        assertEquals("0.1", GoFloat.format(0.1));
        assertEquals("0.30000000000000004", GoFloat.format(0.1 + 0.2));
        assertEquals("0.3333333333333333", GoFloat.format(1.0 / 3));
        assertEquals("123456.789", GoFloat.format(123456.789));
        assertEquals("0.000001", GoFloat.format(1e-6));
        assertEquals("12345678.9", GoFloat.format(12345678.9));
    }

    @Test
    public void exponentFormOutsidePlainRange() {
        assertEquals("1e-7", GoFloat.format(1e-7));
        assertEquals("1.5e-10", GoFloat.format(1.5e-10));
        assertEquals("1e+21", GoFloat.format(1e21));
        assertEquals("-2.5e+100", GoFloat.format(-2.5e100));
        assertEquals("1.7976931348623157e+308", GoFloat.format(Double.MAX_VALUE));
        assertEquals("5e-324", GoFloat.format(Double.MIN_VALUE));
    }

    @Test
    public void javaSeventeensLongToStringIsShortened() {
        // Double.toString gives 2.82879384806159008E17 on Java 17; Go prints the 15 digits
        assertEquals("282879384806159000", GoFloat.format(2.82879384806159E17));
    }

    @Test
    public void notANumberIsRefusedAsGoDoes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoFloat.format(Double.NaN));
        assertEquals("json: unsupported value: NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoFloat.format(Double.NEGATIVE_INFINITY));
    }
}
