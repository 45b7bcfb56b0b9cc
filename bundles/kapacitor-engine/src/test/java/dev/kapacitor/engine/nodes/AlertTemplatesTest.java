package dev.kapacitor.engine.nodes;

import static org.junit.Assert.assertEquals;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.alert.HandlerCatalog;
import dev.kapacitor.engine.edge.Group;
import dev.kapacitor.engine.pipeline.AlertSpec;
import dev.kapacitor.engine.pipeline.EdgeType;
import dev.kapacitor.engine.pipeline.PipelineSpec;
import dev.kapacitor.engine.tick.ScriptEvaluator;
import dev.kapacitor.gotemplate.TemplateException;
import dev.kapacitor.tickscript.TickscriptParser;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * The default message and details are written without their templates; the templates stay the
 * reference: both must write the same for every kind of data, escapes and odd numbers included.
 */
public class AlertTemplatesTest {
    private static final String[] STRINGS = {"", "a", "web-01", "x<y>&z", "it's", "a+b", "q\"uote", "back\\slash",
        "tab\there", "new\nline", "nul\0", "é", "\u2028", "😀", "lone\uD800", "ctl\u0001", "Z", "0"};
    private static final double[] DOUBLES = {0, -0.0, 1, -3, 0.5, 71.234, 1e-7, 0.000001, 1e20, 1e21, 1.5e300,
        -2.5e-300, Double.MIN_VALUE, Double.MAX_VALUE, 123456789.125};

    private static AlertTemplates templates() {
        PipelineSpec p = ScriptEvaluator.evaluate(TickscriptParser.parse("stream|from()|alert()"), EdgeType.STREAM,
                Nodes.registry().catalog(HandlerCatalog.withBuiltIns()), Map.of());
        return new AlertTemplates(p.nodesOf(AlertSpec.class).get(0), "task");
    }

    @Test
    public void theDefaultsWriteWhatTheirTemplatesWrite() throws TemplateException {
        AlertTemplates t = templates();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            Tags tags = tags(random);
            Fields fields = fields(random, i % 50 == 0);
            Group group = i % 3 == 0 ? Group.NIL : Group.ofAllTags(true, "m", tags);
            String name = pick(random);
            String id = pick(random) + ":" + pick(random);
            AlertLevel level = AlertLevel.values()[random.nextInt(AlertLevel.values().length)];
            long time = random.nextLong(-2_000_000_000_000_000_000L, 4_000_000_000_000_000_000L);
            long duration = i % 4 == 0 ? 0 : random.nextLong(0, Long.MAX_VALUE);
            AlertTemplates.Text got = t.messageAndDetails(id, name, group, tags, fields, level, time, duration,
                    true, true);
            String message = t.messageByTemplate(id, name, group, tags, fields, level, time, duration);
            assertEquals(message, got.message());
            assertEquals(tags + " " + fields, t.detailsByTemplate(id, name, group, tags, fields, level, time,
                    duration, message), got.details());
        }
    }

    @Test
    public void aFieldGoCannotEncodeLeavesTheDetailsEmpty() throws TemplateException {
        AlertTemplates t = templates();
        for (double d : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)) {
            Fields fields = new Fields.Builder().putDouble("a", 1).putDouble("v", d).build();
            AlertTemplates.Text got = t.messageAndDetails("id", "m", Group.NIL, Tags.EMPTY, fields, AlertLevel.OK, 0,
                    0, true, true);
            assertEquals("", got.details());
            assertEquals(got.details(), t.detailsByTemplate("id", "m", Group.NIL, Tags.EMPTY, fields, AlertLevel.OK,
                    0, 0, got.message()));
        }
    }

    private static String pick(SplittableRandom random) {
        return STRINGS[random.nextInt(STRINGS.length)];
    }

    private static Tags tags(SplittableRandom random) {
        Tags.Builder b = new Tags.Builder(3);
        for (int k = random.nextInt(4); k > 0; k--) {
            b.put(pick(random) + k, pick(random));
        }
        return b.build();
    }

    private static Fields fields(SplittableRandom random, boolean none) {
        Fields.Builder b = new Fields.Builder();
        for (int k = none ? 0 : 1 + random.nextInt(5); k > 0; k--) {
            String key = pick(random) + k;
            switch (random.nextInt(5)) {
                case 0 -> b.putLong(key, random.nextLong());
                case 1 -> b.putBoolean(key, random.nextBoolean());
                case 2 -> b.putString(key, pick(random));
                case 3 -> b.putNull(key);
                default -> b.putDouble(key, DOUBLES[random.nextInt(DOUBLES.length)]);
            }
        }
        return b.build();
    }
}
