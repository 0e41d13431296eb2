package org.chagres.linalg;

/**
 * A determinant written as {@code sign · exp(logAbs)}, so that it neither overflows nor
 * underflows: {@code det(2I₁₀₀₀) = 2¹⁰⁰⁰} is {@code (1, 693.147…)}.
 *
 * <ul>
 *   <li>singular matrix: sign 0, logAbs −∞;</li>
 *   <li>0×0 matrix: sign 1, logAbs 0 (the empty product);</li>
 *   <li>NaN in the input: sign NaN, logAbs NaN.</li>
 * </ul>
 *
 * @param sign −1, 0 or +1 (NaN when the input held NaN)
 * @param logAbs log|det|
 */
public record LogDeterminant(double sign, double logAbs) {

    /** {@code sign · exp(logAbs)}: the determinant, ±∞ or 0 where it leaves the double range. */
    public double value() {
        return sign == 0.0 ? 0.0 : sign * Math.exp(logAbs);
    }
}
