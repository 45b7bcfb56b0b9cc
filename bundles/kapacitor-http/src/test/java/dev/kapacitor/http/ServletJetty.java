package dev.kapacitor.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/** The servlet in a real Jetty 9.4 (what Pax Web 8 runs) on a free loopback port, mapped as the whiteboard maps it. */
final class ServletJetty implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Server server = new Server();
    final String base;

    ServletJetty(KapacitorServlet servlet) throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(servlet);
        for (String pattern : new String[] {"/kapacitor/*", "/write", "/"}) {
            context.addServlet(holder, pattern);
        }
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
