package org.chagres.ml.io;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Length-prefixed arrays for model payloads; a length outside its limit means corruption. */
public final class Codec {

    /** No array in a model file is longer than this (2³¹ − 9, Java's array limit). */
    private static final int MAX = Integer.MAX_VALUE - 8;

    private Codec() {
    }

    /** Writes n, then n doubles. */
    public static void doubles(DataOutput out, double[] a) throws IOException {
        out.writeInt(a.length);
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    /** Reads what {@link #doubles(DataOutput, double[])} wrote. */
    public static double[] doubles(DataInput in) throws IOException {
        double[] a = new double[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
        return a;
    }

    /** Writes n, then n ints. */
    public static void ints(DataOutput out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    /** Reads what {@link #ints(DataOutput, int[])} wrote. */
    public static int[] ints(DataInput in) throws IOException {
        int[] a = new int[length(in)];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    /** Writes rows, then each row with {@link #doubles(DataOutput, double[])}. */
    public static void matrix(DataOutput out, double[][] a) throws IOException {
        out.writeInt(a.length);
        for (double[] row : a) {
            doubles(out, row);
        }
    }

    /** Reads what {@link #matrix(DataOutput, double[][])} wrote. */
    public static double[][] matrix(DataInput in) throws IOException {
        double[][] a = new double[length(in)][];
        for (int i = 0; i < a.length; i++) {
            a[i] = doubles(in);
        }
        return a;
    }

    /** Reads a length and checks it is in [0, MAX]. */
    public static int length(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX) {
            throw new IOException("array length " + n + " is impossible");
        }
        return n;
    }

    /** Reads an int and checks it is in [lo, hi]. */
    public static int bounded(DataInput in, String what, int lo, int hi) throws IOException {
        int v = in.readInt();
        if (v < lo || v > hi) {
            throw new IOException(what + " " + v + " outside [" + lo + ", " + hi + "]");
        }
        return v;
    }
}
