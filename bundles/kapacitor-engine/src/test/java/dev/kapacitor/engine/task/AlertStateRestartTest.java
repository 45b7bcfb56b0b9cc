package dev.kapacitor.engine.task;

import static dev.kapacitor.engine.task.PersistenceTest.waitFor;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.DBRPS;
import static dev.kapacitor.engine.task.TaskStoreServiceTest.def;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.task.TaskStatus;
import dev.kapacitor.engine.Engine;
import dev.kapacitor.engine.alert.CaptureHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * Alert state outlives a restart (Kapacitor #744, #1898): a CRITICAL already sent is not sent
 * again, a recovery after the restart is; deleting the task deletes the state.
 */
public class AlertStateRestartTest {
    private static final String SCRIPT = "stream|from().measurement('m')|alert().id('a').message('{{ .Level }}')"
            + ".details('').crit(lambda: \"v\" > 90).stateChangesOnly().capture('c')";

    private static Engine open(Path dir, CaptureHandlers capture) throws Exception {
        Engine e = Engine.open(new Engine.Settings(dir, 1000, 1000));
        e.alertHandlers().add("capture", capture);
        return e;
    }

    private static void write(Engine e, String line) {
        e.master().writePoints("db", "rp", LineProtocolParser.parse(
                line.getBytes(StandardCharsets.UTF_8), Precision.SECONDS, 0, "db", "rp").points());
    }

    @Test
    public void aRestartRemembersWhatWasSentAndADeleteForgetsIt() throws Exception {
        Path dir = Files.createTempDirectory("kapacitor-alert-state");
        CaptureHandlers before = new CaptureHandlers();
        try (Engine e = open(dir, before)) {
            e.tasks().create(def("t", SCRIPT, DBRPS, TaskStatus.ENABLED));
            write(e, "m v=95 1");
            waitFor(() -> before.received.size() == 1);
        }
        assertEquals(List.of("CRITICAL(OK) a: CRITICAL"), before.summary("c"));
        assertTrue(Files.exists(dir.resolve("alerts/topics/main%3At%3Aalert2.json")));

        CaptureHandlers after = new CaptureHandlers();
        // the handler is installed after the stored tasks loaded: the task starts when it appears
        try (Engine e = open(dir, after)) {
            waitFor(() -> e.master().isExecuting("t"));
            write(e, "m v=96 2");
            write(e, "m v=10 5");
            waitFor(() -> after.received.size() == 1);
            assertEquals(List.of("OK(CRITICAL) a: OK"), after.summary("c"));
            assertEquals(4_000_000_000L, after.received.get(0).event().duration().toNanos());

            e.tasks().delete("t");
            assertFalse(Files.exists(dir.resolve("alerts/topics/main%3At%3Aalert2.json")));
            e.tasks().create(def("t", SCRIPT.replace("v\" > 90", "v\" > 5"), DBRPS, TaskStatus.ENABLED));
            write(e, "m v=10 6");
            waitFor(() -> after.received.size() == 2);
            assertEquals(List.of("OK(CRITICAL) a: OK", "CRITICAL(OK) a: CRITICAL"), after.summary("c"));
        }
    }
}
