package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * {@code .tcp('host:port')}: opens a connection per event and writes the event JSON followed by
 * two newlines, as Kapacitor 1.5 does (its encoder ends the line, then it adds another).
 */
final class TcpHandlerFactory implements AlertHandlerFactory {
    private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder().args(OptionType.STRING).build();

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        String address = (String) options.args().get(0);
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("invalid tcp address " + address + ": missing port");
        }
        String host = address.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid tcp address " + address + ": bad port", e);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new TcpHandler(bare, port);
    }

    private record TcpHandler(String host, int port) implements AlertHandler {
        @Override
        public void handle(AlertEvent event) throws IOException {
            byte[] body = (event.json() + "\n\n").getBytes(StandardCharsets.UTF_8);
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
                OutputStream out = s.getOutputStream();
                out.write(body);
                out.flush();
            }
        }
    }
}
