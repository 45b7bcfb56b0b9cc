package dev.kapacitor.engine.nodes;

import static dev.kapacitor.engine.nodes.Described.at;
import static dev.kapacitor.engine.nodes.TestPipelines.lines;
import static dev.kapacitor.engine.nodes.TestPipelines.run;
import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** default() and delete(): the same shape of work, adding or removing fields and tags. */
public class DefaultDeleteNodeTest {
    /** The node's own counters from the task's execution stats. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(TestPipelines.Run r, String node, String... keys) {
        var all = (Map<String, Map<String, Object>>) r.task.executionStats().get("node-stats");
        Map<String, Object> s = new HashMap<>();
        for (String k : keys) {
            s.put(k, all.get(node).get(k));
        }
        return s;
    }

    private static Map<String, Object> defaulted(TestPipelines.Run r, String node) {
        return stats(r, node, "fields_defaulted", "tags_defaulted");
    }

    private static Map<String, Object> deleted(TestPipelines.Run r, String node) {
        return stats(r, node, "fields_deleted", "tags_deleted");
    }

    @Test
    public void defaultFillsMissingFieldsAndMissingOrEmptyTagsAndRegroupsOnADimension() throws Exception {
        var r = run("stream|from().groupBy('dc')|default().field('v', 0.0).field('n', 1).field('ok', TRUE)"
                        + ".tag('dc', 'none').tag('h', 'x')|capture()",
                lines(at(0, "m,dc=a,h=b v=2.5,n=3i,ok=false"), at(1, "m w=1.0"), at(2, "m s=\"t\"")));
        assertEquals(List.of(
                        "m[dc=a]@0{dc=a, h=b}{n=3, ok=false, v=2.5}",
                        "m[dc=none]@1{dc=none, h=x}{n=1, ok=true, v=0.0, w=1.0}",
                        "m[dc=none]@2{dc=none, h=x}{n=1, ok=true, s=t, v=0.0}"),
                Described.all(r.captured()));
        assertEquals(Map.of("fields_defaulted", 6L, "tags_defaulted", 4L), defaulted(r, "default2"));
    }

    @Test
    public void anEmptyTagIsDefaultedToo() throws Exception {
        var r = run("stream|from()|eval(lambda: '').as('dc').tags('dc').keep()|default().tag('dc', 'none')|capture()",
                lines(at(0, "m v=1.0")));
        // (eval's .keep() also keeps the tag result as a field, as Kapacitor does)
        assertEquals(List.of("m[]@0{dc=none}{dc=, v=1.0}"), Described.all(r.captured()));
    }

    @Test
    public void defaultOnABatchDefaultsItsTagsWhichBecomeItsGroup() throws Exception {
        var r = run("stream|from()|window().period(2s).every(2s)|default().field('w', 7).tag('dc', 'none')|capture()",
                lines(at(0, "m v=1.0,w=1i"), at(1, "m,dc=x v=2.0"), at(2, "m v=3.0")));
        assertEquals(List.of("m[dc=none]@2{dc=none}(0:{v=1.0, w=1}{dc=none}, 1:{v=2.0, w=7}{dc=x})"),
                Described.all(r.captured()));
        // Kapacitor also counts each field default once per batch head
        assertEquals(Map.of("fields_defaulted", 2L, "tags_defaulted", 2L), defaulted(r, "default3"));
    }

    @Test
    public void fieldDefaultsAreFloatsIntsStringsOrBooleans() {
        assertEquals("unsupported type time.Duration for field \"x\", field default values must be float,int,string or bool",
                WindowNodeTest.specError("stream|from()|default().field('x', 1s)"));
    }

    @Test
    public void deleteRemovesFieldsAndTagsAndDropsADeletedTagFromTheGroup() throws Exception {
        var r = run("stream|from().groupBy('h', 'dc')|delete().field('secret').field('nope').tag('dc')|capture()",
                lines(at(0, "m,h=a,dc=x v=1.0,secret=\"pw\""), at(1, "m,h=b v=2.0")));
        assertEquals(List.of("m[h=a]@0{h=a}{v=1.0}", "m[h=b]@1{h=b}{v=2.0}"), Described.all(r.captured()));
        assertEquals(Map.of("fields_deleted", 1L, "tags_deleted", 1L), deleted(r, "delete2"));
    }

    @Test
    public void deleteOnABatchRemovesFromItsTagsAndItsPoints() throws Exception {
        var r = run("stream|from().groupBy('h', 'dc')|window().period(2s).every(2s)|delete().tag('dc').field('x')|capture()",
                lines(at(0, "m,h=a,dc=x,r=1 v=1.0,x=true"), at(2, "m,h=a,dc=x v=2.0")));
        assertEquals(List.of("m[h=a]@2{h=a}(0:{v=1.0}{h=a, r=1})"), Described.all(r.captured()));
        assertEquals(Map.of("fields_deleted", 1L, "tags_deleted", 2L), deleted(r, "delete3"));
    }
}
