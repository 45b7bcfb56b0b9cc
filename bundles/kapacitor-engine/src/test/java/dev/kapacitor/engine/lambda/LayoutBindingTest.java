package dev.kapacitor.engine.lambda;

import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * One instance over parsed points, whose layouts are shared: the values it skips looking up
 * again are those of the point at hand, and a point that failed halfway leaves nothing behind.
 */
public class LayoutBindingTest {
    /** The results of one instance over the points, checked against a fresh instance per point. */
    private static List<Object> run(String lambda, String body) {
        CompiledLambda l = Lambdas.compile(lambda);
        List<Point> points = LineProtocolParser.parse(body.getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS,
                0, "db", "rp").points();
        List<Object> out = new ArrayList<>();
        for (Point p : points) {
            Object got = Lambdas.eval(l, p);
            assertEquals(p.toString(), Lambdas.eval(Lambdas.compile(lambda), p), got);
            out.add(got);
        }
        return out;
    }

    @Test
    public void valuesComeFromEachPointOfASharedLayout() {
        assertEquals(List.of(true, false, false, true, "error: cannot have field and tags with same name \"v\"",
                        true, false, "error: cannot have field and tags with same name \"host\"", true,
                        "error: left reference value \"host\" is missing value", true),
                run("\"v\" < 2.0 AND \"host\" =~ /web/",
                        "cpu,host=web1 v=1.5 1\n"
                        + "cpu,host=db1 v=0.5 2\n"
                        + "cpu,host=web2 v=2.5 3\n"
                        + "cpu,host=web3 v=0.5 4\n"
                        + "cpu,host=web4,v=x v=1.5 5\n"
                        + "cpu,host=web5 v=1.0 6\n"
                        + "cpu,host=web6 v=3i 7\n"
                        + "cpu,host=web7 v=1.5,host=\"f\" 8\n"
                        + "cpu,host=web8 v=1.0 9\n"
                        + "cpu v=1.0 10\n"
                        + "cpu,host=web9 v=1.0 11\n"));
    }

    @Test
    public void stringFieldsAndTagsOfOneName() {
        assertEquals(List.of(true, false, true, "error: cannot have field and tags with same name \"msg\"", false,
                        true),
                run("\"msg\" == 'ok' AND \"n\" > 1",
                        "log,host=a msg=\"ok\",n=2i 1\n"
                        + "log,host=b msg=\"no\",n=3i 2\n"
                        + "log,host=c msg=\"ok\",n=4i 3\n"
                        + "log,host=d,msg=ok msg=\"ok\",n=4i 4\n"
                        + "log,msg=no n=2i 5\n"
                        + "log,host=e msg=\"ok\",n=5i 6\n"));
    }
}
