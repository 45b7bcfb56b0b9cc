package dev.kapacitor.engine.nodes;

/** The k-of-n index combinations combine() walks, in lexicographic order, as Kapacitor counts and orders them. */
final class Combinations {
    private Combinations() {
    }

    /** n choose k, with Kapacitor's int64 arithmetic; -1 when n < k. */
    static long count(long n, long k) {
        if (n < k) {
            return -1;
        }
        long count = 1;
        for (long i = 0; i < k; i++) {
            count = (count * (n - i)) / (i + 1);
        }
        return count;
    }

    /** Receives each combination; the array is reused, copy what must outlive the call. */
    @FunctionalInterface
    interface Action {
        void accept(int[] indices);
    }

    /** Calls the action with every combination of k indices out of n (k <= n). */
    static void forEach(int n, int k, Action action) {
        int[] indices = new int[k];
        for (int i = 0; i < k; i++) {
            indices[i] = i;
        }
        action.accept(indices);
        while (true) {
            int i = k - 1;
            while (i >= 0 && indices[i] == i + n - k) {
                i--;
            }
            if (i < 0) {
                return;
            }
            indices[i]++;
            for (int j = i + 1; j < k; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            action.accept(indices);
        }
    }
}
