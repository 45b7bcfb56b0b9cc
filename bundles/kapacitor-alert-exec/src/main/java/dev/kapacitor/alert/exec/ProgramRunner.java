package dev.kapacitor.alert.exec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one program to its end, feeding it standard input and keeping the start of its output. */
final class ProgramRunner {
    private final long timeoutMillis;
    private final int maxOutput;

    ProgramRunner(long timeoutMillis, int maxOutput) {
        this.timeoutMillis = timeoutMillis;
        this.maxOutput = maxOutput;
    }

    /**
     * @throws IOException when the program cannot start, exits non-zero or outlives the timeout
     * @throws InterruptedException when the engine gives up on the handler; the program is killed
     */
    void run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        OutputDrain drain = new OutputDrain(p.getInputStream(), maxOutput);
        drain.start();
        try {
            feed(p.getOutputStream(), stdin);
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("exec command failed: killed after " + timeoutMillis + " ms, output: "
                        + drain.text());
            }
            drain.join(timeoutMillis);
            if (p.exitValue() != 0) {
                throw new IOException("exec command failed: exit status " + p.exitValue() + ", output: "
                        + drain.text());
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /** Programs may exit without reading their input: a broken pipe is theirs to decide, not an error. */
    private static void feed(OutputStream in, String stdin) {
        try (in) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedByProgram) {
            // the exit status tells whether the program failed
        }
    }

    /** Reads the program's output on its own thread, so a chatty program never blocks on a full pipe. */
    private static final class OutputDrain extends Thread {
        private final InputStream out;
        private final int max;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        OutputDrain(InputStream out, int max) {
            super("kapacitor-exec-output");
            setDaemon(true);
            this.out = out;
            this.max = max;
        }

        @Override
        public void run() {
            byte[] buf = new byte[4096];
            try (out) {
                for (int n; (n = out.read(buf)) >= 0; ) {
                    synchronized (kept) {
                        kept.write(buf, 0, Math.max(0, Math.min(n, max - kept.size())));
                    }
                }
            } catch (IOException closed) {
                // the process ended or was killed
            }
        }

        String text() {
            synchronized (kept) {
                return kept.toString(StandardCharsets.UTF_8).strip();
            }
        }
    }
}
