package dev.kapacitor.alert.exec;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.alert.HandlerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Real shell scripts as the programs. */
public class ExecHandlerFactoryTest {
    private static final String JSON = "{\"id\":\"cpu:nil\",\"message\":\"cpu:nil is CRITICAL\",\"level\":\"CRITICAL\"}";

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private Path script(String body) throws IOException {
        Path p = tmp.newFile().toPath();
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private static AlertEvent event() {
        return AlertEvent.builder().id("cpu:nil").time(Instant.EPOCH).level(AlertLevel.CRITICAL).json(JSON).build();
    }

    private static HandlerOptions exec(Object... args) {
        return new HandlerOptions("t", "alert2", List.of(args), Map.of());
    }

    @Test
    public void theProgramGetsItsArgumentsAndTheEventJsonOnStdin() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("out");
        Path s = script("printf '%s|%s\\n' \"$1\" \"$2\" > \"$3\"; cat >> \"$3\"");
        new ExecHandlerFactory().create(exec(s.toString(), "a b", "c", out.toString())).handle(event());
        assertEquals("a b|c\n" + JSON + "\n", Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    public void aNonZeroExitIsAnErrorWithTheExitStatusAndOutput() throws Exception {
        Path s = script("cat > /dev/null; echo 'no route to pager' >&2; exit 3");
        IOException e = assertThrows(IOException.class,
                () -> new ExecHandlerFactory().create(exec(s.toString())).handle(event()));
        assertEquals("exec command failed: exit status 3, output: no route to pager", e.getMessage());
    }

    @Test
    public void aProgramIgnoringStdinAndExitingZeroIsFine() throws Exception {
        Path s = script("exit 0");
        new ExecHandlerFactory().create(exec(s.toString())).handle(event());
    }

    @Test
    public void aProgramOutlivingTheTimeoutIsKilled() throws Exception {
        Path s = script("echo started; exec sleep 20");
        ExecHandlerFactory f = new ExecHandlerFactory();
        f.runner(new ProgramRunner(300, 100));
        long t0 = System.nanoTime();
        IOException e = assertThrows(IOException.class, () -> f.create(exec(s.toString())).handle(event()));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertEquals("exec command failed: killed after 300 ms, output: started", e.getMessage());
    }

    @Test
    public void aMissingProgramFailsToStartAndTheOutputKeptIsBounded() throws Exception {
        assertThrows(IOException.class,
                () -> new ExecHandlerFactory().create(exec("/nonexistent/prog")).handle(event()));
        Path s = script("yes x | head -c 100000; exit 1");
        ExecHandlerFactory f = new ExecHandlerFactory();
        f.runner(new ProgramRunner(5000, 10));
        assertEquals("exec command failed: exit status 1, output: x\nx\nx\nx\nx", assertThrows(IOException.class,
                () -> f.create(exec(s.toString())).handle(event())).getMessage());
        assertEquals("exec needs a program", assertThrows(IllegalArgumentException.class,
                () -> f.create(exec(""))).getMessage());
    }

    @Test
    public void eventsRunOneProgramEach() throws Exception {
        Path out = tmp.getRoot().toPath().resolve("count");
        Path s = script("cat > /dev/null; echo run >> \"$1\"");
        var h = new ExecHandlerFactory().create(exec(s.toString(), out.toString()));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            h.handle(event());
            expected.add("run");
        }
        assertEquals(expected, Files.readAllLines(out));
    }

    @Test
    public void theServiceTestRunsProgWithArgsAndATestAlert() throws Exception {
        ExecHandlerFactory f = new ExecHandlerFactory();
        assertEquals("{prog=, args=[]}", f.options().toString());
        Path out = tmp.getRoot().toPath().resolve("out");
        Path s = script("printf '%s\\n' \"$1\" > \"$2\"; cat >> \"$2\"");
        Map<String, Object> o = f.options();
        o.put("prog", s.toString());
        o.put("args", List.of("x y", out.toString()));
        f.test(o);
        String got = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals("x y\n{\"id\":\"test\",\"message\":\"test exec message\",\"details\":\"\",\"time\":\"T\","
                + "\"duration\":0,\"level\":\"CRITICAL\",\"data\":{\"series\":null},\"previousLevel\":\"OK\","
                + "\"recoverable\":true}\n", got.replaceFirst("\"time\":\"[^\"]+\"", "\"time\":\"T\""));
    }

    @Test
    public void theServiceTestFailsWithoutProgOrWithAFailingOne() throws Exception {
        ExecHandlerFactory f = new ExecHandlerFactory();
        assertEquals("exec needs a program",
                assertThrows(IllegalArgumentException.class, () -> f.test(f.options())).getMessage());
        Map<String, Object> o = f.options();
        o.put("prog", script("echo nope; exit 3").toString());
        assertEquals("exec command failed: exit status 3, output: nope",
                assertThrows(IOException.class, () -> f.test(o)).getMessage());
    }
}
