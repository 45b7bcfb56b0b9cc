package dev.kapacitor.gotemplate;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class GoTemplateTest {
    private static final String CONF_ID = "{{ .TaskName }}/{{ .Name }}/{{ index .Tags \"host\" }}";
    private static final String CONF_MESSAGE = "{{ .ID }} is {{ .Level }}: {{ index .Fields \"usage\" | printf \"%0.2f\" }}"
            + " {{ if eq .Level \"CRITICAL\" }}PAGE{{ else }}fyi{{ end }} group={{ .Group }} at={{ .Time.Unix }}"
            + " for={{ .Duration }} missing={{ index .Fields \"nope\" }}";
    private static final String CONF_DETAILS = "<b>{{ .Message }}</b> & \"{{ .Level }}\"";

    private static AlertData alert(String task, String id, Map<String, String> tags, Map<String, Object> fields,
                                   String level, long unixSeconds, Duration duration, String message) {
        String group = tags.isEmpty() ? "nil" : "host=" + tags.get("host");
        return new AlertData("cpu", task, group, tags, new AlertData.ServerInfo("h", "c", "s"), id, fields, level,
                Instant.ofEpochSecond(unixSeconds), duration, message);
    }

    /** conformance case alert-templates, its second event, as Kapacitor 1.5.0 rendered it. */
    @Test
    public void rendersTheAlertTemplatesConformanceCase() throws TemplateException {
        GoTemplate id = GoTemplate.parse("id", CONF_ID, AlertData.ID_INFO);
        GoTemplate message = GoTemplate.parse("message", CONF_MESSAGE, AlertData.MESSAGE_INFO);
        GoTemplate details = GoTemplate.parseHtml("details", CONF_DETAILS, AlertData.DETAILS_INFO);
        AlertData data = alert("conf-alert-templates", null, Map.of("host", "a"), Map.of("usage", 95.5),
                "CRITICAL", 1577836802L, Duration.ofSeconds(2), null);

        String renderedId = id.execute(data);
        data = withId(data, renderedId);
        String renderedMessage = message.execute(data);
        data = withMessage(data, renderedMessage);

        assertEquals("conf-alert-templates/cpu/a", renderedId);
        assertEquals("conf-alert-templates/cpu/a is CRITICAL: 95.50 PAGE group=host=a at=1577836802 for=2s"
                + " missing=<no value>", renderedMessage);
        assertEquals("<b>conf-alert-templates/cpu/a is CRITICAL: 95.50 PAGE group=host=a at=1577836802 for=2s"
                + " missing=&lt;no value&gt;</b> & \"CRITICAL\"", details.execute(data));
    }

    /** conformance case alert-int-field-message: int, bool and string fields print as Go prints them. */
    @Test
    public void rendersTheIntFieldMessageConformanceCase() throws TemplateException {
        GoTemplate message = GoTemplate.parse("message",
                "{{ .ID }} code={{ index .Fields \"code\" }} ok={{ index .Fields \"ok\" }} s={{ index .Fields \"s\" }}",
                AlertData.MESSAGE_INFO);
        GoTemplate id = GoTemplate.parse("id", "{{ .Name }}-{{ index .Tags \"svc\" }}", AlertData.ID_INFO);
        AlertData data = new AlertData("svc", "t", "svc=web", Map.of("svc", "web"), null, "svc-web",
                Map.of("code", 404L, "ok", false, "s", "x1"), "WARNING", Instant.ofEpochSecond(1577836801L),
                Duration.ZERO, null);
        assertEquals("svc-web", id.execute(data));
        assertEquals("svc-web code=404 ok=false s=x1", message.execute(data));
    }

    @Test
    public void aWrongFieldIsADefineTimeErrorWithItsPosition() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("id", "{{ .Name }}:{{ .Level }}", AlertData.ID_INFO));
        assertEquals("template: id:1:15: executing \"id\" at <.Level>: can't evaluate field Level in type main.idInfo",
                e.getMessage());
        assertEquals("id", e.templateName());
        assertEquals(1, e.line());
        assertEquals(15, e.column());
    }

    @Test
    public void parseErrorsHaveAColumnCountedInBytes() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("message", "é\n  ü {{ foo }}", AlertData.MESSAGE_INFO));
        assertEquals("template: message:2:8: function \"foo\" not defined", e.getMessage());
        e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("message", "{{ if .ID }}x", AlertData.MESSAGE_INFO));
        assertEquals("template: message:1:13: unexpected EOF", e.getMessage());
    }

    @Test
    public void templateDefinitionsAreNotSupported() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("message", "{{ define \"x\" }}{{ end }}", AlertData.MESSAGE_INFO));
        assertEquals("template: message:1:3: {{define}} is not supported", e.getMessage());
    }

    @Test
    public void aStaticTypeMismatchOfAStringParameterIsADefineTimeError() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("message", "{{ printf .Fields }}", AlertData.MESSAGE_INFO));
        assertEquals("template: message:1:10: executing \"message\" at <.Fields>: wrong type for value;"
                + " expected string; got map[string]interface {}", e.getMessage());
    }

    @Test
    public void valuesBehindAnInterfaceFailWhenExecuting() throws TemplateException {
        GoTemplate t = GoTemplate.parse("message", "{{ if lt (index .Fields \"v\") 10 }}low{{ end }}",
                AlertData.MESSAGE_INFO);
        AlertData intField = alert("t", "i", Map.of(), Map.of("v", 3L), "OK", 0, Duration.ZERO, null);
        AlertData floatField = alert("t", "i", Map.of(), Map.of("v", 3.0), "OK", 0, Duration.ZERO, null);
        assertEquals("low", t.execute(intField));
        TemplateException e = assertThrows(TemplateException.class, () -> t.execute(floatField));
        assertEquals("template: message:1:6: executing \"message\" at <lt (index .Fields \"v\") 10>: error calling lt:"
                + " incompatible types for comparison", e.getMessage());
        GoTemplate format = GoTemplate.parse("message", "{{ (index .Fields \"v\").Format \"2006\" }}",
                AlertData.MESSAGE_INFO);
        assertEquals("2020", format.execute(alert("t", "i", Map.of(), Map.of("v", Instant.ofEpochSecond(1577836800L)),
                "OK", 0, Duration.ZERO, null)));
    }

    @Test
    public void comparingMapsIsAnError() throws TemplateException {
        GoTemplate t = GoTemplate.parse("message", "{{ eq .Fields .Fields }}", AlertData.MESSAGE_INFO);
        TemplateException e = assertThrows(TemplateException.class, () -> t.execute(AlertData.sample()));
        assertEquals("template: message:1:3: executing \"message\" at <eq .Fields .Fields>: error calling eq:"
                + " non-comparable type map[string]interface {}", e.getMessage());
    }

    /** sideload's order paths run over a point's tags. */
    @Test
    public void aMapCanBeTheData() throws TemplateException {
        GoTemplate t = GoTemplate.parse("order", "hosts/{{.host}}.yml {{ .nope }}", DataType.mapOf(DataType.STRING));
        assertEquals("hosts/a.yml <no value>", t.execute(Map.of("host", "a")));
    }

    /** httpPost's row template: {@code .Values} is a slice of maps. */
    @Test
    public void rangesOverASliceOfMaps() throws TemplateException {
        DataType row = DataType.struct("httppost.row", Map.class)
                .field("Name", DataType.STRING, m -> m.get("name"))
                .field("Values", DataType.sliceOf(DataType.mapOf(DataType.ANY)), m -> m.get("values"))
                .build();
        GoTemplate t = GoTemplate.parse("row",
                "{{ .Name }}:{{ range $i, $v := .Values }}{{ if $i }},{{ end }}{{ index $v \"value\" }}"
                        + "@{{ index . \"time\" }}{{ else }}none{{ end }} n={{ len .Values }}",
                row);
        Map<String, Object> data = Map.of("name", "cpu", "values", List.of(
                Map.of("time", "2020-01-01T00:00:00Z", "value", 1.5),
                Map.of("time", "2020-01-01T00:00:10Z", "value", 2L)));
        assertEquals("cpu:1.5@2020-01-01T00:00:00Z,2@2020-01-01T00:00:10Z n=2", t.execute(data));
        assertEquals("cpu:none n=0", t.execute(Map.of("name", "cpu", "values", List.of())));
    }

    @Test
    public void executionsShareNothing() throws TemplateException {
        GoTemplate t = GoTemplate.parse("message", "{{ $x := .Level }}{{ range .Tags }}{{ $x = . }}{{ end }}{{ $x }}",
                AlertData.MESSAGE_INFO);
        AlertData tagged = alert("t", "i", Map.of("host", "a"), Map.of(), "OK", 0, Duration.ZERO, null);
        AlertData untagged = alert("t", "i", Map.of(), Map.of(), "CRITICAL", 0, Duration.ZERO, null);
        assertEquals("a", t.execute(tagged));
        assertEquals("CRITICAL", t.execute(untagged));
        StringBuilder out = new StringBuilder("x=");
        t.execute(tagged, out);
        assertEquals("x=a", out.toString());
    }

    @Test
    public void assigningAnotherTypeToAVariableIsNotSupported() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parse("message", "{{ $x := .Level }}{{ $x = 1 }}", AlertData.MESSAGE_INFO));
        assertEquals("template: message:1:21: cannot assign a int to $x, a string (not supported)", e.getMessage());
    }

    @Test
    public void htmlRejectsWhatGoRejects() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> GoTemplate.parseHtml("details", "{{ .ID | html | printf \"%s\" }}", AlertData.DETAILS_INFO));
        assertEquals("template: details:1:9: html/template: predefined escaper \"html\" disallowed in template",
                e.getMessage());
        e = assertThrows(TemplateException.class,
                () -> GoTemplate.parseHtml("details", "<b title=\"{{ .ID }}", AlertData.DETAILS_INFO));
        assertEquals("template: details:1:19: html/template: ends in a non-text context", e.getMessage());
        e = assertThrows(TemplateException.class,
                () -> GoTemplate.parseHtml("details", "<!-- {{ .ID }}", AlertData.DETAILS_INFO));
        assertEquals("template: details:1:14: html/template: ends in a non-text context", e.getMessage());
    }

    @Test
    public void onlyStructsCanBeEmbedded() {
        assertThrows(IllegalArgumentException.class,
                () -> DataType.struct("x", Object.class).embed(DataType.STRING, o -> o));
    }

    private static AlertData withId(AlertData d, String id) {
        return new AlertData(d.name(), d.taskName(), d.group(), d.tags(), d.serverInfo(), id, d.fields(), d.level(),
                d.time(), d.duration(), d.message());
    }

    private static AlertData withMessage(AlertData d, String message) {
        return new AlertData(d.name(), d.taskName(), d.group(), d.tags(), d.serverInfo(), d.id(), d.fields(),
                d.level(), d.time(), d.duration(), message);
    }
}
