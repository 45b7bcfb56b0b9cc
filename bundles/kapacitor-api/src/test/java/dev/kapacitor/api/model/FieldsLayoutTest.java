package dev.kapacitor.api.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class FieldsLayoutTest {
    private final Fields mixed = new Fields.Builder().putString("s", "x").putDouble("f", 1.5).putLong("i", -2)
            .putBoolean("b", true).build();

    @Test
    public void rebuildsFieldSetsEqualToBuiltOnes() {
        Fields.Layout l = Fields.Layout.of(mixed);
        assertEquals("b", l.keyAt(0));
        assertEquals(FieldType.FLOAT, l.typeAt(1));
        assertTrue(l.hasStrings());
        Fields rebuilt = l.fields(new long[] {1, Double.doubleToRawLongBits(1.5), -2, 0}, new String[] {null, null, null, "x"});
        assertEquals(mixed, rebuilt);
        assertEquals("{b=true, f=1.5, i=-2, s=x}", rebuilt.toString());

        Fields floats = new Fields.Builder().putDouble("v", 2.0).build();
        Fields.Layout fl = Fields.Layout.of(floats);
        assertFalse(fl.hasStrings());
        assertEquals(floats, fl.fields(new long[] {Double.doubleToRawLongBits(2.0)}, null));
    }

    @Test
    public void matchesFieldSetsWithTheSameNamesAndTypesOnly() {
        Fields.Layout l = Fields.Layout.of(new Fields.Builder().putDouble("v", 1).putLong("n", 1).build());
        assertTrue(l.matches(new Fields.Builder().putLong("n", 5).putDouble("v", 7).build()));
        assertFalse(l.matches(new Fields.Builder().putDouble("n", 5).putDouble("v", 7).build()));
        assertFalse(l.matches(new Fields.Builder().putLong("n", 5).putDouble("w", 7).build()));
        assertFalse(l.matches(new Fields.Builder().putLong("n", 5).build()));
    }

    @Test
    public void refusesValuesThatDoNotFit() {
        Fields.Layout l = Fields.Layout.of(mixed);
        assertThrows(IllegalArgumentException.class, () -> l.fields(new long[3], new String[4]));
        assertThrows(IllegalArgumentException.class, () -> l.fields(new long[4], null));
    }
}
