package dev.kapacitor.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's side as Linux and the JDK's tools show it: CPU time from /proc/&lt;pid&gt;/stat,
 * RSS from /proc/&lt;pid&gt;/status, heap used after a full GC from {@code jcmd}. CPU time per
 * point is the figure that survives a machine shared with other work.
 */
final class ServerProcess {
    /** G1 and Parallel, per generation ("total 2097152K, used 40960K"), ZGC ("ZHeap used 50M"), Shenandoah ("18432K used"). */
    private static final Pattern[] HEAP_USED = {Pattern.compile("total \\d+K, used (\\d+)([KMG])"),
        Pattern.compile("ZHeap\\s+used (\\d+)([KMG])"), Pattern.compile("(\\d+)([KMG]) used")};
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final long pid;
    private final long nanosPerTick;

    ServerProcess(long pid) {
        this.pid = pid;
        this.nanosPerTick = 1_000_000_000L / clockTicksPerSecond();
    }

    long pid() {
        return pid;
    }

    /** The process listening on 127.0.0.1:{@code port} (or on every address), found through /proc. */
    static ServerProcess listeningOn(int port) throws IOException {
        String inode = listeningInode(port);
        if (inode == null) {
            throw new IOException("nothing listens on port " + port);
        }
        String wanted = "socket:[" + inode + "]";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                if (ownsSocket(proc, wanted)) {
                    return new ServerProcess(Long.parseLong(proc.getFileName().toString()));
                }
            }
        }
        throw new IOException("no readable process owns the socket on port " + port + "; give --pid");
    }

    private static String listeningInode(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            List<String> rows = Files.readAllLines(Path.of(table));
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.trim().split("\\s+");
                // local_address ends with the port; state 0A is LISTEN; the inode is the 10th column
                if (f[1].endsWith(hexPort) && f[3].equals("0A")) {
                    return f[9];
                }
            }
        }
        return null;
    }

    private static boolean ownsSocket(Path proc, String wanted) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                if (wanted.equals(Files.readSymbolicLink(fd).toString())) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            // another user's process, or one that just ended
        }
        return false;
    }

    /** User plus system CPU time of every thread of the server so far. */
    long cpuNanos() throws IOException {
        return ticks(Path.of("/proc/" + pid + "/stat")) * nanosPerTick;
    }

    /** The CPU time so far, with the shares of the JIT's and the collector's threads. */
    ServerCpu cpu() throws IOException {
        long jit = 0;
        long gc = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).strip();
                    if (ServerCpu.isJit(name)) {
                        jit += ticks(task.resolve("stat"));
                    } else if (ServerCpu.isGc(name)) {
                        gc += ticks(task.resolve("stat"));
                    }
                } catch (IOException e) {
                    // the thread ended while we listed them
                }
            }
        }
        return new ServerCpu(cpuNanos(), jit * nanosPerTick, gc * nanosPerTick);
    }

    /** utime plus stime of a /proc stat file, a process's or one thread's. */
    private static long ticks(Path stat) throws IOException {
        String s = Files.readString(stat, StandardCharsets.US_ASCII);
        // the fields after the command name, which is in parentheses and may hold spaces
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    /** Resident set size in bytes. */
    long rssBytes() throws IOException {
        Matcher m = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
        if (!m.find()) {
            throw new IOException("no VmRSS for pid " + pid);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    /** Heap in use right after a full collection that {@code jcmd GC.run} asks for. */
    long heapUsedAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long used = heapUsed(info);
        if (used < 0) {
            throw new IOException("jcmd GC.heap_info gave no heap in use: " + info);
        }
        return used;
    }

    /**
     * The heap in use, in bytes, as GC.heap_info words it for the collector in use; -1 if unknown.
     * Parallel (and Serial) give each generation its own "total, used" line: they add up.
     */
    static long heapUsed(String heapInfo) {
        for (Pattern p : HEAP_USED) {
            Matcher m = p.matcher(heapInfo);
            long used = -1;
            while (m.find()) {
                used = Math.max(used, 0) + bytes(m);
                if (p != HEAP_USED[0]) {
                    break;
                }
            }
            if (used >= 0) {
                return used;
            }
        }
        return -1;
    }

    private static long bytes(Matcher m) {
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    String jcmd(String... command) throws IOException, InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = jcmdExecutable();
        args[1] = Long.toString(pid);
        System.arraycopy(command, 0, args, 2, command.length);
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroy();
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String jcmdExecutable() {
        Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(beside) ? beside.toString() : "jcmd";
    }

    private static long clockTicksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100; // USER_HZ on every Linux the JDK supports
        }
    }
}
