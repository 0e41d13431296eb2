package org.chagres.ml.bayes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.chagres.ml.ClassifierModel;
import org.chagres.ml.Inputs;
import org.chagres.ml.Probabilities;
import org.chagres.ml.io.Codec;
import org.chagres.ml.io.Persistable;

/**
 * What the three naive Bayes models share: classes, log priors, and turning each sample's joint
 * log-likelihoods {@code log P(c) + log P(x | c)} into a prediction (the largest) and
 * probabilities (normalised with a max-shifted log-sum-exp, so tiny likelihoods do not
 * underflow to 0/0).
 */
public abstract sealed class NaiveBayesModel implements ClassifierModel, Persistable
        permits GaussianNaiveBayes.Model, MultinomialNaiveBayes.Model,
        BernoulliNaiveBayes.Model {

    final int[] classes;
    final double[] logPrior;
    final int features;

    NaiveBayesModel(int[] classes, double[] logPrior, int features) {
        this.classes = classes;
        this.logPrior = logPrior;
        this.features = features;
    }

    @Override
    public int[] classes() {
        return classes.clone();
    }

    @Override
    public int featureCount() {
        return features;
    }

    /** log P(c) for each class, in {@link #classes()} order. */
    public double[] logPriors() {
        return logPrior.clone();
    }

    /** Joint log-likelihood of class c for sample x (already validated). */
    abstract double jointLogLikelihood(double[] x, int c);

    /** The operation name for messages, e.g. "GaussianNaiveBayes.Model". */
    abstract String name();

    /** {@code log P(c) + log P(x | c)} for every row of X and class. */
    public double[][] jointLogLikelihood(double[][] x) {
        Inputs.matrix(name() + ".jointLogLikelihood", x, features);
        return jll(x);
    }

    private double[][] jll(double[][] x) {
        double[][] out = new double[x.length][classes.length];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < classes.length; c++) {
                out[i][c] = jointLogLikelihood(x[i], c);
            }
        }
        return out;
    }

    @Override
    public int[] predict(double[][] x) {
        Inputs.matrix(name() + ".predict", x, features);
        return Probabilities.labels(jll(x), classes);
    }

    @Override
    public double[][] predictProba(double[][] x) {
        Inputs.matrix(name() + ".predictProba", x, features);
        return Probabilities.softmaxRows(jll(x));
    }

    /** Writes classes, priors and feature count, then the subclass's fields. */
    @Override
    public final void writeTo(DataOutput out) throws IOException {
        Codec.ints(out, classes);
        Codec.doubles(out, logPrior);
        out.writeInt(features);
        writeFields(out);
    }

    abstract void writeFields(DataOutput out) throws IOException;

    /** A deep copy of a [class][feature] table, for the models' accessors. */
    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The common header read back: classes, log priors, feature count. */
    record Header(int[] classes, double[] logPrior, int features) {
        static Header read(DataInput in) throws IOException {
            int[] c = Codec.ints(in);
            double[] p = Codec.doubles(in);
            int f = in.readInt();
            if (c.length != p.length || c.length == 0 || f < 1) {
                throw new IOException("naive Bayes header: " + c.length + " classes, "
                        + p.length + " priors, " + f + " features");
            }
            return new Header(c, p, f);
        }
    }

    /** log of each class's share of y (indices into classes). */
    static double[] logPriors(int[] encoded, int k) {
        double[] counts = new double[k];
        for (int c : encoded) {
            counts[c]++;
        }
        double[] lp = new double[k];
        for (int c = 0; c < k; c++) {
            lp[c] = Math.log(counts[c] / encoded.length);
        }
        return lp;
    }
}
