package dev.kapacitor.engine.influxql;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead simplex minimizer of InfluxDB 1.x (after Michael F. Hutt's), step for step:
 * Holt-Winters forecasts must come out as InfluxQL's do. The objective may change the point
 * it is given (Holt-Winters clamps its parameters in place) and the search goes on from the
 * changed point, as in Go.
 */
final class NelderMead {
    private static final int MAX_ITERATIONS = 1000;
    private static final double REFLECTION = 1.0;
    private static final double CONTRACTION = 0.5;
    private static final double EXPANSION = 2.0;

    /** The minimum found and where. */
    record Minimum(double value, double[] at) {
    }

    private final ToDoubleFunction<double[]> objective;
    private final int n;
    private final double[][] v;
    private final double[] f;
    private final double[] vr;
    private final double[] ve;
    private final double[] vc;
    private final double[] vm;

    private NelderMead(ToDoubleFunction<double[]> objective, int n) {
        this.objective = objective;
        this.n = n;
        this.v = new double[n + 1][n];
        this.f = new double[n + 1];
        this.vr = new double[n];
        this.ve = new double[n];
        this.vc = new double[n];
        this.vm = new double[n];
    }

    static Minimum minimize(ToDoubleFunction<double[]> objective, double[] start, double epsilon, double scale) {
        NelderMead m = new NelderMead(objective, start.length);
        m.initialSimplex(start, scale);
        return m.run(epsilon);
    }

    private void initialSimplex(double[] start, double scale) {
        double pn = scale * (Math.sqrt(n + 1) - 1 + n) / (n * Math.sqrt(2));
        double qn = scale * (Math.sqrt(n + 1) - 1) / (n * Math.sqrt(2));
        System.arraycopy(start, 0, v[0], 0, n);
        for (int i = 1; i <= n; i++) {
            for (int j = 0; j < n; j++) {
                v[i][j] = (i - 1 == j ? pn : qn) + start[j];
            }
        }
        for (int j = 0; j <= n; j++) {
            f[j] = objective.applyAsDouble(v[j]);
        }
    }

    private Minimum run(double epsilon) {
        for (int itr = 1; itr <= MAX_ITERATIONS; itr++) {
            step();
            if (spread() < epsilon) {
                break;
            }
        }
        int vs = 0;
        for (int i = 0; i <= n; i++) {
            if (f[i] < f[vs]) {
                vs = i;
            }
        }
        double[] at = v[vs].clone();
        return new Minimum(objective.applyAsDouble(v[vs]), at);
    }

    private void step() {
        int vg = 0;
        int vs = 0;
        for (int i = 0; i <= n; i++) {
            if (f[i] > f[vg]) {
                vg = i;
            }
            if (f[i] < f[vs]) {
                vs = i;
            }
        }
        int vh = vs;
        for (int i = 0; i <= n; i++) {
            if (f[i] > f[vh] && f[i] < f[vg]) {
                vh = i;
            }
        }
        for (int i = 0; i < n; i++) {
            double cent = 0;
            for (int m = 0; m <= n; m++) {
                if (m != vg) {
                    cent += v[m][i];
                }
            }
            vm[i] = cent / n;
        }
        for (int i = 0; i < n; i++) {
            vr[i] = vm[i] + REFLECTION * (vm[i] - v[vg][i]);
        }
        double fr = objective.applyAsDouble(vr);
        if (fr < f[vh] && fr >= f[vs]) {
            replace(vg, vr, fr);
        }
        if (fr < f[vs]) {
            expand(vg, fr);
        }
        if (fr >= f[vh]) {
            contract(vg, vh, vs, fr);
        }
    }

    private void expand(int vg, double fr) {
        for (int i = 0; i < n; i++) {
            ve[i] = vm[i] + EXPANSION * (vr[i] - vm[i]);
        }
        double fe = objective.applyAsDouble(ve);
        if (fe < fr) {
            replace(vg, ve, fe);
        } else {
            replace(vg, vr, fr);
        }
    }

    private void contract(int vg, int vh, int vs, double fr) {
        if (fr < f[vg] && fr >= f[vh]) {
            for (int i = 0; i < n; i++) {
                vc[i] = vm[i] + CONTRACTION * (vr[i] - vm[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                vc[i] = vm[i] - CONTRACTION * (vm[i] - v[vg][i]);
            }
        }
        double fc = objective.applyAsDouble(vc);
        if (fc < f[vg]) {
            replace(vg, vc, fc);
            return;
        }
        // the contraction failed: shrink every vertex halfway towards the best one
        for (int row = 0; row <= n; row++) {
            if (row != vs) {
                for (int i = 0; i < n; i++) {
                    v[row][i] = v[vs][i] + (v[row][i] - v[vs][i]) / 2.0;
                }
            }
        }
        f[vg] = objective.applyAsDouble(v[vg]);
        f[vh] = objective.applyAsDouble(v[vh]);
    }

    private void replace(int vertex, double[] with, double value) {
        System.arraycopy(with, 0, v[vertex], 0, n);
        f[vertex] = value;
    }

    /** The standard deviation of the values at the vertices: the convergence test. */
    private double spread() {
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            sum += f[i];
        }
        double avg = sum / (n + 1);
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double d = f[i] - avg;
            s += d * d / n;
        }
        return Math.sqrt(s);
    }
}
