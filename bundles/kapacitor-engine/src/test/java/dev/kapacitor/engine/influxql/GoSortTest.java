package dev.kapacitor.engine.influxql;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.Test;

public class GoSortTest {
    /** Values with a tag of where they started, to see what the sort did with equal ones. */
    private static final class Pairs implements GoSort.Data {
        final long[] values;
        final int[] origin;

        Pairs(long... values) {
            this.values = values;
            this.origin = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                origin[i] = i;
            }
        }

        @Override
        public boolean less(int i, int j) {
            return values[i] < values[j];
        }

        @Override
        public void swap(int i, int j) {
            long v = values[i];
            values[i] = values[j];
            values[j] = v;
            int o = origin[i];
            origin[i] = origin[j];
            origin[j] = o;
        }
    }

    @Test
    public void sortsLikeAnySortOnEveryLengthAndManyDuplicates() {
        Random rnd = new Random(42);
        for (int n = 0; n < 400; n += 1 + n / 10) {
            for (int range : new int[] {2, 10, 1000}) {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rnd.nextInt(range);
                }
                long[] expected = v.clone();
                Arrays.sort(expected);
                Pairs p = new Pairs(v);
                GoSort.sort(p, n);
                assertArrayEquals("n=" + n + " range=" + range, expected, p.values);
            }
        }
    }

    @Test
    public void theGap6PassReordersEqualValuesAsGoDoes() {
        Pairs p = new Pairs(2, 2, 5, 5, 5, 5, 1);
        GoSort.sort(p, 7);
        assertArrayEquals(new long[] {1, 2, 2, 5, 5, 5, 5}, p.values);
        // the first 2 was swapped with the 1 six places on, and insertion sort does not move it back
        assertArrayEquals(new int[] {6, 1, 0, 2, 3, 4, 5}, p.origin);
    }

    @Test
    public void heapPopsInOrder() {
        Pairs p = new Pairs(5, 3, 9, 1, 3, 7);
        GoSort.heapInit(p, 6);
        long[] popped = new long[6];
        for (int k = 0; k < 6; k++) {
            GoSort.heapPop(p, 6 - k);
            popped[k] = p.values[5 - k];
        }
        assertArrayEquals(new long[] {1, 3, 3, 5, 7, 9}, popped);
    }

    @Test
    public void goPowSquaresExactlyAndAgreesWithMathPowClosely() {
        Random rnd = new Random(7);
        for (int i = 0; i < 1000; i++) {
            double x = rnd.nextDouble() * 4 - 2;
            assertEquals(x * x, GoPow.pow(x, 2), 0);
            int y = rnd.nextInt(60);
            double expected = Math.pow(x, y);
            assertEquals(expected, GoPow.pow(x, y), Math.abs(expected) * 1e-14);
        }
        assertEquals(0.125, GoPow.pow(0.5, 3), 0);
        assertEquals(1, GoPow.pow(0.0, 0), 0);
        assertEquals(0, GoPow.pow(0.3, 5000), 0);
        assertEquals(Double.NEGATIVE_INFINITY, GoPow.pow(Double.NEGATIVE_INFINITY, 3), 0);
    }
}
