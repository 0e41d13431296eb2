package org.chagres.ml.linear;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.Inputs;
import org.chagres.ml.RegressorModel;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/** A fitted linear regression model {@code ŷ = w·x + b}: least squares or ridge. */
public final class LinearModel implements RegressorModel, Persistable {

    private final double[] w;
    private final double b;
    private final int rank;
    private final String name;

    LinearModel(double[] w, double b, int rank, String name) {
        this.w = w;
        this.b = b;
        this.rank = rank;
        this.name = name;
    }

    @Override
    public String formatName() {
        return "LinearModel";
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        Codec.doubles(out, w);
        out.writeDouble(b);
        out.writeInt(rank);
        out.writeUTF(name);
    }

    /** Reads what {@link #writeTo} wrote (used by ModelIO). */
    public static LinearModel readFrom(DataInput in) throws IOException {
        double[] w = Codec.doubles(in);
        if (w.length == 0) {
            throw new IOException("linear model without weights");
        }
        return new LinearModel(w, in.readDouble(), in.readInt(), in.readUTF());
    }

    /** The weights w, one per feature. */
    public double[] coefficients() {
        return w.clone();
    }

    /** The intercept b (0 when fitted without one). */
    public double intercept() {
        return b;
    }

    /** Numerical rank of the (centred) design matrix. */
    public int rank() {
        return rank;
    }

    @Override
    public int featureCount() {
        return w.length;
    }

    @Override
    public double[] predict(double[][] x) {
        Inputs.matrix(name + ".predict", x, w.length);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = b;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[i][j];
            }
            out[i] = s;
        }
        return out;
    }

    /** Column means of X and the mean of y, for centring (zeros without an intercept). */
    static double[] centre(double[][] x, double[] y, boolean intercept, double[] xMean) {
        int d = xMean.length;
        double yMean = 0;
        if (intercept) {
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < d; j++) {
                    xMean[j] += x[i][j];
                }
                yMean += y[i];
            }
            for (int j = 0; j < d; j++) {
                xMean[j] /= x.length;
            }
            yMean /= x.length;
        }
        return new double[] {yMean};
    }
}
