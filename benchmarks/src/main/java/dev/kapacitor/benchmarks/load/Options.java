package dev.kapacitor.benchmarks.load;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The load generator's command line: {@code --name value} pairs, each with a default. */
record Options(URI url, long pid, String db, String rp, int connections, long points, int lines, int hosts,
        List<Double> rates, int warmup, List<String> scenarios, int r3Tasks, String ttl, int churnPerBody, int churnSamples,
        String r4Cases, String payload) {

    static final String USAGE = """
            usage: LoadGenerator [--name value]...
              --url http://127.0.0.1:9092   the server
              --pid <pid>                   the server's process (default: whatever listens on the url's port)
              --scenarios write,R1,R2,R3,latency,churn,R4   which to run, in this order
                                            (also churn-no-ttl, window-memory)
              --db telegraf --rp autogen    where the cpu payload goes
              --connections 4               keep-alive connections writing at once
              --points 1000000              cpu points per scenario (bodies are built before the run)
              --lines 5000                  lines per write body
              --hosts 1000                  host tag values the cpu payload cycles through
              --payload decimals            cpu field values: decimals (two digits: 45.67) or telegraf
                                            (full precision, 16-17 digits, as Telegraf writes them)
              --rate 0                      latency: points/s, or several (100000,400000); 0: half of R1's peak
              --warmup 3                    unreported runs before each measured one (R4 cases); write, R1-R3 and
                                            latency take more until the server's JIT settles (0: none)
              --r3-tasks 100                tasks in R3
              --ttl 30s                     churn: the task's group-idle-ttl ("" for none)
              --churn-per-body 200          churn: new hosts in each body
              --churn-samples 10            churn: heap samples (after a full GC) over the run
              --r4 all                      R4 cases: all, or a comma list such as simple_T10_P5000_Matches
            """;

    static Options parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value at " + args[i] + "\n" + USAGE);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        Options o = new Options(URI.create(take(m, "url", "http://127.0.0.1:9092")),
                Long.parseLong(take(m, "pid", "0")), take(m, "db", "telegraf"), take(m, "rp", "autogen"),
                Integer.parseInt(take(m, "connections", "4")), Long.parseLong(take(m, "points", "1000000")),
                Integer.parseInt(take(m, "lines", "5000")), Integer.parseInt(take(m, "hosts", "1000")),
                Arrays.stream(take(m, "rate", "0").split(",")).map(Double::valueOf).toList(), Integer.parseInt(take(m, "warmup", "3")),
                List.of(take(m, "scenarios", "write,R1,R2,R3,latency,churn,R4").split(",")),
                Integer.parseInt(take(m, "r3-tasks", "100")), take(m, "ttl", "30s"),
                Integer.parseInt(take(m, "churn-per-body", "200")), Integer.parseInt(take(m, "churn-samples", "10")),
                take(m, "r4", "all"), take(m, "payload", "decimals"));
        if (!List.of("decimals", "telegraf").contains(o.payload())) {
            throw new IllegalArgumentException("unknown payload " + o.payload() + "\n" + USAGE);
        }
        if (!m.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + m.keySet() + "\n" + USAGE);
        }
        return o;
    }

    private static String take(Map<String, String> m, String name, String otherwise) {
        String v = m.remove(name);
        return v == null ? otherwise : v;
    }

    /** The /write path with this db and rp. */
    String writePath() {
        return "/write?db=" + db + "&rp=" + rp;
    }
}
