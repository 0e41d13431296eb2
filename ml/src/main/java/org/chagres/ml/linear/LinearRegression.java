package org.chagres.ml.linear;

import java.util.Objects;
import org.chagres.kernels.Backend;
import org.chagres.kernels.Backends;
import org.chagres.linalg.LeastSquares;
import org.chagres.linalg.Matrix;
import org.chagres.ml.Inputs;
import org.chagres.ml.Regressor;

/**
 * Ordinary least squares, {@code min ‖Xw + b − y‖²}: the intercept by centring X and y, the
 * weights by the rank-revealing QR least-squares solver of linalg (column-pivoted Householder
 * QR), so a rank-deficient X gives the minimum-norm solution, as scikit-learn's lstsq does;
 * the cut-off is {@code max(n, d)·ε} relative to the largest pivot.
 */
public final class LinearRegression implements Regressor<LinearModel> {

    private final boolean intercept;
    private final Backend backend;

    private LinearRegression(boolean intercept, Backend backend) {
        this.intercept = intercept;
        this.backend = backend;
    }

    /** With intercept, preferred backend. */
    public static LinearRegression withDefaults() {
        return new LinearRegression(true, null);
    }

    /** Whether to fit an intercept. */
    public LinearRegression withIntercept(boolean v) {
        return new LinearRegression(v, backend);
    }

    /** Backend for the factorisation. */
    public LinearRegression withBackend(Backend b) {
        return new LinearRegression(intercept,
                Objects.requireNonNull(b, "LinearRegression.withBackend: backend is null"));
    }

    @Override
    public LinearModel fit(double[][] x, double[] y) {
        String op = "LinearRegression.fit";
        int d = Inputs.matrix(op, x);
        Inputs.targets(op, y, x.length);
        int n = x.length;
        double[] xMean = new double[d];
        double yMean = LinearModel.centre(x, y, intercept, xMean)[0];
        Matrix a = Matrix.zeros(n, d);
        Matrix rhs = Matrix.zeros(n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                a.set(i, j, x[i][j] - xMean[j]);
            }
            rhs.set(i, 0, y[i] - yMean);
        }
        double rcond = Math.max(n, d) * Math.ulp(1.0);
        LeastSquares.Result r = LeastSquares.solve(a, rhs, rcond,
                backend != null ? backend : Backends.preferred());
        double[] w = new double[d];
        double b = yMean;
        for (int j = 0; j < d; j++) {
            w[j] = r.solution().get(j, 0);
            b -= w[j] * xMean[j];
        }
        return new LinearModel(w, intercept ? b : 0.0, r.rank(), "LinearRegression.Model");
    }
}
