package dev.kapacitor.gotemplate;

import org.junit.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every case of go-golden.tsv: the output or the error Go 1.19 gives for the template over
 * {@link AlertData#sample()}. Go's parse errors carry no column; ours do, so it is dropped
 * before comparing those.
 */
public class GoTemplateGoldenTest {
    /**
     * Where we knowingly differ, with our output. A map's Go type is not kept with the value
     * at run time, so %T names every map map[string]interface {}.
     */
    private static final Map<String, String> DEVIATIONS = Map.of(
            "{{ printf \"%T %T %T %T %T %T %T %T %T\" 1 1.5 \"s\" true .Time .Duration .Fields .Tags (index .Fields \"code\") }}",
            "int float64 string bool time.Time time.Duration map[string]interface {} map[string]interface {} int64");

    @Test
    public void matchesGo() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : lines()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            cases++;
            String[] cols = line.split("\t");
            String mode = Json.unquote(cols[0].startsWith("\"") ? cols[0] : "\"" + cols[0] + "\"");
            String template = Json.unquote(cols[1]);
            String want = Json.unquote(cols[2]);
            String wantErr = Json.unquote(cols[3]);
            String got = run(mode, template);
            String expected = DEVIATIONS.getOrDefault(template, wantErr.isEmpty() ? want : "error: " + wantErr);
            if (!expected.equals(got)) {
                failures.add(mode + " " + template + "\n   want: " + expected + "\n    got: " + got);
            }
        }
        assertTrue("cases read: " + cases, cases > 150);
        assertEquals(String.join("\n", failures), 0, failures.size());
    }

    private static String run(String mode, String template) {
        try {
            GoTemplate t = mode.equals("html")
                    ? GoTemplate.parseHtml("details", template, AlertData.DETAILS_INFO)
                    : GoTemplate.parse("message", template, AlertData.DETAILS_INFO);
            return t.execute(AlertData.sample());
        } catch (TemplateException e) {
            String msg = e.getMessage();
            // Go's parse errors have no column, its execution errors have one
            if (!msg.contains(": executing \"")) {
                msg = msg.replaceFirst("^(template: \\w+:\\d+):\\d+:", "$1:");
            }
            return "error: " + msg;
        }
    }

    private static List<String> lines() throws IOException {
        try (var in = GoTemplateGoldenTest.class.getResourceAsStream("go-golden.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
