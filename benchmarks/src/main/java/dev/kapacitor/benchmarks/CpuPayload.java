package dev.kapacitor.benchmarks;

import dev.kapacitor.api.lineprotocol.LineProtocolParser;
import dev.kapacitor.api.lineprotocol.ParseResult;
import dev.kapacitor.api.lineprotocol.Precision;
import dev.kapacitor.api.model.Point;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Telegraf-like cpu write bodies, {@code cpu,host=<host>,cpu=cpu0 usage_idle=<f>,usage_user=<f> <ts>}:
 * each body cycles through the hosts in order, one point per host per second, as many agents
 * reporting to one server would. Seeded, so every run measures the same bytes.
 */
public final class CpuPayload {
    public static final String DATABASE = "telegraf";
    public static final String RETENTION_POLICY = "autogen";
    /** Lines in one write body. */
    public static final int LINES = 5000;
    private static final long START = 1_500_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final String[] hosts;
    private final SplittableRandom random;
    private final boolean usageUser;
    private final boolean fullPrecision;

    /** @param hosts the host tag values the lines cycle through */
    public CpuPayload(String[] hosts, long seed) {
        this(hosts, seed, true, false);
    }

    private CpuPayload(String[] hosts, long seed, boolean usageUser, boolean fullPrecision) {
        this.hosts = hosts.clone();
        this.random = new SplittableRandom(seed);
        this.usageUser = usageUser;
        this.fullPrecision = fullPrecision;
    }

    /** Lines without usage_user: {@code cpu,host=<host>,cpu=cpu0 usage_idle=<f> <ts>}, one float field. */
    public static CpuPayload idleOnly(String[] hosts, long seed) {
        return new CpuPayload(hosts, seed, false, false);
    }

    /**
     * Floats as Telegraf writes them, computed ratios in the shortest text that reads back: mostly 16 or 17
     * significant digits ({@code usage_idle=98.28514056224899}).
     */
    public static CpuPayload telegraf(String[] hosts, long seed) {
        return new CpuPayload(hosts, seed, true, true);
    }

    /** Hosts h0 .. h(n-1). */
    public static String[] numberedHosts(int n) {
        String[] h = new String[n];
        for (int i = 0; i < n; i++) {
            h[i] = "h" + i;
        }
        return h;
    }

    /** Hosts alternating web0, db1, web2, db3 ...: half of them match /web.* /. */
    public static String[] webAndDbHosts(int n) {
        String[] h = new String[n];
        for (int i = 0; i < n; i++) {
            h[i] = (i % 2 == 0 ? "web" : "db") + i;
        }
        return h;
    }

    /** The {@code index}-th body of {@link #LINES} lines; bodies follow each other in time. */
    public byte[] body(int index) {
        return body(index, LINES);
    }

    /** The {@code index}-th body of {@code lines} lines; bodies of the same size follow each other in time. */
    public byte[] body(int index, int lines) {
        StringBuilder sb = new StringBuilder(lines * 80);
        long first = (long) index * lines;
        for (int i = 0; i < lines; i++) {
            long line = first + i;
            String host = hosts[(int) (line % hosts.length)];
            long time = START + secondOf(line, hosts.length) * SECOND;
            sb.append("cpu,host=").append(host).append(",cpu=cpu0 usage_idle=").append(usage());
            if (usageUser) {
                sb.append(",usage_user=").append(usage());
            }
            sb.append(' ').append(time).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A percentage spread over 0..100: two decimals, or (Telegraf's) full precision, never in E notation. */
    private double usage() {
        return fullPrecision ? 0.01 + random.nextDouble() * 99.98 : random.nextInt(10_000) / 100.0;
    }

    /** The data time of line {@code line} (counted over all bodies), in seconds after the first line's. */
    public static long secondOf(long line, int hosts) {
        return line / hosts;
    }

    /** The points of a body, as the /write endpoint hands them on. */
    public static List<Point> parse(byte[] body) {
        ParseResult r = LineProtocolParser.parse(body, Precision.NANOSECONDS, 0, DATABASE, RETENTION_POLICY);
        if (r.hasErrors()) {
            throw new IllegalStateException(r.errorMessage());
        }
        return r.points();
    }
}
