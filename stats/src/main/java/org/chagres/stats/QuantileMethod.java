package org.chagres.stats;

import java.util.Locale;

/**
 * The nine sample quantile definitions of Hyndman and Fan (1996), numbered as R's
 * {@code quantile(type = 1..9)}; NumPy's method names are accepted by {@link #of(String)}.
 *
 * <p>With the sorted sample {@code x[1] <= … <= x[n]} and {@code 0 <= p <= 1}, each type picks
 * {@code j = floor(n·p + m)}, {@code g = n·p + m − j} and returns
 * {@code (1 − γ)·x[j] + γ·x[j+1]} (indices clamped to {@code [1, n]}):
 * <table>
 *   <caption>Definitions</caption>
 *   <tr><th>type</th><th>NumPy name</th><th>m</th><th>γ</th></tr>
 *   <tr><td>1</td><td>inverted_cdf</td><td>0</td><td>1 if g &gt; 0, else 0</td></tr>
 *   <tr><td>2</td><td>averaged_inverted_cdf</td><td>0</td><td>1 if g &gt; 0, else 1/2</td></tr>
 *   <tr><td>3</td><td>closest_observation</td><td>−1/2</td>
 *       <td>0 if g = 0 and j even, else 1</td></tr>
 *   <tr><td>4</td><td>interpolated_inverted_cdf</td><td>0</td><td>g</td></tr>
 *   <tr><td>5</td><td>hazen</td><td>1/2</td><td>g</td></tr>
 *   <tr><td>6</td><td>weibull</td><td>p</td><td>g</td></tr>
 *   <tr><td>7</td><td>linear (R and NumPy default)</td><td>1 − p</td><td>g</td></tr>
 *   <tr><td>8</td><td>median_unbiased</td><td>(p + 1)/3</td><td>g</td></tr>
 *   <tr><td>9</td><td>normal_unbiased</td><td>p/4 + 3/8</td><td>g</td></tr>
 * </table>
 * For the discontinuous types 1–3, {@code g} within {@code 4ε} of an integer is taken as that
 * integer, as R does, so that for example {@code p = 0.3, n = 10} picks {@code x[3]} although
 * {@code 10 · 0.3} is {@code 3.0000000000000004} in binary.
 */
public enum QuantileMethod {
    /** Type 1: inverse of the empirical cdf. */
    INVERTED_CDF(1, "inverted_cdf"),
    /** Type 2: inverse cdf, averaging at discontinuities. */
    AVERAGED_INVERTED_CDF(2, "averaged_inverted_cdf"),
    /** Type 3: nearest even order statistic (SAS definition 2). */
    CLOSEST_OBSERVATION(3, "closest_observation"),
    /** Type 4: linear interpolation of the empirical cdf. */
    INTERPOLATED_INVERTED_CDF(4, "interpolated_inverted_cdf"),
    /** Type 5: piecewise linear with knots at the midpoints (Hazen). */
    HAZEN(5, "hazen"),
    /** Type 6: {@code p(k) = k/(n + 1)} (Weibull; Minitab, SPSS). */
    WEIBULL(6, "weibull"),
    /** Type 7: {@code p(k) = (k − 1)/(n − 1)} (R, NumPy and Excel default). */
    LINEAR(7, "linear"),
    /** Type 8: approximately median-unbiased, recommended by Hyndman and Fan. */
    MEDIAN_UNBIASED(8, "median_unbiased"),
    /** Type 9: approximately unbiased for normal samples (Blom). */
    NORMAL_UNBIASED(9, "normal_unbiased");

    private final int type;
    private final String numpyName;

    QuantileMethod(int type, String numpyName) {
        this.type = type;
        this.numpyName = numpyName;
    }

    /** Returns the Hyndman–Fan / R type number, 1 to 9. */
    public int type() {
        return type;
    }

    /** Returns NumPy's name for this method. */
    public String numpyName() {
        return numpyName;
    }

    /**
     * Returns the method of R's {@code type} 1 to 9.
     *
     * @throws IllegalArgumentException if type is not in 1..9
     */
    public static QuantileMethod ofType(int type) {
        if (type >= 1 && type <= 9) {
            return values()[type - 1];
        }
        throw new IllegalArgumentException(
                "QuantileMethod.ofType: type must be in 1..9, got " + type);
    }

    /**
     * Returns the method named by a NumPy name ({@code "linear"}, {@code "hazen"}, …), an R
     * name ({@code "type7"} or {@code "7"}) or this enum's constant name, ignoring case.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public static QuantileMethod of(String name) {
        if (name == null) {
            throw new NullPointerException("QuantileMethod.of: name is null");
        }
        String s = name.trim().toLowerCase(Locale.ROOT);
        for (QuantileMethod m : values()) {
            if (s.equals(m.numpyName) || s.equals(m.name().toLowerCase(Locale.ROOT))
                    || s.equals("type" + m.type) || s.equals(Integer.toString(m.type))) {
                return m;
            }
        }
        throw new IllegalArgumentException("QuantileMethod.of: unknown method, got \"" + name
                + "\" (expected a NumPy name such as linear or hazen, or type1..type9)");
    }

    /** True for the discontinuous types 1–3. */
    boolean discontinuous() {
        return type <= 3;
    }

    /**
     * The 0-based virtual index {@code n·p + α + p·(1 − α − β) − 1} of the continuous types
     * (NumPy's formula and order of operations; type 7 uses {@code (n − 1)·p} as NumPy does).
     */
    double virtualIndex(int n, double p) {
        double a;
        double b;
        switch (type) {
            case 4 -> { a = 0.0; b = 1.0; }
            case 5 -> { a = 0.5; b = 0.5; }
            case 6 -> { a = 0.0; b = 0.0; }
            case 7 -> { return (n - 1) * p; }
            case 8 -> { a = 1.0 / 3.0; b = 1.0 / 3.0; }
            case 9 -> { a = 3.0 / 8.0; b = 3.0 / 8.0; }
            default -> throw new AssertionError(type);
        }
        return n * p + (a + p * (1.0 - a - b)) - 1.0;
    }
}
