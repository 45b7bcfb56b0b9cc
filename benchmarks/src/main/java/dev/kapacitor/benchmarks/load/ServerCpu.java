package dev.kapacitor.benchmarks.load;

/**
 * The server's CPU time so far, and the parts of it its JIT compiler threads and its garbage
 * collector's threads took: over a run of a few seconds after a start, C2 compiling the parser
 * can take a third of the server's CPU, which a warm server does not pay.
 *
 * @param total every thread, user plus system
 * @param jit the C1 and C2 compiler threads that are alive when read (HotSpot may retire some)
 * @param gc the collector's worker, marking, refinement and service threads
 */
record ServerCpu(long total, long jit, long gc) {

    ServerCpu minus(ServerCpu before) {
        return new ServerCpu(total - before.total, jit - before.jit, gc - before.gc);
    }

    /** Whose CPU a thread's name ({@code /proc/<pid>/task/<tid>/comm}, at most 15 characters) counts as. */
    static boolean isJit(String threadName) {
        return threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler");
    }

    static boolean isGc(String threadName) {
        // G1: "GC Thread#0", "G1 Main Marker", "G1 Conc#0", "G1 Refine#0", "G1 Service"; Parallel: "GC Thread#0"
        return threadName.startsWith("GC Thread") || threadName.startsWith("G1 ");
    }
}
