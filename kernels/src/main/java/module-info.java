/**
 * Chagres kernels: the backend SPI, the scalar reference backend and the Vector API backend.
 * BLAS levels 1–3, element-wise operations and reductions, in double and float.
 */
module org.chagres.kernels {
    requires jdk.incubator.vector;

    exports org.chagres.kernels;

    uses org.chagres.kernels.BackendProvider;

    provides org.chagres.kernels.BackendProvider with
            org.chagres.kernels.scalar.ScalarBackendProvider,
            org.chagres.kernels.simd.SimdBackendProvider;
}
