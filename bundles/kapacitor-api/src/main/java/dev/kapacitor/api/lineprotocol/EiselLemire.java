package dev.kapacitor.api.lineprotocol;

import java.math.BigInteger;

/**
 * A decimal of up to 19 digits times a power of ten, correctly rounded to a double without a String (Lemire,
 * "Number Parsing at a Gigabyte per Second", 2021). The mantissa is multiplied by a 128-bit power of five;
 * where that power is truncated, the true product lies in a known interval, and when the interval's ends
 * round differently the answer is NaN, so the caller falls back to a parser that is slow but always right.
 */
final class EiselLemire {
    private static final int MIN_EXPONENT = -342;
    private static final int MAX_EXPONENT = 308;
    /** 5^q for 0 <= q <= this fits 128 bits, so its table entry is exact. */
    private static final int MAX_EXACT_POWER = 55;
    private static final long INFINITY_BITS = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
    private static final long NAN_BITS = Double.doubleToRawLongBits(Double.NaN);

    /** Per q, the power 5^q scaled by 2^SHIFT[q] into [2^127, 2^128), floored: high and low 64 bits. */
    private static final long[] HIGH = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
    private static final long[] LOW = new long[HIGH.length];
    private static final int[] SHIFT = new int[HIGH.length];
    /** 5^k while it fits a long. */
    private static final long[] FIVES = new long[28];

    static {
        FIVES[0] = 1;
        for (int k = 1; k < FIVES.length; k++) {
            FIVES[k] = FIVES[k - 1] * 5;
        }
        for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
            BigInteger five = BigInteger.valueOf(5).pow(Math.abs(q));
            int shift = q >= 0 ? 128 - five.bitLength() : 127 + five.bitLength();
            BigInteger scaled = q >= 0 ? shiftLeft(five, shift) : BigInteger.ONE.shiftLeft(shift).divide(five);
            int i = q - MIN_EXPONENT;
            HIGH[i] = scaled.shiftRight(64).longValue();
            LOW[i] = scaled.longValue();
            SHIFT[i] = shift;
        }
    }

    private EiselLemire() {
    }

    private static BigInteger shiftLeft(BigInteger n, int shift) {
        return shift >= 0 ? n.shiftLeft(shift) : n.shiftRight(-shift);
    }

    /**
     * mantissa x 10^exponent, correctly rounded (ties to even).
     *
     * @param mantissa read as unsigned: up to 19 decimal digits
     * @return the value, or NaN when it cannot be decided here or overflows
     */
    static double toDouble(long mantissa, int exponent) {
        if (mantissa == 0) {
            return 0;
        }
        if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            return Double.NaN;
        }
        int i = exponent - MIN_EXPONENT;
        int zeros = Long.numberOfLeadingZeros(mantissa);
        long m = mantissa << zeros;
        long fromLow = m * LOW[i];
        long lowHigh = unsignedMultiplyHigh(m, LOW[i]);
        long lo = m * HIGH[i] + lowHigh;
        long hi = unsignedMultiplyHigh(m, HIGH[i]) + (Long.compareUnsigned(lo, lowHigh) < 0 ? 1 : 0);
        // hi's unit is 2^binary of the value
        int binary = 128 + exponent - zeros - SHIFT[i];
        if (exponent >= 0 && exponent <= MAX_EXACT_POWER) {
            return Double.longBitsToDouble(round(hi, lo != 0 || fromLow != 0, binary));
        }
        return truncated(mantissa, exponent, hi, lo, binary);
    }

    /**
     * The power was floored, so the product (hi, lo) in units of 2^-64 of hi's unit is short by less than 2:
     * the value lies strictly between (hi, lo) and (hi, lo) + 2 in those units. Only when lo is all ones can
     * the two ends round apart; then the value is exactly hi + 1 when 5^-exponent divides the mantissa (a
     * dyadic decimal such as a tie), and undecided otherwise.
     */
    private static double truncated(long mantissa, int exponent, long hi, long lo, int binary) {
        long bits = round(hi, true, binary);
        if (lo == -1 && round(hi + 1, true, binary) != bits) {
            bits = dyadic(mantissa, exponent) ? round(hi + 1, false, binary) : NAN_BITS;
        }
        return Double.longBitsToDouble(bits);
    }

    /** Whether mantissa x 10^exponent is a multiple of a power of two. */
    private static boolean dyadic(long mantissa, int exponent) {
        return exponent < 0 && -exponent < FIVES.length && Long.remainderUnsigned(mantissa, FIVES[-exponent]) == 0;
    }

    /**
     * hi x 2^binary, plus less than one unit when {@code below} (nothing otherwise), rounded to a double's bits;
     * an overflow's are NaN's. hi's top bit is bit 62 or 63.
     */
    private static long round(long hi, boolean below, int binary) {
        int top = 63 - Long.numberOfLeadingZeros(hi);
        int leading = top + binary;
        if (leading > 1023) {
            return NAN_BITS;
        }
        // subnormals keep the bits down to 2^-1074 only
        int keep = leading >= -1022 ? 53 : leading + 1075;
        if (keep < 0) {
            return 0;
        }
        int drop = top + 1 - keep;
        long kept = drop == 64 ? 0 : hi >>> drop;
        long half = 1L << (drop - 1);
        boolean more = below || (hi & (half - 1)) != 0;
        if ((hi & half) != 0 && (more || (kept & 1) != 0)) {
            kept++;
        }
        // a normal's kept bits carry the implicit bit into the exponent field, a carry out of them too
        long bits = keep == 53 ? ((long) (leading + 1022) << 52) + kept : kept;
        return bits >= INFINITY_BITS ? NAN_BITS : bits;
    }

    /** Java 17 has only the signed high product: correct it for operands read as unsigned. */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
