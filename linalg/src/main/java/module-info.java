/**
 * Chagres linalg: dense {@code Matrix}, {@code FloatMatrix} and {@code Vector} types,
 * blocked decompositions (LU, Cholesky, QR, SVD, eigen) and solvers on the kernels.
 */
module org.chagres.linalg {
    requires transitive org.chagres.kernels;

    exports org.chagres.linalg;
}
