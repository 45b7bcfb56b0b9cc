package dev.kapacitor.benchmarks.load;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The heap in use as each collector's GC.heap_info words it. */
public class ServerProcessTest {
    @Test
    public void readsTheHeapInUseOfG1ParallelZgcAndShenandoah() {
        assertEquals(40960L << 10, ServerProcess.heapUsed(
                " garbage-first heap   total 2097152K, used 40960K [0x0000000080000000, 0x0000000100000000)\n"));
        assertEquals(50L << 20, ServerProcess.heapUsed(" ZHeap           used 50M, capacity 378M, max capacity 6028M\n"
                + " Metaspace       used 8929K, committed 9088K, reserved 1114112K\n"));
        assertEquals(18432L << 10, ServerProcess.heapUsed("Shenandoah Heap\n 6028M max, 6028M soft max, 378M committed, "
                + "18432K used\n 3014 x 2048K regions\n"));
        assertEquals((7665L + 102850L) << 10, ServerProcess.heapUsed(
                " PSYoungGen      total 210432K, used 7665K [0x0000000782700000, 0x0000000790400000)\n"
                + "  eden space 194560K, 3% used [0x0000000782700000,0x0000000782e7c540,0x000000078e500000)\n"
                + " ParOldGen       total 258048K, used 102850K [0x0000000687400000, 0x0000000697000000)\n"
                + " Metaspace       used 127K, committed 320K, reserved 1114112K\n"));
        assertEquals(-1L, ServerProcess.heapUsed("Metaspace       used 8929K"));
    }
}
