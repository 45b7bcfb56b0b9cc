package dev.kapacitor.engine.influxql;

/**
 * Go 1.10's sort.Sort and container/heap, the ones Kapacitor 1.5.0 was built with. They are
 * not stable, and InfluxQL's mode, percentile and top/bottom pick among equal values by the
 * position the sort leaves them in, so matching Kapacitor's choice needs the same algorithm:
 * introsort (median-of-three quicksort, heapsort past the depth limit) with a gap-6 shell pass
 * and insertion sort for slices of up to 12.
 */
public final class GoSort {
    /** What is sorted: Go's sort.Interface without Len. */
    public interface Data {
        boolean less(int i, int j);

        void swap(int i, int j);
    }

    private GoSort() {
    }

    public static void sort(Data d, int n) {
        int depth = 0;
        for (int i = n; i > 0; i >>= 1) {
            depth++;
        }
        quickSort(d, 0, n, depth * 2);
    }

    private static void quickSort(Data d, int a, int b, int maxDepth) {
        while (b - a > 12) {
            if (maxDepth == 0) {
                heapSort(d, a, b);
                return;
            }
            maxDepth--;
            long mid = doPivot(d, a, b);
            int mlo = (int) (mid >> 32);
            int mhi = (int) mid;
            // recurse into the smaller side, loop on the larger
            if (mlo - a < b - mhi) {
                quickSort(d, a, mlo, maxDepth);
                a = mhi;
            } else {
                quickSort(d, mhi, b, maxDepth);
                b = mlo;
            }
        }
        if (b - a > 1) {
            for (int i = a + 6; i < b; i++) {
                if (d.less(i, i - 6)) {
                    d.swap(i, i - 6);
                }
            }
            insertionSort(d, a, b);
        }
    }

    private static void insertionSort(Data d, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && d.less(j, j - 1); j--) {
                d.swap(j, j - 1);
            }
        }
    }

    private static void siftDown(Data d, int lo, int hi, int first) {
        int root = lo;
        while (true) {
            int child = 2 * root + 1;
            if (child >= hi) {
                return;
            }
            if (child + 1 < hi && d.less(first + child, first + child + 1)) {
                child++;
            }
            if (!d.less(first + root, first + child)) {
                return;
            }
            d.swap(first + root, first + child);
            root = child;
        }
    }

    private static void heapSort(Data d, int a, int b) {
        int hi = b - a;
        for (int i = (hi - 1) / 2; i >= 0; i--) {
            siftDown(d, i, hi, a);
        }
        for (int i = hi - 1; i >= 0; i--) {
            d.swap(a, a + i);
            siftDown(d, 0, i, a);
        }
    }

    private static void medianOfThree(Data d, int m1, int m0, int m2) {
        if (d.less(m1, m0)) {
            d.swap(m1, m0);
        }
        if (d.less(m2, m1)) {
            d.swap(m2, m1);
            if (d.less(m1, m0)) {
                d.swap(m1, m0);
            }
        }
    }

    /** Partitions [lo, hi) around a pivot; returns the bounds of the pivot-equal middle, packed. */
    private static long doPivot(Data d, int lo, int hi) {
        int m = (lo + hi) >>> 1;
        if (hi - lo > 40) {
            // Tukey's ninther
            int s = (hi - lo) / 8;
            medianOfThree(d, lo, lo + s, lo + 2 * s);
            medianOfThree(d, m, m - s, m + s);
            medianOfThree(d, hi - 1, hi - 1 - s, hi - 1 - 2 * s);
        }
        medianOfThree(d, lo, m, hi - 1);
        int pivot = lo;
        int a = lo + 1;
        int c = hi - 1;
        while (a < c && d.less(a, pivot)) {
            a++;
        }
        int b = a;
        while (true) {
            while (b < c && !d.less(pivot, b)) {
                b++;
            }
            while (b < c && d.less(pivot, c - 1)) {
                c--;
            }
            if (b >= c) {
                break;
            }
            d.swap(b, c - 1);
            b++;
            c--;
        }
        boolean protect = hi - c < 5;
        if (!protect && hi - c < (hi - lo) / 4) {
            int dups = 0;
            if (!d.less(pivot, hi - 1)) {
                d.swap(c, hi - 1);
                c++;
                dups++;
            }
            if (!d.less(b - 1, pivot)) {
                b--;
                dups++;
            }
            if (!d.less(m, pivot)) {
                d.swap(m, b - 1);
                b--;
                dups++;
            }
            protect = dups > 1;
        }
        if (protect) {
            // many values equal the pivot: gather them in the middle
            while (true) {
                while (a < b && !d.less(b - 1, pivot)) {
                    b--;
                }
                while (a < b && d.less(a, pivot)) {
                    a++;
                }
                if (a >= b) {
                    break;
                }
                d.swap(a, b - 1);
                a++;
                b--;
            }
        }
        d.swap(pivot, b - 1);
        return ((long) (b - 1) << 32) | (c & 0xffffffffL);
    }

    /** container/heap's Init: a min-heap under {@code less} over [0, n). */
    public static void heapInit(Data d, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            heapDown(d, i, n);
        }
    }

    /** container/heap's Pop on a heap of n: the least element ends at index n-1, the heap is [0, n-1). */
    public static void heapPop(Data d, int n) {
        d.swap(0, n - 1);
        heapDown(d, 0, n - 1);
    }

    private static void heapDown(Data d, int i, int n) {
        while (true) {
            int j = 2 * i + 1;
            if (j >= n) {
                return;
            }
            if (j + 1 < n && d.less(j + 1, j)) {
                j++;
            }
            if (!d.less(j, i)) {
                return;
            }
            d.swap(i, j);
            i = j;
        }
    }
}
