/*
 * cublas_gemm_loop: what cuBLAS reaches from native code on this GPU, the bar for
 * CudaGemmBench's device-resident rows. For each size it allocates A, B, C on the device,
 * runs a warm-up, then times `reps` back-to-back gemm calls with CUDA events and prints one
 * tab-separated line: precision, n, reps, milliseconds per call, GFLOP/s. It also times a
 * cheap call (cublasSetStream_v2) in a loop to give the native per-call cost that the FFM
 * overhead is compared with.
 *
 * libcudart and libcublas are opened with dlopen and the few prototypes are declared here, so
 * the program builds with plain gcc, without the CUDA headers:
 *   gcc -O2 -o cublas_gemm_loop cublas_gemm_loop.c -ldl
 *   ./cublas_gemm_loop [libcudart.so path] [libcublas.so path] [sizes...]
 * (nvcc builds it too: nvcc -O2 -o cublas_gemm_loop cublas_gemm_loop.c -ldl)
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int (*malloc_f)(void **, size_t);
typedef int (*free_f)(void *);
typedef int (*memset_f)(void *, int, size_t);
typedef int (*sync_f)(void);
typedef int (*event_create_f)(void **);
typedef int (*event_record_f)(void *, void *);
typedef int (*event_sync_f)(void *);
typedef int (*event_elapsed_f)(float *, void *, void *);
typedef int (*create_f)(void **);
typedef int (*set_stream_f)(void *, void *);
typedef int (*dgemm_f)(void *, int, int, int, int, int, const double *, const double *, int,
                       const double *, int, const double *, double *, int);
typedef int (*sgemm_f)(void *, int, int, int, int, int, const float *, const float *, int,
                       const float *, int, const float *, float *, int);
typedef int (*gemm_ex_f)(void *, int, int, int, int, int, const void *, const void *, int, int,
                         const void *, int, int, const void *, void *, int, int, int, int);

static void *sym(void *lib, const char *name) {
    void *p = dlsym(lib, name);
    if (!p) {
        fprintf(stderr, "missing symbol %s: %s\n", name, dlerror());
        exit(2);
    }
    return p;
}

#define CHECK(call) do { int s_ = (call); if (s_ != 0) { \
    fprintf(stderr, "%s failed with status %d\n", #call, s_); exit(3); } } while (0)

int main(int argc, char **argv) {
    const char *cudart_path = argc > 1 ? argv[1] : "libcudart.so";
    const char *cublas_path = argc > 2 ? argv[2] : "libcublas.so";
    void *rt = dlopen(cudart_path, RTLD_NOW | RTLD_GLOBAL);
    void *bl = rt ? dlopen(cublas_path, RTLD_NOW | RTLD_GLOBAL) : NULL;
    if (!rt || !bl) {
        fprintf(stderr, "cannot open %s / %s: %s\n", cudart_path, cublas_path, dlerror());
        return 2;
    }
    malloc_f cuda_malloc = (malloc_f) sym(rt, "cudaMalloc");
    free_f cuda_free = (free_f) sym(rt, "cudaFree");
    memset_f cuda_memset = (memset_f) sym(rt, "cudaMemset");
    sync_f cuda_sync = (sync_f) sym(rt, "cudaDeviceSynchronize");
    event_create_f ev_create = (event_create_f) sym(rt, "cudaEventCreate");
    event_record_f ev_record = (event_record_f) sym(rt, "cudaEventRecord");
    event_sync_f ev_sync = (event_sync_f) sym(rt, "cudaEventSynchronize");
    event_elapsed_f ev_elapsed = (event_elapsed_f) sym(rt, "cudaEventElapsedTime");
    create_f blas_create = (create_f) sym(bl, "cublasCreate_v2");
    set_stream_f set_stream = (set_stream_f) sym(bl, "cublasSetStream_v2");
    dgemm_f dgemm = (dgemm_f) sym(bl, "cublasDgemm_v2");
    sgemm_f sgemm = (sgemm_f) sym(bl, "cublasSgemm_v2");
    gemm_ex_f gemm_ex = (gemm_ex_f) sym(bl, "cublasGemmEx");

    void *h;
    CHECK(blas_create(&h));
    void *start, *stop;
    CHECK(ev_create(&start));
    CHECK(ev_create(&stop));

    /* native cost of a trivial cuBLAS call, for the FFM-overhead comparison */
    struct timespec t0, t1;
    const int calls = 1000000;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < calls; i++) {
        set_stream(h, NULL);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / calls;
    printf("call\tcublasSetStream_v2\t%d\t%.1f ns/call\n", calls, ns);

    int default_sizes[] = {1024, 2048, 4096, 8192, 16384};
    int nsizes = argc > 3 ? argc - 3 : 5;
    const char *modes[] = {"double", "float", "tf32", "bf16"};
    for (int s = 0; s < nsizes; s++) {
        int n = argc > 3 ? atoi(argv[3 + s]) : default_sizes[s];
        for (int mode = 0; mode < 4; mode++) {
            size_t elem = mode == 0 ? 8 : 4;
            size_t bytes = (size_t) n * n * elem;
            void *a, *b, *c;
            if (cuda_malloc(&a, bytes) || cuda_malloc(&b, bytes) || cuda_malloc(&c, bytes)) {
                printf("%s\t%d\tskipped: not enough device memory\n", modes[mode], n);
                continue;
            }
            CHECK(cuda_memset(a, 0, bytes));
            CHECK(cuda_memset(b, 0, bytes));
            double one = 1.0, zero = 0.0;
            float onef = 1.0f, zerof = 0.0f;
            /* CUBLAS_COMPUTE_32F_FAST_TF32 = 77, _FAST_16BF = 75, CUDA_R_32F = 0 */
            int compute = mode == 2 ? 77 : 75;
            int reps = n <= 2048 ? 50 : n <= 8192 ? 10 : 3;
            for (int r = -2; r < reps; r++) {
                if (r == 0) {
                    CHECK(ev_record(start, NULL));
                }
                if (mode == 0) {
                    CHECK(dgemm(h, 0, 0, n, n, n, &one, a, n, b, n, &zero, c, n));
                } else if (mode == 1) {
                    CHECK(sgemm(h, 0, 0, n, n, n, &onef, a, n, b, n, &zerof, c, n));
                } else {
                    CHECK(gemm_ex(h, 0, 0, n, n, n, &onef, a, 0, n, b, 0, n, &zerof, c, 0, n,
                                  compute, -1));
                }
            }
            CHECK(ev_record(stop, NULL));
            CHECK(ev_sync(stop));
            float ms;
            CHECK(ev_elapsed(&ms, start, stop));
            double per = ms / reps;
            printf("%s\t%d\t%d\t%.4f ms\t%.1f GFLOP/s\n", modes[mode], n, reps, per,
                   2.0 * n * (double) n * n / (per * 1e6));
            cuda_free(a);
            cuda_free(b);
            cuda_free(c);
        }
    }
    CHECK(cuda_sync());
    return 0;
}
