package dev.kapacitor.engine.lambda.functions;

import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import org.junit.Test;

import static dev.kapacitor.engine.lambda.functions.FnEval.eval;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** humanBytes, if, isPresent and the time functions. */
public class MiscFunctionsTest {
    private static Point point(long time, Fields fields) {
        return new Point("db", "rp", "m", Tags.EMPTY, fields, time);
    }

    /** Expected texts from go-humanize's Bytes (as vendored by Kapacitor 1.5), run with Go 1.19. */
    @Test
    public void humanBytesOfInts() {
        Object[][] cases = {{0L, "0 B"}, {9L, "9 B"}, {10L, "10 B"}, {999L, "999 B"}, {1000L, "1.0 kB"}, {1499L, "1.5 kB"},
            {1500L, "1.5 kB"}, {9949L, "9.9 kB"}, {9950L, "10 kB"}, {122500000L, "122 MB"}, {123456789L, "124 MB"},
            {82854982L, "83 MB"}, {1000000L, "1.0 MB"}, {999999999999L, "1000 GB"}, {-1L, "18 EB"},
            {4611686018427387904L, "4.6 EB"}};
        for (Object[] c : cases) {
            Point p = point(0, new Fields.Builder().putLong("i", (Long) c[0]).build());
            assertEquals(c[0].toString(), c[1], eval("humanBytes(\"i\")", p));
        }
    }

    @Test
    public void humanBytesOfFloats() {
        Object[][] cases = {{999.0, "999 B"}, {1536.7, "1.5 kB"}, {5e9, "5.0 GB"}, {1.0, "1 B"}, {-5.0, "18 EB"},
            {1e19, "10 EB"}, {2.5e18, "2.5 EB"}};
        for (Object[] c : cases) {
            Point p = point(0, new Fields.Builder().putDouble("f", (Double) c[0]).build());
            assertEquals(c[0].toString(), c[1], eval("humanBytes(\"f\")", p));
        }
    }

    /** conformance case eval-if. */
    @Test
    public void evalIf() {
        String[] lambdas = {"if(\"v\" > 5.0, 'big', 'small')", "if(\"v\" > 5.0, \"v\", 0.0)", "if(\"flag\", 1, 0)",
            "if(\"v\" < 3.0 OR \"flag\", TRUE, FALSE)"};
        double[] v = {1.0, 6.5, 4.0, 9.0};
        boolean[] flag = {true, false, false, true};
        Object[][] out = {{"small", 0.0, 1L, true}, {"big", 6.5, 0L, false}, {"small", 0.0, 0L, false}, {"big", 9.0, 1L, true}};
        for (int r = 0; r < v.length; r++) {
            Point p = point(0, new Fields.Builder().putDouble("v", v[r]).putBoolean("flag", flag[r]).build());
            for (int c = 0; c < lambdas.length; c++) {
                assertEquals(lambdas[c] + " row " + r, out[r][c], eval(lambdas[c], p));
            }
        }
        assertEquals(30_000_000_000L, eval("if(FALSE, 1m, 30s)"));
        assertEquals(true, eval("'ab' =~ if(TRUE, /^a/, /^b/)"));
    }

    @Test
    public void ifNeedsBranchesOfOneType() {
        Point p = point(0, new Fields.Builder().putDouble("v", 1.0).putLong("i", 1).build());
        assertEquals("error: Cannot call function \"if\" with args (TRUE: boolean,\"v\": float,\"i\": int), available "
                + "signatures are [(boolean,float,float), (boolean,int,int), (boolean,string,string), "
                + "(boolean,boolean,boolean), (boolean,regex,regex), (boolean,time,time), (boolean,duration,duration)].",
                eval("if(TRUE, \"v\", \"i\")", p));
    }

    @Test
    public void isPresent() {
        Point p = point(0, new Fields.Builder().putDouble("v", 1.0).build());
        assertEquals(true, eval("isPresent(\"v\")", p));
        assertEquals(false, eval("isPresent(\"nope\")", p));
        assertEquals(true, eval("isPresent(\"v\") AND !isPresent(\"w\")", p));
    }

    /** Kapacitor gives lambdas the point time in the server's zone; these values (from Go) are for UTC. */
    @Test
    public void timeFunctionsOnThePointTime() {
        long[][] cases = { // ns, minute, hour, weekday, day, month, year
            {1577836800000000000L, 0, 0, 3, 1, 1, 2020}, {1577923199999999999L, 59, 23, 3, 1, 1, 2020},
            {951782400000000000L, 0, 0, 2, 29, 2, 2000}, {-1L, 59, 23, 3, 31, 12, 1969},
            {1700000000123456789L, 13, 22, 2, 14, 11, 2023}};
        String[] fns = {"minute", "hour", "weekday", "day", "month", "year"};
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        for (long[] c : cases) {
            Point p = point(c[0], Fields.EMPTY);
            assertEquals(c[0], eval("unixNano(\"time\")", p));
            java.time.ZonedDateTime local = java.time.Instant.ofEpochSecond(0, c[0]).atZone(zone);
            long[] expected = zone.getRules().isFixedOffset() && local.getOffset().getTotalSeconds() == 0
                    ? java.util.Arrays.copyOfRange(c, 1, 7)
                    : new long[] {local.getMinute(), local.getHour(), local.getDayOfWeek().getValue() % 7,
                        local.getDayOfMonth(), local.getMonthValue(), local.getYear()};
            for (int f = 0; f < fns.length; f++) {
                assertEquals(fns[f] + " of " + c[0], expected[f], eval(fns[f] + "(\"time\")", p));
            }
        }
    }

    @Test
    public void nowIsTheWallClock() {
        long before = System.currentTimeMillis() * 1_000_000L;
        long now = (Long) eval("unixNano(now())");
        assertTrue(now >= before && now <= System.currentTimeMillis() * 1_000_000L + 1_000_000L);
        assertEquals("error: Cannot call function \"hour\" with args (\"t\": int), available signatures are [(time)].",
                eval("hour(\"t\")", point(0, new Fields.Builder().putLong("t", 5).build())));
    }
}
