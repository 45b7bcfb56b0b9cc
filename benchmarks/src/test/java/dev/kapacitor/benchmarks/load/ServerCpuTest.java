package dev.kapacitor.benchmarks.load;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ServerCpuTest {

    @Test
    public void compilerAndCollectorThreadsAreToldFromTheRest() {
        assertTrue(ServerCpu.isJit("C2 CompilerThre"));
        assertTrue(ServerCpu.isJit("C1 CompilerThre"));
        assertTrue(ServerCpu.isGc("GC Thread#1"));
        assertTrue(ServerCpu.isGc("G1 Conc#0"));
        assertTrue(ServerCpu.isGc("G1 Refine#0"));
        assertFalse(ServerCpu.isJit("qtp1831867050-1"));
        assertFalse(ServerCpu.isGc("qtp1831867050-1"));
        assertFalse(ServerCpu.isGc("kapacitor-task-r1"));
        assertFalse(ServerCpu.isJit("Common-Cleaner"));
    }

    @Test
    public void thisJvmsCompilerHasWorkedAndThePartsFitInTheWhole() throws Exception {
        ServerCpu cpu = new ServerProcess(ProcessHandle.current().pid()).cpu();
        // a JVM that has run JUnit has compiled methods: a wrong name match would read 0
        assertTrue(cpu.toString(), cpu.jit() > 0);
        assertTrue(cpu.toString(), cpu.jit() + cpu.gc() <= cpu.total());
    }
}
