package dev.kapacitor.benchmarks.load;

import java.net.URI;

/** The server under load: its URL, its API and its process. */
record Target(URI url, KapacitorApi api, ServerProcess server) {
}
