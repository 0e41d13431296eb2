/**
 * Chagres on CUDA: libcudart and cuBLAS called through the FFM API (no JNI), the {@code cuda}
 * backend (found by ServiceLoader; never chosen by itself) and device-resident buffers for
 * chained GPU work. Needs {@code --enable-native-access=org.chagres.cuda} (or ALL-UNNAMED).
 */
module org.chagres.cuda {
    requires org.chagres.kernels;

    exports org.chagres.cuda;
    exports org.chagres.cuda.bind;

    provides org.chagres.kernels.BackendProvider with org.chagres.cuda.CudaBackendProvider;
}
