package dev.kapacitor.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * /kapacitor/v1/config in the running distribution: the installed integrations' sections with
 * their secrets redacted; a POST to the slack section that the next alert of a running task
 * follows, that ConfigAdmin holds and Karaf writes to etc/; elements added and removed; a
 * section that leaves and comes back with its feature.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigApiIT {
    private static final String PORT_PROPERTY = "kapacitor.itest.http.port";
    private static final String CONFIG = "/kapacitor/v1/config";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> SECTIONS = List.of("exec", "httppost", "pagerduty", "pagerduty2", "slack", "smtp");

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private BundleContext context;

    private final Api api = new Api(PORT_PROPERTY);

    @org.ops4j.pax.exam.Configuration
    public Option[] config() throws IOException {
        return Distribution.karaf(PORT_PROPERTY);
    }

    @Test
    public void theConfigApiShowsChangesAndAddsWhatTheIntegrationsUseLive() throws Exception {
        assertEquals(204, api.awaitPing().statusCode());
        sectionsOfTheInstalledIntegrationsWithSecretsRedacted();
        slackChangesReachTheRunningTaskAndConfigAdmin();
        postEndpointsAreAddedAndRemoved();
        errorsAreKapacitors();
        aSectionLeavesAndComesBackWithItsFeature();
    }

    private void sectionsOfTheInstalledIntegrationsWithSecretsRedacted() throws Exception {
        // the features' .cfg files reach ConfigAdmin a moment after boot (pitfall 10)
        HttpResponse<String> all = Api.await(() -> get(CONFIG),
                r -> SECTIONS.stream().allMatch(s -> r.body().contains("\"" + s + "\":{\"link\"")), WAIT);
        assertEquals(all.body(), 200, all.statusCode());
        for (String s : SECTIONS) {
            assertTrue(s + " in " + all.body(), all.body().contains("\"" + s + "\":{\"link\":{\"rel\":\"self\","
                    + "\"href\":\"/kapacitor/v1/config/" + s + "\"},\"elements\":["));
        }
        assertTrue(all.body(), all.body().startsWith("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config\"},"));
        HttpResponse<String> smtp = get(CONFIG + "/smtp/");
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/smtp/\"},\"options\":{"
                + "\"enabled\":false,\"from\":\"\",\"global\":false,\"host\":\"localhost\",\"idle-timeout\":\"30s\","
                + "\"no-verify\":false,\"password\":false,\"port\":25,\"state-changes-only\":false,\"to\":null,"
                + "\"username\":\"\"},\"redacted\":[\"password\"]}\n", smtp.body());
        assertEquals(200, smtp.statusCode());
    }

    private void slackChangesReachTheRunningTaskAndConfigAdmin() throws Exception {
        try (WebhookReceiver first = new WebhookReceiver(); WebhookReceiver second = new WebhookReceiver()) {
            assertEquals(204, post(CONFIG + "/slack/", "{\"set\":{\"enabled\":true,\"channel\":\"#first\","
                    + "\"url\":\"" + first.url("/hook") + "\"}}").statusCode());
            String task = "{\"id\":\"cfg\",\"type\":\"stream\",\"dbrps\":[{\"db\":\"cfg\",\"rp\":\"autogen\"}],"
                    + "\"status\":\"enabled\",\"script\":\"stream|from().measurement('cpu')"
                    + "|alert().crit(lambda: \\\"v\\\" > 90.0).message('{{ .ID }} is {{ .Level }}').slack()\"}";
            HttpResponse<String> defined = Api.await(() -> post("/kapacitor/v1/tasks", task),
                    r -> r.statusCode() == 200, WAIT);
            assertEquals(defined.body(), 200, defined.statusCode());
            assertTrue(nextAlert(first).contains("\"channel\":\"#first\""));

            assertEquals(204, post(CONFIG + "/slack/", "{\"set\":{\"channel\":\"#second\","
                    + "\"url\":\"" + second.url("/hook") + "\"}}").statusCode());
            String got = nextAlert(second);
            assertTrue(got, got.startsWith("/hook {") && got.contains("\"channel\":\"#second\""));

            Configuration slack = only(configAdmin.listConfigurations("(service.factoryPid=dev.kapacitor.alert.slack)"));
            Dictionary<String, Object> props = slack.getProperties();
            assertEquals(second.url("/hook"), props.get("url"));
            assertEquals("#second", props.get("channel"));
            assertEquals("true", props.get("enabled"));
            assertSaved("dev.kapacitor.alert.slack-default.cfg", "second");

            HttpResponse<String> shown = get(CONFIG + "/slack/");
            assertTrue(shown.body(), shown.body().contains("\"channel\":\"#second\"")
                    && shown.body().contains("\"url\":true") && shown.body().endsWith("\"redacted\":[\"url\"]}\n"));
            assertFalse("the webhook URL is a secret", shown.body().contains("/hook"));
            assertEquals(204, post(CONFIG + "/slack/", "{\"delete\":[\"channel\"]}").statusCode());
            String deleted = get(CONFIG + "/slack/").body();
            assertTrue("back to the default: " + deleted, deleted.contains("\"channel\":\"\","));
            assertEquals(204, send("DELETE", "/kapacitor/v1/tasks/cfg", null).statusCode());
        }
    }

    private void postEndpointsAreAddedAndRemoved() throws Exception {
        assertEquals(204, post(CONFIG + "/httppost",
                "{\"add\":{\"endpoint\":\"itest\",\"url\":\"http://127.0.0.1:9/x\",\"headers\":[\"A:b\"]}}").statusCode());
        HttpResponse<String> added = get(CONFIG + "/httppost/itest");
        assertEquals(added.body(), 200, added.statusCode());
        assertTrue(added.body(), added.body().startsWith("{\"link\":{\"rel\":\"self\","
                + "\"href\":\"/kapacitor/v1/config/httppost/itest\"},\"options\":{\"alert-template\":\"\","));
        assertTrue(added.body(), added.body().contains("\"endpoint\":\"itest\",\"headers\":[\"A:b\"],"));
        assertNotNull(configAdmin.listConfigurations("(&(service.factoryPid=dev.kapacitor.alert.post)(endpoint=itest))"));
        assertSaved("dev.kapacitor.alert.post-itest.cfg", "127.0.0.1:9");
        assertError(400, "failed to apply update: cannot add new override, override already exists for httppost/itest",
                post(CONFIG + "/httppost", "{\"add\":{\"endpoint\":\"itest\"}}"));

        assertEquals(204, post(CONFIG + "/httppost", "{\"remove\":[\"itest\"]}").statusCode());
        assertError(404, "unknown section/element: httppost/itest", get(CONFIG + "/httppost/itest"));
        assertEquals(null, configAdmin.listConfigurations("(&(service.factoryPid=dev.kapacitor.alert.post)(endpoint=itest))"));
        assertGone("dev.kapacitor.alert.post-itest.cfg");
    }

    private void errorsAreKapacitors() throws Exception {
        assertError(400, "failed to override configuration slack/: unknown options [nope] in section slack",
                post(CONFIG + "/slack/", "{\"set\":{\"nope\":1}}"));
        assertError(400, "failed to override configuration smtp/: cannot set option port: "
                + "cannot convert string \\\"abc\\\" into int", post(CONFIG + "/smtp/", "{\"set\":{\"port\":\"abc\"}}"));
        assertError(400, "failed to apply update: invalid update action: "
                + "element not specified, are you missing a trailing '/'?", post(CONFIG + "/smtp", "{\"set\":{\"port\":1}}"));
        assertError(400, "failed to override configuration slack/: cannot override element key workspace",
                post(CONFIG + "/slack/", "{\"set\":{\"workspace\":\"w\"}}"));
        assertError(400, "failed to apply update: section \\\"smtp\\\" is not a list, cannot add new element",
                post(CONFIG + "/smtp", "{\"add\":{\"host\":\"h\"}}"));
        assertError(400, "failed to apply update: missing key \\\"workspace\\\" in \\\"add\\\" map",
                post(CONFIG + "/slack", "{\"add\":{\"enabled\":true}}"));
        assertError(400, "failed to apply update: expected \\\"workspace\\\" key to be a string, got float64",
                post(CONFIG + "/slack", "{\"add\":{\"workspace\":1}}"));
        assertError(400, "failed to apply update: unknown section \\\"nope\\\"",
                post(CONFIG + "/nope", "{\"add\":{\"a\":\"b\"}}"));
        assertError(400, "section not specified, do you have an extra trailing '/'?", get(CONFIG + "/"));
        assertError(404, "unknown section: nope", get(CONFIG + "/nope"));
    }

    private void aSectionLeavesAndComesBackWithItsFeature() throws Exception {
        features().uninstallFeature("kapacitor-alert-exec");
        assertError(404, "unknown section: exec", Api.await(() -> get(CONFIG + "/exec"), r -> r.statusCode() == 404, WAIT));
        features().installFeature("kapacitor-alert-exec");
        HttpResponse<String> back = Api.await(() -> get(CONFIG + "/exec"), r -> r.statusCode() == 200, WAIT);
        assertEquals("{\"link\":{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/exec\"},\"elements\":[{\"link\":"
                + "{\"rel\":\"self\",\"href\":\"/kapacitor/v1/config/exec/\"},\"options\":{\"max-output-bytes\":4096,"
                + "\"timeout-ms\":10000},\"redacted\":null}]}\n", back.body());
    }

    /** Looked up when used: Karaf may have restarted its features service since the test began. */
    private FeaturesService features() {
        return context.getService(context.getServiceReference(FeaturesService.class));
    }

    /** Writes alerting points until the receiver gets one (the change reaches the handler a moment later). */
    private String nextAlert(WebhookReceiver receiver) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String got = null;
        while (got == null && System.nanoTime() < deadline) {
            send("POST", "/write?db=cfg&rp=autogen&precision=s", "cpu v=95 " + System.currentTimeMillis() / 1000);
            got = receiver.next(500);
        }
        assertNotNull("no alert reached the webhook", got);
        return got;
    }

    /** Karaf saves ConfigAdmin's changes back to the .cfg file, a moment later. */
    private static void assertSaved(String file, String text) throws Exception {
        Path cfg = Path.of(System.getProperty("karaf.etc"), file);
        long deadline = System.nanoTime() + WAIT.toNanos();
        String content = read(cfg);
        while (!content.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            content = read(cfg);
        }
        try (var files = Files.list(cfg.getParent())) {
            assertTrue(files.map(Path::getFileName).map(Path::toString).filter(n -> n.startsWith("dev.kapacitor"))
                    .toList() + content, content.contains(text));
        }
    }

    /** Karaf deletes the file of a deleted configuration after the fact (its file installer listens). */
    private static void assertGone(String file) throws Exception {
        Path cfg = Path.of(System.getProperty("karaf.etc"), file);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Files.exists(cfg) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(cfg + " still there", Files.exists(cfg));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static Configuration only(Configuration[] found) {
        assertNotNull(found);
        assertEquals(1, found.length);
        return found[0];
    }

    private static void assertError(int status, String message, HttpResponse<String> r) {
        assertEquals(r.body(), status, r.statusCode());
        assertEquals("{\n    \"error\": \"" + message + "\"\n}", r.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return api.send(method, path, body);
    }
}
