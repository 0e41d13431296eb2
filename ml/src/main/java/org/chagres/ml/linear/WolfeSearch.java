package org.chagres.ml.linear;

/**
 * Line search for the strong Wolfe conditions by bracketing and zoom (Nocedal and Wright,
 * algorithms 3.5 and 3.6), with cubic-free bisection-safeguarded quadratic interpolation.
 */
final class WolfeSearch {

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;
    private static final int MAX_EVALS = 50;

    private WolfeSearch() {
    }

    /**
     * Finds a step t along d from w; writes w + t·d into wNew and its gradient into gNew and
     * returns f there, or NaN when no acceptable step was found.
     */
    static double search(Lbfgs.Objective f, double[] w, double f0, double[] g0, double[] d,
            double dg0, double t0, double[] wNew, double[] gNew) {
        double tPrev = 0;
        double fPrev = f0;
        double dgPrev = dg0;
        double t = t0;
        for (int evals = 0; evals < MAX_EVALS; evals++) {
            double ft = eval(f, w, d, t, wNew, gNew);
            double dgt = Lbfgs.dot(gNew, d);
            if (ft > f0 + C1 * t * dg0 || (evals > 0 && ft >= fPrev)) {
                return zoom(f, w, f0, dg0, d, tPrev, fPrev, dgPrev, t, ft, wNew, gNew,
                        MAX_EVALS - evals);
            }
            if (Math.abs(dgt) <= -C2 * dg0) {
                return ft;
            }
            if (dgt >= 0) {
                return zoom(f, w, f0, dg0, d, t, ft, dgt, tPrev, fPrev, wNew, gNew,
                        MAX_EVALS - evals);
            }
            tPrev = t;
            fPrev = ft;
            dgPrev = dgt;
            t *= 2;
        }
        return Double.NaN;
    }

    private static double zoom(Lbfgs.Objective f, double[] w, double f0, double dg0,
            double[] d, double lo, double fLo, double dgLo, double hi, double fHi,
            double[] wNew, double[] gNew, int budget) {
        for (int i = 0; i < budget; i++) {
            // minimiser of the quadratic through (lo, fLo) with slope dgLo and (hi, fHi)
            double span = hi - lo;
            double denom = 2 * (fHi - fLo - dgLo * span);
            double t = denom > 0 ? lo - dgLo * span * span / denom : lo + span / 2;
            double min = Math.min(lo, hi);
            double max = Math.max(lo, hi);
            double guard = 0.1 * (max - min);
            if (!(t > min + guard && t < max - guard)) {
                t = lo + span / 2;   // interpolation left the safe interval: bisect
            }
            double ft = eval(f, w, d, t, wNew, gNew);
            double dgt = Lbfgs.dot(gNew, d);
            if (ft > f0 + C1 * t * dg0 || ft >= fLo) {
                hi = t;
                fHi = ft;
            } else {
                if (Math.abs(dgt) <= -C2 * dg0) {
                    return ft;
                }
                if (dgt * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                }
                lo = t;
                fLo = ft;
                dgLo = dgt;
            }
            if (Math.abs(hi - lo) <= 1e-16 * Math.max(1.0, Math.abs(lo))) {
                break;
            }
        }
        // accept the best point seen if it decreased f at all
        double ft = eval(f, w, d, lo, wNew, gNew);
        return lo > 0 && ft < f0 ? ft : Double.NaN;
    }

    private static double eval(Lbfgs.Objective f, double[] w, double[] d, double t,
            double[] wNew, double[] gNew) {
        for (int i = 0; i < w.length; i++) {
            wNew[i] = w[i] + t * d[i];
        }
        return f.valueAndGradient(wNew, gNew);
    }
}
