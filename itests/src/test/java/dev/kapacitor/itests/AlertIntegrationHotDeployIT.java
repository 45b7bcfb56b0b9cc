package dev.kapacitor.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Hashtable;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The slack integration as a hot-deployable feature of the running distribution: a script using
 * {@code .slack()} is refused while the feature is missing, naming it; once the feature is
 * installed (no restart) alerts reach a loopback webhook, and its handler shows in debug/vars
 * (without the secret URL); uninstalling it while alerts fire leaves the engine and the task
 * running. The default distribution lists the httppost and exec service tests.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlertIntegrationHotDeployIT {
    private static final String PORT_PROPERTY = "kapacitor.itest.http.port";
    private static final String FEATURE = "kapacitor-alert-slack";
    private static final long WAIT_NANOS = Duration.ofSeconds(30).toNanos();

    @Inject
    private FeaturesService features;

    @Inject
    private ConfigurationAdmin configAdmin;

    private final Api api = new Api(PORT_PROPERTY);

    @org.ops4j.pax.exam.Configuration
    public Option[] config() throws IOException {
        return Distribution.karaf(PORT_PROPERTY);
    }

    @Test
    public void slackIsInstalledAndUninstalledWhileTheEngineRuns() throws Exception {
        awaitEngine();
        HttpResponse<String> tests = send("GET", "/kapacitor/v1/service-tests", null);
        assertTrue(tests.body(), tests.body().contains("\"name\":\"httppost\"")
                && tests.body().contains("\"name\":\"exec\""));
        features.uninstallFeature(FEATURE);
        String task = "{\"id\":\"hot\",\"type\":\"stream\",\"dbrps\":[{\"db\":\"hot\",\"rp\":\"autogen\"}],"
                + "\"status\":\"enabled\",\"script\":\"stream|from().measurement('cpu')"
                + "|alert().crit(lambda: \\\"v\\\" > 90.0).message('{{ .ID }} is {{ .Level }}').slack()\"}";
        HttpResponse<String> refused = send("POST", "/kapacitor/v1/tasks", task);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("install the feature " + FEATURE));

        try (WebhookReceiver slack = new WebhookReceiver()) {
            Configuration c = configAdmin.getFactoryConfiguration("dev.kapacitor.alert.slack", "default", "?");
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("enabled", true);
            props.put("url", slack.url("/services/T/B/hook"));
            props.put("channel", "#itest");
            c.update(props);
            features.installFeature(FEATURE);

            HttpResponse<String> defined = awaitDefined(task);
            assertEquals(defined.body(), 200, defined.statusCode());
            String got = null;
            for (long deadline = System.nanoTime() + WAIT_NANOS; got == null && System.nanoTime() < deadline; ) {
                write("cpu v=95 " + (System.currentTimeMillis() / 1000));
                got = slack.next(500);
            }
            assertEquals("/services/T/B/hook {\"as_user\":false,\"attachments\":[{\"fallback\":\"cpu:nil is CRITICAL\","
                    + "\"color\":\"danger\",\"text\":\"cpu:nil is CRITICAL\",\"mrkdwn_in\":[\"text\"]}],"
                    + "\"channel\":\"#itest\",\"icon_emoji\":\"\",\"text\":\"\",\"username\":\"kapacitor\"}\n", got);
            HttpResponse<String> vars = send("GET", "/kapacitor/v1/debug/vars", null);
            assertEquals(200, vars.statusCode());
            assertTrue(vars.body(), vars.body().contains("\"name\": \"alert_handlers\"")
                    && vars.body().contains("\"handler\": \"slack\"") && !vars.body().contains("/services/T/B"));

            Thread firing = new Thread(() -> {
                try {
                    for (int i = 0; i < 200 && !Thread.currentThread().isInterrupted(); i++) {
                        write("cpu v=96 " + (System.currentTimeMillis() / 1000));
                        Thread.sleep(10);
                    }
                } catch (Exception stop) {
                    // the assertions below tell whether the engine survived
                }
            });
            firing.start();
            features.uninstallFeature(FEATURE);
            firing.join(30_000);
        }
        assertEquals(204, write("cpu v=97 " + (System.currentTimeMillis() / 1000)).statusCode());
        HttpResponse<String> state = send("GET", "/kapacitor/v1/tasks/hot", null);
        assertEquals(200, state.statusCode());
        assertTrue(state.body(), state.body().contains("\"executing\": true"));
        assertEquals(204, send("GET", "/kapacitor/v1/ping", null).statusCode());
        assertNotNull(features.getFeature(FEATURE));
    }

    /** The new handler service reaches the engine a moment after the feature is installed (pitfall 9). */
    private HttpResponse<String> awaitDefined(String task) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        HttpResponse<String> r = send("POST", "/kapacitor/v1/tasks", task);
        while (r.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = send("POST", "/kapacitor/v1/tasks", task);
        }
        return r;
    }

    private void awaitEngine() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                if (send("GET", "/kapacitor/v1/tasks", null).statusCode() == 200 || System.nanoTime() > deadline) {
                    return;
                }
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> write(String line) throws IOException, InterruptedException {
        return send("POST", "/write?db=hot&rp=autogen&precision=s", line + "\n");
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return api.send(method, path, body);
    }
}
