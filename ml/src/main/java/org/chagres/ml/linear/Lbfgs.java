package org.chagres.ml.linear;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, 2nd ed., algorithm 7.4 for
 * the two-loop recursion and 3.5/3.6 for a line search satisfying the strong Wolfe
 * conditions, c₁ = 1e-4, c₂ = 0.9) for smooth unconstrained minimisation. Stops when the
 * gradient's largest component is at most {@code gtol}, when the objective's relative decrease
 * falls below {@code 64·ε} (scipy's L-BFGS-B criteria as scikit-learn sets them), or after
 * {@code maxIterations}.
 */
final class Lbfgs {

    /** Objective: returns f(w) and writes ∇f(w) into g. */
    interface Objective {
        double valueAndGradient(double[] w, double[] g);
    }

    /** Outcome: iterations used and whether a stopping test (not the limit) ended the run. */
    record Result(int iterations, boolean converged, double value) {
    }

    private static final int MEMORY = 10;
    private static final double FTOL = 64 * Math.ulp(1.0);

    private Lbfgs() {
    }

    static Result minimize(Objective f, double[] w, double gtol, int maxIterations) {
        int n = w.length;
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rho = new double[MEMORY];
        double[] alpha = new double[MEMORY];
        double[] g = new double[n];
        double fx = f.valueAndGradient(w, g);
        double[] d = new double[n];
        double[] wNew = new double[n];
        double[] gNew = new double[n];
        int stored = 0;
        int head = 0;
        for (int it = 1; it <= maxIterations; it++) {
            if (maxAbs(g) <= gtol) {
                return new Result(it - 1, true, fx);
            }
            // two-loop recursion: d = −H·g
            System.arraycopy(g, 0, d, 0, n);
            for (int i = 0; i < stored; i++) {
                int j = Math.floorMod(head - 1 - i, MEMORY);
                alpha[j] = rho[j] * dot(s[j], d);
                axpy(-alpha[j], y[j], d);
            }
            double gamma = 1.0;
            if (stored > 0) {
                int last = Math.floorMod(head - 1, MEMORY);
                gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
            }
            for (int i = 0; i < n; i++) {
                d[i] *= gamma;
            }
            for (int i = stored - 1; i >= 0; i--) {
                int j = Math.floorMod(head - 1 - i, MEMORY);
                double beta = rho[j] * dot(y[j], d);
                axpy(alpha[j] - beta, s[j], d);
            }
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
            }
            double dg = dot(d, g);
            if (!(dg < 0)) {   // not a descent direction (numerical trouble): restart
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                dg = dot(d, g);
                stored = 0;
            }
            double step = stored == 0 ? Math.min(1.0, 1.0 / Math.max(1e-300, Math.sqrt(-dg)))
                    : 1.0;
            double fNew = WolfeSearch.search(f, w, fx, g, d, dg, step, wNew, gNew);
            if (Double.isNaN(fNew)) {
                return new Result(it, false, fx);   // no acceptable step: stuck
            }
            for (int i = 0; i < n; i++) {
                s[head][i] = wNew[i] - w[i];
                y[head][i] = gNew[i] - g[i];
            }
            double sy = dot(s[head], y[head]);
            boolean decreaseSmall = (fx - fNew) <= FTOL * Math.max(1.0,
                    Math.max(Math.abs(fx), Math.abs(fNew)));
            System.arraycopy(wNew, 0, w, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (sy > 0) {   // keep only pairs with positive curvature
                rho[head] = 1.0 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            if (decreaseSmall) {
                return new Result(it, true, fx);
            }
        }
        return new Result(maxIterations, maxAbs(g) <= gtol, fx);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }
}
