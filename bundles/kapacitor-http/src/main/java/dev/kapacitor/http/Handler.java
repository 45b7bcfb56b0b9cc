package dev.kapacitor.http;

import java.io.IOException;

/** Answers one route. */
@FunctionalInterface
interface Handler {
    void handle(Exchange ex) throws IOException;
}
