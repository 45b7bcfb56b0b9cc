package dev.kapacitor.http;

import dev.kapacitor.http.json.GoJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One request and its answer, with the few things every Kapacitor route needs. */
final class Exchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String path;
    private QueryString query;

    Exchange(HttpServletRequest request, HttpServletResponse response, String path) {
        this.request = request;
        this.response = response;
        this.path = path;
    }

    String method() {
        return request.getMethod();
    }

    /** The decoded path, with /kapacitor/v1preview already rewritten to /kapacitor/v1. */
    String path() {
        return path;
    }

    /** The path and query as the client sent them, what Kapacitor's list links show. */
    String requestUri() {
        String q = request.getQueryString();
        return q == null ? request.getRequestURI() : request.getRequestURI() + "?" + q;
    }

    /** The first value of a query parameter, or "". */
    String param(String name) {
        return query().get(name);
    }

    List<String> params(String name) {
        return query().all(name);
    }

    private QueryString query() {
        if (query == null) {
            query = QueryString.parse(request.getQueryString());
        }
        return query;
    }

    String header(String name) {
        return request.getHeader(name);
    }

    /** The whole raw body. */
    byte[] body() throws IOException {
        try (InputStream in = request.getInputStream()) {
            int length = request.getContentLength();
            if (length < 0) {
                return in.readAllBytes();
            }
            return in.readNBytes(length);
        }
    }

    /** The Content-Length of the request, or -1 when it has none. */
    int contentLength() {
        return request.getContentLength();
    }

    InputStream bodyStream() throws IOException {
        return request.getInputStream();
    }

    void noContent() {
        response.setStatus(204);
    }

    /** Pretty JSON, as Kapacitor's API answers. */
    void json(int status, Object value) throws IOException {
        send(status, GoJson.pretty(value));
    }

    /** Compact JSON, as httpOut answers. */
    void compactJson(int status, Object value) throws IOException {
        send(status, GoJson.compact(value));
    }

    /** As Go's json.NewEncoder(w).Encode: compact and newline ended. */
    void encoded(int status, Object value) throws IOException {
        byte[] json = GoJson.compact(value);
        byte[] body = java.util.Arrays.copyOf(json, json.length + 1);
        body[json.length] = '\n';
        send(status, body);
    }

    /** A body written by hand (Go's expvar output is not one encoder's). */
    void raw(int status, String body) throws IOException {
        send(status, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void error(int status, String message) throws IOException {
        json(status, GoJson.object().put("error", message));
    }

    private void send(int status, byte[] body) throws IOException {
        response.setStatus(status);
        String accepts = request.getHeader("Accept-Encoding");
        if (accepts != null && accepts.contains("gzip")) {
            response.setHeader("Content-Encoding", "gzip");
            try (OutputStream out = new GZIPOutputStream(response.getOutputStream())) {
                out.write(body);
            }
            return;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
