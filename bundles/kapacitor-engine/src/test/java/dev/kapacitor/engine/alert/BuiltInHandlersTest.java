package dev.kapacitor.engine.alert;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.HandlerOptions;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class BuiltInHandlersTest {
    private static HandlerOptions options(List<Object> args, Map<String, List<List<Object>>> calls) {
        return new HandlerOptions("t", "alert2", args, calls);
    }

    @Test
    public void logAppendsOneJsonLinePerEventToAFileItCreatesWithTheMode() throws Exception {
        Path dir = Files.createTempDirectory("alertlog");
        Path file = dir.resolve("alerts.log");
        AlertHandler h = new LogHandlerFactory().create(options(List.of(file.toString()),
                Map.of("mode", List.of(List.of(0640L)))));
        h.handle(HandlerQueueTest.event("a"));
        h.handle(HandlerQueueTest.event("b"));
        assertEquals("{}\n{}\n", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path other = dir.resolve("default.log");
        new LogHandlerFactory().create(options(List.of(other.toString()), Map.of())).handle(HandlerQueueTest.event("a"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(other)));
    }

    @Test
    public void logNeedsAnAbsolutePathAndAWritableMode() {
        assertEquals("failed to create log alert handler: log path must be absolute: a.log is not absolute",
                assertThrows(IllegalArgumentException.class,
                        () -> new LogHandlerFactory().create(options(List.of("a.log"), Map.of()))).getMessage());
        assertEquals("failed to create log alert handler: invalid file mode 444, must be user writable",
                assertThrows(IllegalArgumentException.class, () -> new LogHandlerFactory().create(
                        options(List.of("/tmp/a.log"), Map.of("mode", List.of(List.of(0444L)))))).getMessage());
    }

    @Test
    public void tcpWritesTheEventJsonAndTwoNewlinesPerConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            AlertHandler h = new TcpHandlerFactory().create(options(List.of("127.0.0.1:" + server.getLocalPort()), Map.of()));
            Thread t = new Thread(() -> {
                try {
                    h.handle(HandlerQueueTest.event("a"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                assertEquals("{}\n\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            t.join(5000);
        }
    }
}
