package dev.kapacitor.http;

/** GET and HEAD /kapacitor/v1/ping: 204, with the version header every answer carries. */
final class PingResource {
    private PingResource() {
    }

    static void ping(Exchange ex) {
        ex.noContent();
    }
}
