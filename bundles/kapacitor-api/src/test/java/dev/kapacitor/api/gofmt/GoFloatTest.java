package dev.kapacitor.api.gofmt;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GoFloatTest {
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
        assertEquals("1e+06", GoFloat.string(1e6));
        assertEquals("123456", GoFloat.string(123456.0));
        assertEquals("0.0001", GoFloat.string(1e-4));
        assertEquals("1e-05", GoFloat.string(1e-5));
        assertEquals("NaN", GoFloat.string(Double.NaN));
        assertEquals("+Inf", GoFloat.string(Double.POSITIVE_INFINITY));
    }

    @Test
    public void formatFloatWithVerbAndPrecision() {
        assertEquals("3.14", GoFloat.format(3.14159, 'f', 2));
        assertEquals("1.000000e+06", GoFloat.format(1e6, 'e', 6));
        assertEquals("1E+06", GoFloat.format(1e6, 'G', -1));
        assertEquals("2.5", GoFloat.format(2.5, 'f', -1));
        // Double.toString gives 4.9E-324, Go the shortest digits that read back
        assertEquals("5e-324", GoFloat.string(Double.MIN_VALUE));
    }
}
