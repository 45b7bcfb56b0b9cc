package dev.kapacitor.engine.influxql;

import static dev.kapacitor.engine.influxql.Results.NO_SOURCE;

import dev.kapacitor.api.model.FieldType;
import java.util.Arrays;

/**
 * holtWinters() and holtWintersWithFit(): InfluxQL 1.x's damped Holt-Winters forecast. The
 * values are bucketed on the interval (gaps become NaN), the parameters (alpha, beta, gamma,
 * phi, level, trend, seasonals) are fitted by Nelder-Mead from a grid of 16 starting guesses,
 * and h points are forecast after the last point (with the fit: the fitted values from the
 * first point on, too). As in InfluxDB the fitting works on the parameter array in place.
 */
final class HoltWinters extends InfluxQLFunction {
    private static final double WEIGHT = 0.5;
    private static final double EPSILON = 1.0e-4;
    private static final double GUESS_LOWER = 0.3;
    private static final double GUESS_UPPER = 1.0;
    private static final double GUESS_STEP = 0.4;

    private final int h;
    private final int m;
    private final boolean seasonal;
    private final boolean withFit;
    private final long interval;
    private final long halfInterval;
    /** The bucketed values; NaN where a bucket had no point. */
    private double[] y = new double[16];
    private int ylen;

    HoltWinters(long h, long m, long interval, boolean withFit) {
        super("holtWinters", true);
        this.h = (int) Math.max(Math.min(h, Integer.MAX_VALUE), Integer.MIN_VALUE);
        this.m = (int) Math.max(Math.min(m, Integer.MAX_VALUE), Integer.MIN_VALUE);
        this.seasonal = m >= 2;
        this.withFit = withFit;
        this.interval = interval;
        this.halfInterval = interval / 2;
    }

    @Override
    public Output output() {
        return Output.BATCH;
    }

    @Override
    public void reduce(Column c, Results out) {
        out.start(FieldType.FLOAT);
        int l = c.n;
        if (l < 2 || seasonal && l < m || h <= 0) {
            return;
        }
        long start = roundTime(c.times[0]);
        long stop = roundTime(c.times[l - 1]);
        if ((stop - start) / interval <= 0) {
            return;
        }
        bucket(c, start);
        if (seasonal && ylen < m) {
            // too few buckets for one season: InfluxDB 1.x indexes past its data and panics
            return;
        }
        double[] forecast = forecast(h, fit());
        if (withFit) {
            long t0 = c.times[0];
            for (int i = 0; i < forecast.length; i++) {
                if (!Double.isNaN(forecast[i])) {
                    out.addFloat(forecast[i], t0 + interval * i, NO_SOURCE);
                }
            }
        } else {
            long last = c.times[l - 1];
            for (int i = ylen; i < forecast.length; i++) {
                if (!Double.isNaN(forecast[i])) {
                    out.addFloat(forecast[i], last + interval * (i - ylen + 1), NO_SOURCE);
                }
            }
        }
    }

    private long roundTime(long t) {
        long remainder = t % interval;
        if (remainder > halfInterval) {
            return (t / interval + 1) * interval;
        }
        return (t / interval) * interval;
    }

    /** One value per interval from the first point on: later points of a bucket are dropped. */
    private void bucket(Column c, long start) {
        ylen = 0;
        push(c.asDouble(0));
        long t = start;
        for (int i = 1; i < c.n; i++) {
            long rounded = roundTime(c.times[i]);
            if (rounded <= t) {
                continue;
            }
            t += interval;
            while (rounded != t) {
                push(Double.NaN);
                t += interval;
            }
            push(c.asDouble(i));
        }
    }

    private void push(double v) {
        if (ylen == y.length) {
            y = Arrays.copyOf(y, ylen * 2);
        }
        y[ylen++] = v;
    }

    /** The best parameters over the grid of starting guesses. */
    private double[] fit() {
        double[] params = initialParameters();
        double minSse = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (double alpha = GUESS_LOWER; alpha < GUESS_UPPER; alpha += GUESS_STEP) {
            for (double beta = GUESS_LOWER; beta < GUESS_UPPER; beta += GUESS_STEP) {
                for (double gamma = GUESS_LOWER; gamma < GUESS_UPPER; gamma += GUESS_STEP) {
                    for (double phi = GUESS_LOWER; phi < GUESS_UPPER; phi += GUESS_STEP) {
                        params[0] = alpha;
                        params[1] = beta;
                        params[2] = gamma;
                        params[3] = phi;
                        NelderMead.Minimum min = NelderMead.minimize(this::sse, params, EPSILON, 1);
                        if (min.value() < minSse || best == null) {
                            minSse = min.value();
                            best = min.at();
                        }
                    }
                }
            }
        }
        return best;
    }

    /** alpha, beta, gamma, phi (set by the grid), then level l0, trend b0 and the m seasonals. */
    private double[] initialParameters() {
        double l0 = 0;
        double b0 = 0;
        if (seasonal) {
            for (int i = 0; i < m; i++) {
                if (!Double.isNaN(y[i])) {
                    l0 += (1 / (double) m) * y[i];
                }
            }
            for (int i = 0; i < m && m + i < ylen; i++) {
                if (!Double.isNaN(y[i]) && !Double.isNaN(y[m + i])) {
                    b0 += 1 / (double) (m * m) * (y[m + i] - y[i]);
                }
            }
        } else {
            l0 += WEIGHT * y[0];
            if (!Double.isNaN(y[1])) {
                b0 = WEIGHT * (y[1] - y[0]);
            }
        }
        double[] p = new double[6 + (seasonal ? m : 0)];
        p[4] = l0;
        p[5] = b0;
        if (seasonal) {
            for (int i = 0; i < m; i++) {
                p[6 + i] = Double.isNaN(y[i]) ? 0 : y[i] / l0;
            }
        }
        return p;
    }

    /** The sum of squared errors of the fitted values; NaN forecasts where data exists cost infinity. */
    private double sse(double[] params) {
        double[] forecast = forecast(0, params);
        double sse = 0;
        for (int i = 0; i < forecast.length; i++) {
            if (!Double.isNaN(y[i])) {
                if (Double.isNaN(forecast[i])) {
                    return Double.POSITIVE_INFINITY;
                }
                double diff = forecast[i] - y[i];
                sse += diff * diff;
            }
        }
        return sse;
    }

    /** The fitted values then h forecasts; clamps params and runs the seasonals ring in place. */
    private double[] forecast(int horizon, double[] params) {
        constrain(params);
        double yT = y[0];
        double phi = params[3];
        double phiH = phi;
        double lT = params[4];
        double bT = params[5];
        int sm = seasonal ? params.length - 6 : 0;
        if (seasonal && sm == 1) {
            params[6] = 1;
        }
        int so = sm - 1;
        double[] out = new double[ylen + horizon];
        out[0] = yT;
        double stm = 1;
        double stmh = 1;
        for (int t = 1; t < ylen + horizon; t++) {
            if (seasonal) {
                int hm = t % sm;
                stm = params[6 + (t - sm + so) % sm];
                stmh = params[6 + (t - sm + hm + so) % sm];
            }
            double alpha = params[0];
            double beta = params[1];
            double gamma = params[2];
            double lTp = lT;
            double bTp = bT;
            lT = alpha * (yT / stm) + (1 - alpha) * (lTp + phi * bTp);
            bT = beta * (lT - lTp) + (1 - beta) * phi * bTp;
            double sT = gamma * (yT / (lTp + phi * bTp)) + (1 - gamma) * stm;
            yT = (lT + phiH * bT) * stmh;
            phiH += GoPow.pow(phi, t);
            if (seasonal) {
                params[6 + (t + so) % sm] = sT;
                so++;
            }
            out[t] = yT;
        }
        return out;
    }

    /** alpha, beta, gamma and phi into [0, 1]. */
    private static void constrain(double[] x) {
        for (int i = 0; i < 4; i++) {
            if (x[i] > 1) {
                x[i] = 1;
            }
            if (x[i] < 0) {
                x[i] = 0;
            }
        }
    }
}
