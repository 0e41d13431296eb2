package org.chagres.ml.linear;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.linalg.LeastSquares;
import org.chagres.linalg.Matrix;
import org.chagres.ml.Inputs;
import org.chagres.ml.Regressor;

/**
 * Ridge regression, {@code min ‖Xw + b − y‖² + α‖w‖²} (the intercept is not penalised): the
 * intercept by centring, the weights as the least-squares solution of the augmented system
 * {@code [X; √α·I]·w = [y; 0]} by Householder QR — the same minimiser as the normal equations
 * {@code (XᵀX + αI)w = Xᵀy} without squaring X's condition number.
 */
public final class Ridge implements Regressor<LinearModel> {

    private final double alpha;
    private final boolean intercept;
    private final Backend backend;

    private Ridge(double alpha, boolean intercept, Backend backend) {
        this.alpha = alpha;
        this.intercept = intercept;
        this.backend = backend;
    }

    /** α = 1, with intercept. */
    public static Ridge withDefaults() {
        return new Ridge(1.0, true, null);
    }

    /** Regularisation strength α > 0. */
    public Ridge withAlpha(double v) {
        return new Ridge(Inputs.positive("Ridge.withAlpha", "alpha", v), intercept, backend);
    }

    /** Whether to fit an intercept. */
    public Ridge withIntercept(boolean v) {
        return new Ridge(alpha, v, backend);
    }

    /** Backend for the factorisation. */
    public Ridge withBackend(Backend b) {
        return new Ridge(alpha, intercept,
                Objects.requireNonNull(b, "Ridge.withBackend: backend is null"));
    }

    @Override
    public LinearModel fit(double[][] x, double[] y) {
        String op = "Ridge.fit";
        int d = Inputs.matrix(op, x);
        Inputs.targets(op, y, x.length);
        int n = x.length;
        double[] xMean = new double[d];
        double yMean = LinearModel.centre(x, y, intercept, xMean)[0];
        Matrix a = Matrix.zeros(n + d, d);
        Matrix rhs = Matrix.zeros(n + d, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                a.set(i, j, x[i][j] - xMean[j]);
            }
            rhs.set(i, 0, y[i] - yMean);
        }
        double s = Math.sqrt(alpha);
        for (int j = 0; j < d; j++) {
            a.set(n + j, j, s);
        }
        Matrix sol = LeastSquares.solve(a, rhs, backend != null ? backend : Backends.preferred());
        double[] w = new double[d];
        double b = yMean;
        for (int j = 0; j < d; j++) {
            w[j] = sol.get(j, 0);
            b -= w[j] * xMean[j];
        }
        return new LinearModel(w, intercept ? b : 0.0, d, "Ridge.Model");
    }
}
