#!/usr/bin/env bash
# Regenerates the cudart and cuBLAS bindings with jextract (https://jdk.java.net/jextract/),
# for users who have it; jextract cannot be installed from the registries our CI reaches, so
# the committed classes come from gen_bindings.py and are checked against the real header by
# CudaRuntimeApiHeaderTest. The output goes to ffm-cuda/target/jextract for comparison.
#   ffm-cuda/tools/jextract-bindings.sh [CUDA include dir] [cuBLAS include dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
inc="${1:-${CUDA_HOME:-/usr/local/cuda}/include}"
cublas_inc="${2:-$inc}"
out="$here/../target/jextract"
command -v jextract >/dev/null || { echo "jextract not on PATH; get it from https://jdk.java.net/jextract/" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"

# the functions bound by hand in CudaRuntimeApi / CublasApi, read from their DESCRIPTORS
functions() { grep -o 'm.put("[A-Za-z0-9_]*"' "$here/../src/main/java/org/chagres/cuda/bind/$1.java" | cut -d'"' -f2; }

args=()
for f in $(functions CudaRuntimeApi); do args+=(--include-function "$f"); done
jextract --output "$out" --target-package org.chagres.cuda.bind.jextract \
    --header-class-name cuda_runtime_api_h --library cudart "${args[@]}" \
    -I "$inc" "$inc/cuda_runtime_api.h"

args=()
for f in $(functions CublasApi); do args+=(--include-function "$f"); done
jextract --output "$out" --target-package org.chagres.cuda.bind.jextract \
    --header-class-name cublas_api_h --library cublas "${args[@]}" \
    -I "$inc" -I "$cublas_inc" "$cublas_inc/cublas_api.h"
echo "jextract output in $out (compare with src/main/java/org/chagres/cuda/bind)"
