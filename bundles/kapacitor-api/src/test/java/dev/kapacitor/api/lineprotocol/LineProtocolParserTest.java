package dev.kapacitor.api.lineprotocol;

import static dev.kapacitor.api.lineprotocol.Lines.NOW;
import static dev.kapacitor.api.lineprotocol.Lines.parse;
import static dev.kapacitor.api.lineprotocol.Lines.point;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What InfluxDB 1.1 (inside Kapacitor 1.5) reads from good lines, taken from its own test cases. */
public class LineProtocolParserTest {

    private static void assertPoint(String line, String name, Map<String, String> tags, Map<String, Object> fields,
            long time) {
        Point p = point(line);
        assertEquals(line, name, p.name());
        assertEquals(line, tags, p.tags().toMap());
        assertEquals(line, fields, p.fields().toMap());
        assertEquals(line, time, p.time());
    }

    @Test
    public void aPointCarriesItsDatabaseRetentionPolicyTagsFieldsAndTime() {
        Point p = point("cpu,host=serverA,region=us-east value=1.0 1000000000");
        assertEquals("db", p.database());
        assertEquals("rp", p.retentionPolicy());
        assertEquals("cpu", p.name());
        assertEquals(Tags.of(Map.of("host", "serverA", "region", "us-east")), p.tags());
        assertEquals(new Fields.Builder().putDouble("value", 1.0).build(), p.fields());
        assertEquals(1_000_000_000L, p.time());
    }

    @Test
    public void tagsAreSortedByKey() {
        Tags t = point("cpu,last=1,first=2 value=1i").tags();
        assertEquals("first", t.keyAt(0));
        assertEquals("2", t.valueAt(0));
        assertEquals("last", t.keyAt(1));
    }

    @Test
    public void manyTags() {
        StringBuilder line = new StringBuilder("cpu");
        for (int i = 0; i < 255; i++) {
            line.append(",tag").append(i).append("=value").append(i);
        }
        Tags t = point(line.append(" value=1").toString()).tags();
        assertEquals(255, t.size());
        assertEquals("value254", t.get("tag254"));
    }

    @Test
    public void escapesInMeasurementNames() {
        assertPoint("foo\\,bar value=1i", "foo,bar", Map.of(), Map.of("value", 1L), NOW);
        assertPoint("cpu\\,main,regions=east value=1.0", "cpu,main", Map.of("regions", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu\\ load,region=east value=1.0", "cpu load", Map.of("region", "east"), Map.of("value", 1.0), NOW);
        // an escaped '=' in a measurement loses its backslash; a bare one is just a byte
        assertPoint("cpu\\=load,region=east value=1.0", "cpu=load", Map.of("region", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu=load,region=east value=1.0", "cpu=load", Map.of("region", "east"), Map.of("value", 1.0), NOW);
        assertPoint("\"cpu\",host=serverA value=1.0 1", "\"cpu\"", Map.of("host", "serverA"), Map.of("value", 1.0), 1);
        assertPoint("cpu\\\"x value=1", "cpu\"x", Map.of(), Map.of("value", 1.0), NOW);
    }

    @Test
    public void escapesInTagKeysAndValues() {
        assertPoint("cpu,region\\,zone=east value=1.0", "cpu", Map.of("region,zone", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,region\\ zone=east value=1.0", "cpu", Map.of("region zone", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,reg\\\\=ion=east value=1.0", "cpu", Map.of("reg\\=ion", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,\\ =east value=1.0", "cpu", Map.of(" ", "east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=east\\,west value=1.0", "cpu", Map.of("regions", "east,west"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=\\\\ east value=1.0", "cpu", Map.of("regions", "\\ east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=eas\\\\ t value=1.0", "cpu", Map.of("regions", "eas\\ t"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=east\\\\  value=1.0", "cpu", Map.of("regions", "east\\ "), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=east\\ west value=1.0", "cpu", Map.of("regions", "east west"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=eas\\t value=1.0", "cpu", Map.of("regions", "eas\\t"), Map.of("value", 1.0), NOW);
        assertPoint("cpu,regions=\\\\,\\,\\=east value=1.0", "cpu", Map.of("regions", "\\,,=east"), Map.of("value", 1.0), NOW);
        assertPoint("cpu=load,equals\\=foo=tag\\=value value=1i", "cpu=load", Map.of("equals=foo", "tag=value"),
                Map.of("value", 1L), NOW);
        // quotes mean nothing in keys, and an escaped quote keeps its backslash in tags
        assertPoint("cpu,\"host\"=\"serverA\",region=us-east value=1.0 1", "cpu",
                Map.of("\"host\"", "\"serverA\"", "region", "us-east"), Map.of("value", 1.0), 1);
        assertPoint("cpu,a=x\\\"y value=1", "cpu", Map.of("a", "x\\\"y"), Map.of("value", 1.0), NOW);
    }

    @Test
    public void escapesInFieldKeys() {
        assertPoint("cpu,regions=east value\\,ms=1.0", "cpu", Map.of("regions", "east"), Map.of("value,ms", 1.0), NOW);
        assertPoint("cpu,regions=east value\\ ms=1.0", "cpu", Map.of("regions", "east"), Map.of("value ms", 1.0), NOW);
        assertPoint("cpu,host=serverA,region=us-west a\\ =123i", "cpu", Map.of("host", "serverA", "region", "us-west"),
                Map.of("a ", 123L), NOW);
        assertPoint("cpu \\a=1i", "cpu", Map.of(), Map.of("\\a", 1L), NOW);
        assertPoint("cpu a\\=b=1i", "cpu", Map.of(), Map.of("a=b", 1L), NOW);
        assertPoint("cpu \"a=1", "cpu", Map.of(), Map.of("\"a", 1.0), NOW);
    }

    @Test
    public void stringFields() {
        assertPoint("cpu value=1.0,str=\"foo\",str2=\"bar\" 1", "cpu", Map.of(),
                Map.of("value", 1.0, "str", "foo", "str2", "bar"), 1);
        assertPoint("cpu str=\"foo \\\" bar\" 1", "cpu", Map.of(), Map.of("str", "foo \" bar"), 1);
        assertPoint("cpu str=\"foo bar\" 1", "cpu", Map.of(), Map.of("str", "foo bar"), 1);
        assertPoint("cpu str=\"foo\nbar\" 1", "cpu", Map.of(), Map.of("str", "foo\nbar"), 1);
        assertPoint("cpu str=\"foo\\,bar\" 1", "cpu", Map.of(), Map.of("str", "foo\\,bar"), 1);
        assertPoint("cpu str=\"foo,bar\" 1", "cpu", Map.of(), Map.of("str", "foo,bar"), 1);
        assertPoint("cpu str=\"foo\\\\\",str2=\"bar\" 1", "cpu", Map.of(), Map.of("str", "foo\\", "str2", "bar"), 1);
        assertPoint("cpu str=\"foo=bar\",value=1.0 1", "cpu", Map.of(), Map.of("str", "foo=bar", "value", 1.0), 1);
        assertPoint("cpu value=\"{Hello\\\"{,}\\\" World}\" 1", "cpu", Map.of(), Map.of("value", "{Hello\"{,}\" World}"), 1);
        assertPoint("cpu value=\"{Hello\\\"{\\,}\\\" World}\" 1", "cpu", Map.of(), Map.of("value", "{Hello\"{\\,}\" World}"), 1);
        assertPoint("cpu value=\"test\\\\\\\"\" 1", "cpu", Map.of(), Map.of("value", "test\\\""), 1);
        assertPoint("cpu value=\"test\\\\\" 1", "cpu", Map.of(), Map.of("value", "test\\"), 1);
        assertPoint("cpu value=\"test\\\"\" 1", "cpu", Map.of(), Map.of("value", "test\""), 1);
        assertPoint("cpu value=\"\"", "cpu", Map.of(), Map.of("value", ""), NOW);
    }

    @Test
    public void textAfterAClosingQuoteStaysInTheValueAsInfluxDbReadsIt() {
        assertPoint("cpu v=\"abc\"def,w=1", "cpu", Map.of(), Map.of("v", "abc\"de", "w", 1.0), NOW);
        // a field without '=' and a field with two are split the way InfluxDB's field iterator reads them
        assertPoint("cpu a=\"x\"=1,b,c=2", "cpu", Map.of(), Map.of("a", "x\"=", "b,c", 2.0), NOW);
    }

    @Test
    public void utf8() {
        assertPoint("cpu,host=serverA,region=us-east value=\"wè\" 1", "cpu", Map.of("host", "serverA", "region", "us-east"),
                Map.of("value", "wè"), 1);
        assertPoint("température,pièce=salle\\ à\\ manger valeur=\"21 °C ✓ 😀\"", "température",
                Map.of("pièce", "salle à manger"), Map.of("valeur", "21 °C ✓ 😀"), NOW);
    }

    @Test
    public void booleans() {
        Fields f = point("cpu true=true,t=t,T=T,TRUE=TRUE,True=True,false=false,f=f,F=F,FALSE=FALSE,False=False 1").fields();
        assertEquals(10, f.size());
        for (String k : List.of("true", "t", "T", "TRUE", "True")) {
            assertEquals(k, Boolean.TRUE, f.get(k));
        }
        for (String k : List.of("false", "f", "F", "FALSE", "False")) {
            assertEquals(k, Boolean.FALSE, f.get(k));
        }
        assertEquals(FieldType.BOOLEAN, f.typeAt(f.indexOf("t")));
    }

    @Test
    public void integers() {
        assertEquals(Long.MAX_VALUE, point("cpu value=9223372036854775807i").fields().get("value"));
        assertEquals(Long.MAX_VALUE, point("cpu value=0009223372036854775807i").fields().get("value"));
        assertEquals(Long.MIN_VALUE, point("cpu value=-9223372036854775808i").fields().get("value"));
        assertEquals(Long.MIN_VALUE, point("cpu value=-0009223372036854775808i").fields().get("value"));
        assertEquals(-1L, point("cpu value=-1i").fields().get("value"));
        Fields f = point("cpu int=10i,float=11.0,float2=12.1 1000000000").fields();
        assertEquals(FieldType.INTEGER, f.typeAt(f.indexOf("int")));
        assertEquals(FieldType.FLOAT, f.typeAt(f.indexOf("float")));
        assertEquals(12.1, f.doubleAt(f.indexOf("float2")), 0);
    }

    @Test
    public void unsignedIntegersThatFitALongAreIntegers() {
        Fields f = point("cpu a=0u,b=42u,c=9223372036854775807u").fields();
        assertEquals(Map.of("a", 0L, "b", 42L, "c", Long.MAX_VALUE), f.toMap());
        assertEquals(FieldType.INTEGER, f.typeAt(1));
    }

    @Test
    public void floats() {
        Map<String, Double> cases = Map.ofEntries(Map.entry("1", 1.0), Map.entry("-1.0", -1.0), Map.entry(".1", 0.1),
                Map.entry("1.", 1.0), Map.entry("-.5", -0.5), Map.entry("00.5", 0.5), Map.entry("1.0e4", 1e4),
                Map.entry("1e4", 1e4), Map.entry("1.0E4", 1e4), Map.entry("1E+4", 1e4), Map.entry("1.0e-4", 1e-4),
                Map.entry("-1.0e-4", -1e-4), Map.entry("1e-400", 0.0), Map.entry("1.7976931348623157e308", Double.MAX_VALUE),
                Map.entry("4.9e-324", Double.MIN_VALUE), Map.entry("9007199254740993", 9007199254740992.0),
                Map.entry("0.1", 0.1), Map.entry("123456789012345678", 123456789012345678.0));
        cases.forEach((text, value) -> assertEquals(text, value, point("cpu v=" + text).fields().get("v")));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(point("cpu v=-0").fields().doubleAt(0)));
        String max = "1" + "0".repeat(308);
        assertEquals(1e308, point("cpu v=" + max).fields().get("v"));
        assertEquals(1e308, point("cpu v=0000" + max).fields().get("v"));
    }

    @Test
    public void aRepeatedFieldKeyKeepsTheLastValue() {
        assertEquals(Map.of("v", 2.0), point("cpu v=t,v=2").fields().toMap());
    }

    @Test
    public void aFieldCalledTimeIsAnOrdinaryField() {
        assertPoint("cpu time=5i,value=1 7", "cpu", Map.of(), Map.of("time", 5L, "value", 1.0), 7);
        assertPoint("cpu,time=x value=1 7", "cpu", Map.of("time", "x"), Map.of("value", 1.0), 7);
    }

    @Test
    public void blanksBetweenSections() {
        for (String line : List.of("cpu    value=1.0 1257894000000000000", "cpu value=1.0     1257894000000000000",
                "cpu      value=1.0     1257894000000000000", "cpu value=1.0 1257894000000000000   ",
                "cpu value=1.0 1257894000000000000\n", "cpu   value=1.0 1257894000000000000\n",
                "  \tcpu value=1.0 1257894000000000000", "cpu value=1.0 \t 1257894000000000000")) {
            assertPoint(line, "cpu", Map.of(), Map.of("value", 1.0), 1257894000000000000L);
        }
        // NUL bytes count as blanks too
        ParseResult r = parse("\u0000".repeat(1000) + "cpu,host=A,region=uswest value=0.5 1\n");
        assertEquals(List.of(), r.errors());
        assertEquals("uswest", r.points().get(0).tags().get("region"));
    }

    @Test
    public void blankLinesAndCommentsAreSkipped() {
        assertEquals(0, parse("").points().size());
        assertEquals(0, parse(" ").points().size());
        assertEquals(0, parse("# comment only").points().size());
        ParseResult r = parse("# a point is below\n\tcpu v=1i 1\n\n   \n\t# indented comment\ncpu v=2i 2\n# end of points\n");
        assertFalse(r.hasErrors());
        assertEquals(List.of(1L, 2L), r.points().stream().map(Point::time).toList());
    }

    @Test
    public void goodLinesSurviveBadOnes() {
        ParseResult r = parse("cpu,host=a value=1 1\ncpu,host=b value= 2\ncpu,host=c value=3 3\n");
        assertEquals(List.of("a", "c"), r.points().stream().map(p -> p.tags().get("host")).toList());
        assertEquals(List.of("unable to parse 'cpu,host=b value= 2': missing field value"), r.errors());
    }

    @Test
    public void newlinesInsideQuotedValuesAndAfterBackslashesDoNotEndALine() {
        ParseResult r = parse("cpu s=\"a\nb\" 1\ncpu v=2 2");
        assertEquals(List.of(), r.errors());
        assertEquals("a\nb", r.points().get(0).fields().get("s"));
        // a quote in a tag value does not open a string, so the line ends at its newline
        r = parse("baz,mytag=\"a x=1 1441103862125\nbaz,mytag=a z=1 1441103862126");
        assertEquals(List.of("\"a", "a"), r.points().stream().map(p -> p.tags().get("mytag")).toList());
        r = parse("t159,label=hey\\ \"ya a=1i,value=0i\nt159,label=another a=2i,value=1i 1");
        assertEquals(2, r.points().size());
        assertEquals("hey \"ya", r.points().get(0).tags().get("label"));
    }

    @Test
    public void carriageReturnsAreNotStrippedAsInfluxDbDoesNot() {
        // CRLF bodies only work when the value before the CR tolerates it: a string keeps its end quote
        ParseResult r = parse("cpu v=\"x\"\r\ncpu v=1\r\ncpu v=t\r\ncpu v=1 5\r\n");
        assertEquals(1, r.points().size());
        assertEquals("x\"", r.points().get(0).fields().get("v"));
        assertEquals(List.of("unable to parse 'cpu v=1\r': invalid number", "unable to parse 'cpu v=t\r': invalid boolean",
                "unable to parse 'cpu v=1 5\r': bad timestamp"), r.errors());
    }

    @Test
    public void timestamps() {
        assertEquals(-1L, point("cpu value=1 -1").time());
        assertEquals(Long.MAX_VALUE - 1, point("cpu value=1 9223372036854775806").time());
        assertEquals(Long.MIN_VALUE + 2, point("cpu value=1 -9223372036854775806").time());
        assertEquals(0L, point("cpu value=1 -0").time());
        assertEquals(5L, point("cpu value=1 0000005").time());
    }

    @Test
    public void timestampsAreScaledByThePrecision() {
        String tags = "cpu,host=serverA,region=us-east value=1.0 ";
        assertEquals(946730096789012345L, Lines.parse(tags + "946730096789012345", Precision.NANOSECONDS).points().get(0).time());
        assertEquals(946730096789012000L, Lines.parse(tags + "946730096789012", Precision.MICROSECONDS).points().get(0).time());
        assertEquals(946730096789000000L, Lines.parse(tags + "946730096789", Precision.MILLISECONDS).points().get(0).time());
        assertEquals(946730096000000000L, Lines.parse(tags + "946730096", Precision.SECONDS).points().get(0).time());
        assertEquals(946730040000000000L, Lines.parse(tags + "15778834", Precision.MINUTES).points().get(0).time());
        assertEquals(946728000000000000L, Lines.parse(tags + "262980", Precision.HOURS).points().get(0).time());
        assertEquals(-5_000_000_000L, Lines.parse("cpu v=1 -5", Precision.SECONDS).points().get(0).time());
        assertEquals(9_223_372_036_854_000_000L,
                Lines.parse("cpu v=1 9223372036854", Precision.MILLISECONDS).points().get(0).time());
    }

    @Test
    public void aPointWithoutTimeGetsNowTruncatedToThePrecision() {
        long now = 946730096789012345L;
        long[] expected = {946730096789012345L, 946730096789012000L, 946730096789000000L, 946730096000000000L,
            946730040000000000L, 946728000000000000L};
        for (Precision p : Precision.values()) {
            byte[] b = "cpu,host=serverA value=1.0".getBytes(StandardCharsets.UTF_8);
            long t = LineProtocolParser.parse(b, 0, b.length, p, now, "db", "rp").points().get(0).time();
            assertEquals(p.name(), expected[p.ordinal()], t);
        }
        assertEquals(NOW, point("cpu v=1").time());
    }

    @Test
    public void parsesOnlyTheGivenSliceOfTheArray() {
        byte[] b = "xxcpu v=1 1\ncpu v=2 2yy".getBytes(StandardCharsets.UTF_8);
        ParseResult r = LineProtocolParser.parse(b, 2, b.length - 4, Precision.NANOSECONDS, NOW, "db", "rp");
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(1.0, 2.0), r.points().stream().map(p -> p.fields().get("v")).toList());
    }

    @Test
    public void repeatedNamesAndSeriesAreShared() {
        ParseResult r = parse("cpu,host=a,region=eu value=1 1\ncpu,host=a,region=eu value=2 2\n"
                + "cpu,region=eu,host=b value=3 3\ncpu,host=b,region=eu value=4 4");
        List<Point> p = r.points();
        assertSame(p.get(0).tags(), p.get(1).tags());
        assertSame(p.get(0).name(), p.get(2).name());
        assertSame(p.get(0).fields().keyAt(0), p.get(3).fields().keyAt(0));
        assertSame(p.get(0).tags().get("region"), p.get(2).tags().get("region"));
        assertEquals(p.get(2).tags(), p.get(3).tags());
        // a cached series still refuses duplicate tags written differently
        assertEquals("unable to parse 'cpu,host=a,host=a value=1': duplicate tags",
                parse("cpu,host=a,host=a value=1").errorMessage());
    }

    @Test
    public void quotesAndBackslashesAreNoticedAtAnyOffsetOfALine() {
        for (int pad = 1; pad < 20; pad++) {
            String name = "m".repeat(pad);
            ParseResult r = parse(name + " s=\"a\nb\" 1\n" + name + ",t=x\\\ny v=2 2\n" + name + " v=3 3");
            assertEquals(List.of(), r.errors());
            assertEquals("a\nb", r.points().get(0).fields().get("s"));
            // the backslash keeps the newline in the line, and stays: it escapes nothing a tag knows
            assertEquals("x\\\ny", r.points().get(1).tags().get("t"));
            assertEquals(3L, r.points().get(2).time());
        }
    }

    @Test
    public void threadsShareTheCachesSafely() throws Exception {
        int threads = 4;
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<AssertionError> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers.add(new Thread(() -> {
                try {
                    for (int round = 0; round < 2000; round++) {
                        int host = (round * 7 + id) % 50;
                        Point p = point("cpu,host=h" + host + ",thread=t" + id + " f" + host + "=" + round + "i");
                        assertEquals("h" + host, p.tags().get("host"));
                        assertEquals("t" + id, p.tags().get("thread"));
                        assertEquals((long) round, p.fields().get("f" + host));
                    }
                } catch (AssertionError e) {
                    failure.set(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Test
    public void aBodyParsedInSlicesGivesItsPointsInOrderAndItsErrors() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1234; i++) {
            body.append(i % 97 == 5 ? "bad line " + i : i % 101 == 7 ? "# comment" : "cpu,host=h" + i % 13 + " v=" + i + "i " + i)
                    .append('\n');
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        ParseResult whole = LineProtocolParser.parse(bytes, Precision.NANOSECONDS, 0, "db", "rp");
        List<List<Point>> slices = new ArrayList<>();
        ParseResult sliced = LineProtocolParser.parse(bytes, 0, bytes.length, Precision.NANOSECONDS, 0, "db", "rp", 100,
                slices::add);
        assertEquals(whole.errors(), sliced.errors());
        assertTrue(sliced.points().isEmpty());
        List<Point> joined = new ArrayList<>();
        int last = whole.points().size() % 100 == 0 ? 100 : whole.points().size() % 100;
        for (int i = 0; i < slices.size(); i++) {
            assertEquals(i < slices.size() - 1 ? 100 : last, slices.get(i).size());
            joined.addAll(slices.get(i));
        }
        assertEquals(whole.points().toString(), joined.toString());
    }
}
