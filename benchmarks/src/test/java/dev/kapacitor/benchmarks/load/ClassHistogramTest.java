package dev.kapacitor.benchmarks.load;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ClassHistogramTest {
    /** What jcmd prints before the rows, and after them. */
    private static final String HEAD = """
            29488:
             num     #instances         #bytes  class name (module)
            -------------------------------------------------------
            """;
    private static final String BEFORE = HEAD + """
               1:          2347        1207448  [J (java.base@17.0.15)
               2:        114125       17658688  [B (java.base@17.0.15)
               3:           100           2400  dev.kapacitor.api.model.Tags
            Total        116572       18868536
            """;
    private static final String AFTER = HEAD + """
               1:          2347       49207448  [J (java.base@17.0.15)
               2:        114125       17658600  [B (java.base@17.0.15)
               3:          1001        8208048  [Ldev.kapacitor.api.model.Tags;
               4:           100           2400  dev.kapacitor.api.model.Tags
            Total        117573      75076496
            """;

    @Test
    public void rowsAreReadByClassNameWithoutThePidHeaderOrTotal() {
        ClassHistogram h = ClassHistogram.parse(AFTER);
        assertEquals(4, h.rows().size());
        assertEquals(new ClassHistogram.Row("[J (java.base@17.0.15)", 2347, 49207448), h.rows().get("[J (java.base@17.0.15)"));
    }

    @Test
    public void growthIsLargestFirstAndCountsClassesNewSinceBefore() {
        List<ClassHistogram.Row> g = ClassHistogram.parse(AFTER).growthSince(ClassHistogram.parse(BEFORE), 3);
        assertEquals(List.of(new ClassHistogram.Row("[J (java.base@17.0.15)", 0, 48000000),
                new ClassHistogram.Row("[Ldev.kapacitor.api.model.Tags;", 1001, 8208048),
                new ClassHistogram.Row("dev.kapacitor.api.model.Tags", 0, 0)), g);
    }
}
