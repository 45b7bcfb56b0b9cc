package dev.kapacitor.api.lineprotocol;

import static dev.kapacitor.api.lineprotocol.Lines.parse;
import static dev.kapacitor.api.lineprotocol.Lines.reason;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Every refusal, worded exactly as InfluxDB 1.1 (inside Kapacitor 1.5) words it. */
public class LineProtocolErrorsTest {

    @Test
    public void missingMeasurement() {
        assertEquals("missing measurement", reason(",cpu v=1"));
        assertEquals("missing measurement", reason(",host=a v=1"));
    }

    @Test
    public void missingFields() {
        assertEquals("missing fields", reason("cpu"));
        assertEquals("missing fields", reason("cpu_load_short,host=server01,region=us-west"));
        assertEquals("missing fields", reason("cpu,host=="));
        assertEquals("missing fields", reason("="));
        // a tab does not end a measurement
        assertEquals("missing fields", reason("cpu\tvalue=1"));
    }

    @Test
    public void missingTagKey() {
        for (String line : List.of("cpu, value=1", "cpu,", "cpu,,,", "cpu,host=serverA,=us-east value=1i",
                "cpu,host=serverAa\\,,=us-east value=1i", "cpu,host=serverA\\,,=us-east value=1i", "cpu, =serverA value=1i")) {
            assertEquals(line, "missing tag key", reason(line));
        }
    }

    @Test
    public void missingTagValue() {
        for (String line : List.of("cpu,host", "cpu,host,", "cpu,host=", "cpu,host value=1i",
                "cpu,host=serverA,region value=1i", "cpu,host=serverA,region= value=1i",
                "cpu,host=serverA,region=,zone=us-west value=1i")) {
            assertEquals(line, "missing tag value", reason(line));
        }
    }

    @Test
    public void invalidTagFormat() {
        assertEquals("invalid tag format", reason("cpu,host=f=o,"));
        assertEquals("invalid tag format", reason("cpu,host=f\\==o,"));
        assertEquals("invalid tag format", reason("cpu,a=b=c v=1"));
    }

    @Test
    public void duplicateTagsWhereverTheyStand() {
        assertEquals("duplicate tags", reason("cpu,host=serverA,host=serverB value=1i 1000000000"));
        assertEquals("duplicate tags", reason("cpu,b=2,b=1,c=3 value=1i 1000000000"));
        assertEquals("duplicate tags", reason("cpu,b=2,c=3,b=1 value=1i 1000000000"));
    }

    @Test
    public void keyTooLong() {
        String name = "a".repeat(65536);
        assertEquals("max key length exceeded: 65536 > 65535", reason(name + " value=1"));
        assertEquals(1, parse("a".repeat(65535) + " value=1").points().size());
    }

    @Test
    public void missingFieldKey() {
        assertEquals("missing field key", reason("cpu,host=serverA,region=us-west =123i"));
        assertEquals("missing field key", reason("cpu,host=serverA,region=us-west value=123i,=456i"));
        assertEquals("missing field key", reason("cpu =1"));
        assertEquals("missing field key", reason("cpu,host=serverA,region=us-west ="));
    }

    @Test
    public void missingFieldValue() {
        assertEquals("missing field value", reason("cpu,host=serverA,region=us-west value="));
        assertEquals("missing field value", reason("cpu,host=serverA,region=us-west value= 1000000000i"));
        assertEquals("missing field value", reason("cpu,host=serverA,region=us-west value=,value2=1i"));
        assertEquals("missing field value", reason("cpu v= "));
    }

    @Test
    public void invalidFieldFormat() {
        assertEquals("invalid field format", reason("cpu,host=server01,region=us-west 1434055562000000000i"));
        assertEquals("invalid field format", reason("cpu,host=server01,region=us-west value=1i,b"));
        assertEquals("invalid field format", reason("cpu value"));
        assertEquals("invalid field format", reason("cpu v=1,"));
        // a field section that is only blanks
        assertEquals("invalid field format", parse("cpu ").errors().get(0).substring("unable to parse 'cpu ': ".length()));
    }

    @Test
    public void unbalancedQuotes() {
        assertEquals("unbalanced quotes", reason("cpu,host=serverA value=\"test"));
        assertEquals("unbalanced quotes", reason("cpu,host=serverA value=\"test\"\""));
    }

    @Test
    public void invalidNumber() {
        for (String line : List.of("cpu v=-", "cpu v=-i", "cpu v=-.", "cpu v=.", "cpu v=1.0i", "cpu v=1ii", "cpu v=1a",
                "cpu v=42+3", "cpu v=.1a", "cpu v=0.-1", "cpu v=1.1.1", "cpu v=9ie10", "cpu v=9e10i",
                "cpu v=NaN 1000000000", "cpu v=nAn 1000000000", "cpu v=NaN", "cpu v=n", "cpu v=1i5", "cpu v=-1u",
                "cpu v=1.5u", "cpu v=1\r", "cpu value=1.0\t 1257894000000000000")) {
            assertEquals(line, "invalid number", reason(line));
        }
    }

    @Test
    public void integerOutOfRange() {
        assertEquals("unable to parse integer 9223372036854775808: strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
                reason("cpu,host=serverA,region=us-west value=9223372036854775808i"));
        assertEquals("unable to parse integer -9223372036854775809: strconv.ParseInt: parsing \"-9223372036854775809\": value out of range",
                reason("cpu value=-9223372036854775809i"));
    }

    @Test
    public void unsignedThatDoesNotFitALong() {
        assertEquals("unable to parse unsigned 9223372036854775808: strconv.ParseUint: parsing \"9223372036854775808\": value out of range",
                reason("cpu v=9223372036854775808u"));
    }

    @Test
    public void invalidFloat() {
        assertEquals("invalid float", reason("cpu v=1e400"));
        assertEquals("invalid float", reason("cpu v=-1e400"));
        assertEquals("invalid float", reason("cpu v=1e"));
        assertEquals("invalid float", reason("cpu v=1e5e5"));
        assertEquals("invalid float", reason("cpu v=-e-e-e"));
        assertEquals("invalid float", reason("cpu v=" + "9".repeat(400)));
    }

    @Test
    public void invalidBoolean() {
        for (String line : List.of("cpu v=a", "cpu v=tru", "cpu v=truee", "cpu v=falsE", "cpu v=Inf", "cpu v=yes")) {
            assertEquals(line, "invalid boolean", reason(line));
        }
    }

    @Test
    public void badTimestamp() {
        for (String line : List.of("cpu value=1 -/", "cpu value=1 -1?", "cpu value=1 1-", "cpu value=1 12a", "cpu v=1 5\t",
                "cpu v=1 5\r")) {
            assertEquals(line, "bad timestamp", reason(line));
        }
    }

    @Test
    public void timestampThatIsNotAnInteger() {
        assertEquals("strconv.ParseInt: parsing \"-\": invalid syntax", reason("cpu value=1 -"));
        assertEquals("strconv.ParseInt: parsing \"9223372036854775808\": value out of range",
                reason("cpu value=1 9223372036854775808"));
        assertEquals("strconv.ParseInt: parsing \"-92233720368547758078\": value out of range",
                reason("cpu value=1 -92233720368547758078"));
    }

    @Test
    public void timeOutsideRange() {
        String outside = "time outside range -9223372036854775806 - 9223372036854775806";
        assertEquals(outside, reason("cpu value=1 9223372036854775807"));
        assertEquals(outside, reason("cpu value=1 -9223372036854775807"));
        assertEquals(outside, reason("cpu value=1 -9223372036854775808"));
        assertEquals(outside, Lines.parse("cpu v=1 9223372036854776", Precision.MILLISECONDS).errors().get(0)
                .substring("unable to parse 'cpu v=1 9223372036854776': ".length()));
    }

    @Test
    public void textAfterTheTimestamp() {
        assertEquals("point is invalid", reason("cpu value=1 9223372036854775806 12"));
        assertEquals("point is invalid", reason("cpu value=1 1 x"));
    }

    @Test
    public void errorsAreJoinedByNewlinesInLineOrder() {
        ParseResult r = parse("cpu v=1 1\nbad\ncpu v=2 2\nmem,host v=1\n\ncpu v=3 3");
        assertEquals(3, r.points().size());
        assertEquals(List.of("unable to parse 'bad': missing fields", "unable to parse 'mem,host v=1': missing tag value"),
                r.errors());
        assertEquals("unable to parse 'bad': missing fields\nunable to parse 'mem,host v=1': missing tag value",
                r.errorMessage());
    }

    @Test
    public void theLineInAnErrorStartsAtItsFirstNonBlankByteAndKeepsItsCarriageReturn() {
        ParseResult r = parse(" \t\u0000cpu v=1\r\n");
        assertEquals(List.of("unable to parse 'cpu v=1\r': invalid number"), r.errors());
    }

    @Test
    public void aQuoteLeftOpenSwallowsTheNextLines() {
        ParseResult r = parse("cpu v=\"open\ncpu v=2 2\ncpu v=3 3");
        assertEquals(List.of(), r.points());
        assertEquals("unable to parse 'cpu v=\"open\ncpu v=2 2\ncpu v=3 3': unbalanced quotes", r.errorMessage());
    }
}
