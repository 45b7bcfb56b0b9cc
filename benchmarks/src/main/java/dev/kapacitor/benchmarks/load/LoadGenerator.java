package dev.kapacitor.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The end-to-end load generator (issue #7): POSTs the cpu payload to a running server's /write over
 * keep-alive connections and reports points/s, request latency, write-to-alert latency, and the
 * server's CPU time per point, RSS and heap after GC. See benchmarks/README.md; {@code run-load.sh}
 * starts a distribution and runs this against it.
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(o, System.out);
    }

    static void run(Options o, PrintStream out) throws IOException, InterruptedException {
        KapacitorApi api = new KapacitorApi(o.url());
        if (!api.ping()) {
            throw new IOException("no ping from " + o.url());
        }
        ServerProcess server = o.pid() > 0 ? new ServerProcess(o.pid()) : ServerProcess.listeningOn(o.url().getPort());
        Target target = new Target(o.url(), api, server);
        out.printf("server %s, pid %d; %d connections, %,d points per scenario in bodies of %,d lines, %d hosts%n",
                o.url(), server.pid(), o.connections(), o.points(), o.lines(), o.hosts());
        Scenarios scenarios = new Scenarios(o, target, out);
        out.println(Measurement.header());
        for (String s : o.scenarios()) {
            scenarios.run(s.trim());
        }
    }
}
