#!/usr/bin/env bash
# On a machine with an NVIDIA GPU: builds the native cuBLAS loop, runs it, then the Java
# CudaGemmBench and CublasCallBench from the bench uber-jar, so the two can be compared in one
# session. Needs libcudart and libcublas (CUDA toolkit or pip's nvidia-* wheels; set
# CUDART and CUBLAS to their paths if the loader cannot find them).
#   bench/native/run-cuda-bench.sh [sizes...]      e.g. 1024 4096 16384
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${OUT:-bench/report/cuda-$(date +%Y%m%d-%H%M)}"
mkdir -p "$out"
gcc -O2 -o "$out/cublas_gemm_loop" bench/native/cublas_gemm_loop.c -ldl
"$out/cublas_gemm_loop" "${CUDART:-libcudart.so}" "${CUBLAS:-libcublas.so}" "$@" \
    | tee "$out/native.tsv"
jar=$(ls bench/target/chagres-bench-*.jar | grep -v original | head -n 1)
java=${JAVA:-java}
sizes=$(IFS=,; echo "${*:-1024,2048,4096,8192,16384}")
"$java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "$jar" org.openjdk.jmh.Main \
    'CudaGemmBench|CublasCallBench' -p n="$sizes" -rf json -rff "$out/jmh.json" \
    | tee "$out/jmh.txt"
echo "results in $out"
