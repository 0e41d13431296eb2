#!/usr/bin/env python3
"""Generates org.chagres.cuda.bind.CudaRuntimeApi and CublasApi from the C prototypes below.

The prototypes are copied from cuda_runtime_api.h and cublas_api.h (CUDA 13); the layouts
follow the x86-64 System V ABI (int and enums: JAVA_INT, size_t and long long: JAVA_LONG,
pointers and opaque handles: ADDRESS). The output has the shape jextract gives a header: one
class per header, one static final MethodHandle per function. Users who have jextract can use
jextract-bindings.sh instead; CudaRuntimeApiHeaderTest checks the result against the header.
Usage: python3 ffm-cuda/tools/gen_bindings.py
"""
import os
import re
import sys
def parse(proto):
    m = re.match(r'\s*(.+?)\s*\b(\w+)\s*\((.*)\)\s*;?\s*$', proto)
    ret, name, params = m.group(1), m.group(2), m.group(3)
    ps = []
    if params.strip() not in ('', 'void'):
        for p in params.split(','):
            p = p.strip()
            pm = re.match(r'(.*?)(\w+)\s*$', p)
            ps.append((pm.group(1).strip(), pm.group(2)))
    return ret, name, ps
def layout(t):
    t = t.replace('const','').replace('struct','').replace('enum','').strip()
    if '*' in t or t in ('cudaStream_t','cudaEvent_t','cublasHandle_t'): return 'ADDRESS','MemorySegment'
    if t in ('size_t','long long','long long int','int64_t'): return 'JAVA_LONG','long'
    if t in ('float',): return 'JAVA_FLOAT','float'
    if t in ('double',): return 'JAVA_DOUBLE','double'
    return 'JAVA_INT','int'   # int, unsigned int, enums, status codes
import textwrap
def wrapline(prefix, body, suffix, indent):
    one = prefix + body + suffix
    if len(one) <= 100: return one
    items = body.split(', ')
    lines, cur = [], ''
    for i, it in enumerate(items):
        piece = it + (', ' if i < len(items) - 1 else suffix)
        if len(indent) + len(cur) + len(piece.rstrip()) > 100 and cur:
            lines.append(cur.rstrip()); cur = ''
        cur += piece
    lines.append(cur.rstrip())
    return prefix.rstrip() + '\n' + '\n'.join(indent + l for l in lines)
def javadoc(cproto):
    one = '    /** {@code %s;} */' % cproto
    if len(one) <= 100: return [one]
    lines = textwrap.wrap(cproto + ';', 88, subsequent_indent='        ')
    return ['    /**', '     * <pre>{@code'] + ['     * ' + l for l in lines] + ['     * }</pre>', '     */']
def gen(cls, header, lib, protos, doc):
    out = []
    out.append('package org.chagres.cuda.bind;\n')
    out.append('import static java.lang.foreign.ValueLayout.ADDRESS;')
    out.append('import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;')
    out.append('import static java.lang.foreign.ValueLayout.JAVA_FLOAT;')
    out.append('import static java.lang.foreign.ValueLayout.JAVA_INT;')
    out.append('import static java.lang.foreign.ValueLayout.JAVA_LONG;\n')
    out.append('import java.lang.foreign.FunctionDescriptor;')
    out.append('import java.lang.foreign.Linker;')
    out.append('import java.lang.foreign.MemorySegment;')
    out.append('import java.lang.invoke.MethodHandle;')
    out.append('import java.util.Collections;')
    out.append('import java.util.LinkedHashMap;')
    out.append('import java.util.Map;')
    out.append('import org.chagres.cuda.CudaLibraries;\n')
    out.append('/**')
    for l in doc: out.append(' * ' + l if l else ' *')
    out.append(' */')
    out.append('@SuppressWarnings({"checkstyle:MethodName", "checkstyle:TypeName"})')
    out.append('public final class %s {\n' % cls)
    out.append('    private %s() {\n    }\n' % cls)
    out.append('    /** Every bound function\'s name and descriptor, in header order. */')
    out.append('    public static final Map<String, FunctionDescriptor> DESCRIPTORS = descriptors();\n')
    out.append('    private static Map<String, FunctionDescriptor> descriptors() {')
    out.append('        Map<String, FunctionDescriptor> m = new LinkedHashMap<>();')
    for p in protos:
        ret, name, ps = parse(p)
        args = ', '.join(layout(t)[0] for t, _ in ps)
        if ret == 'void':
            out.append('        m.put("%s", FunctionDescriptor.ofVoid(%s));' % (name, args))
        else:
            r = layout(ret)[0]
            line = '        m.put("%s", FunctionDescriptor.of(%s%s));' % (name, r, (', ' + args) if args else '')
            if len(line) > 100:
                parts = [r] + [layout(t)[0] for t, _ in ps]
                wrapped = textwrap.wrap(', '.join(parts), 84)
                line = '        m.put("%s", FunctionDescriptor.of(\n' % name + '\n'.join('                ' + w for w in wrapped) + '));'
            out.append(line)
    out.append('        return Collections.unmodifiableMap(m);')
    out.append('    }\n')
    out.append('    private static MethodHandle downcall(String name) {')
    out.append('        MemorySegment address = CudaLibraries.%s().lookup()' % lib)
    out.append('                .orElseThrow(() -> new IllegalStateException(CudaLibraries.%s().reason()))' % lib)
    out.append('                .find(name)')
    out.append('                .orElseThrow(() -> new UnsatisfiedLinkError(name + " not exported by "')
    out.append('                        + CudaLibraries.%s().origin()));' % lib)
    out.append('        return Linker.nativeLinker().downcallHandle(address, DESCRIPTORS.get(name));')
    out.append('    }\n')
    for p in protos:
        ret, name, ps = parse(p)
        jret = 'void' if ret == 'void' else layout(ret)[1]
        jparams = ', '.join('%s %s' % (layout(t)[1], n) for t, n in ps)
        jargs = ', '.join(n for _, n in ps)
        cproto = re.sub(r'\s+', ' ', p.strip().rstrip(';'))
        cproto = cproto.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('*/','*&#47;')
        out.append('    /** Holder of the handle of {@code %s}. */' % name)
        out.append('    private static final class %s {' % name)
        out.append('        static final MethodHandle HANDLE = downcall("%s");' % name)
        out.append('    }\n')
        out.extend(javadoc(cproto))
        out.append(wrapline('    public static %s %s(' % (jret, name), jparams, ') {', '            '))
        out.append('        try {')
        if jret == 'void':
            out.append(wrapline('            %s.HANDLE.invokeExact(' % name, jargs, ');', '                    '))
        else:
            out.append(wrapline('            return (%s) %s.HANDLE.invokeExact(' % (jret, name), jargs, ');', '                    '))
        out.append('        } catch (Throwable t) {')
        out.append('            throw Bindings.rethrow("%s", t);' % name)
        out.append('        }')
        out.append('    }\n')
    out.append('}')
    return '\n'.join(out) + '\n'
cudart = """cudaError_t cudaGetDeviceCount(int *count);
cudaError_t cudaGetDeviceProperties(struct cudaDeviceProp *prop, int device);
cudaError_t cudaDeviceGetAttribute(int *value, enum cudaDeviceAttr attr, int device);
cudaError_t cudaSetDevice(int device);
cudaError_t cudaGetDevice(int *device);
cudaError_t cudaMalloc(void **devPtr, size_t size);
cudaError_t cudaFree(void *devPtr);
cudaError_t cudaMemcpy(void *dst, const void *src, size_t count, enum cudaMemcpyKind kind);
cudaError_t cudaMemcpyAsync(void *dst, const void *src, size_t count, enum cudaMemcpyKind kind, cudaStream_t stream);
cudaError_t cudaMemset(void *devPtr, int value, size_t count);
cudaError_t cudaMemsetAsync(void *devPtr, int value, size_t count, cudaStream_t stream);
cudaError_t cudaHostAlloc(void **pHost, size_t size, unsigned int flags);
cudaError_t cudaFreeHost(void *ptr);
cudaError_t cudaStreamCreateWithFlags(cudaStream_t *pStream, unsigned int flags);
cudaError_t cudaStreamDestroy(cudaStream_t stream);
cudaError_t cudaStreamSynchronize(cudaStream_t stream);
cudaError_t cudaEventCreate(cudaEvent_t *event);
cudaError_t cudaEventDestroy(cudaEvent_t event);
cudaError_t cudaEventRecord(cudaEvent_t event, cudaStream_t stream);
cudaError_t cudaEventSynchronize(cudaEvent_t event);
cudaError_t cudaEventElapsedTime(float *ms, cudaEvent_t start, cudaEvent_t end);
cudaError_t cudaDeviceSynchronize(void);
cudaError_t cudaMemGetInfo(size_t *free, size_t *total);
const char* cudaGetErrorName(cudaError_t error);
const char* cudaGetErrorString(cudaError_t error);
cudaError_t cudaDriverGetVersion(int *driverVersion);
cudaError_t cudaRuntimeGetVersion(int *runtimeVersion);
cudaError_t cudaGetLastError(void);""".splitlines()
cublas = """cublasStatus_t cublasCreate_v2(cublasHandle_t *handle);
cublasStatus_t cublasDestroy_v2(cublasHandle_t handle);
cublasStatus_t cublasGetVersion_v2(cublasHandle_t handle, int *version);
cublasStatus_t cublasSetStream_v2(cublasHandle_t handle, cudaStream_t streamId);
cublasStatus_t cublasSetMathMode(cublasHandle_t handle, cublasMath_t mode);
cublasStatus_t cublasSetPointerMode_v2(cublasHandle_t handle, cublasPointerMode_t mode);
cublasStatus_t cublasDgemm_v2(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, int k, const double *alpha, const double *A, int lda, const double *B, int ldb, const double *beta, double *C, int ldc);
cublasStatus_t cublasSgemm_v2(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, int k, const float *alpha, const float *A, int lda, const float *B, int ldb, const float *beta, float *C, int ldc);
cublasStatus_t cublasGemmEx(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, int k, const void *alpha, const void *A, cudaDataType Atype, int lda, const void *B, cudaDataType Btype, int ldb, const void *beta, void *C, cudaDataType Ctype, int ldc, cublasComputeType_t computeType, cublasGemmAlgo_t algo);
cublasStatus_t cublasDgemmStridedBatched(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, int k, const double *alpha, const double *A, int lda, long long int strideA, const double *B, int ldb, long long int strideB, const double *beta, double *C, int ldc, long long int strideC, int batchCount);
cublasStatus_t cublasSgemmStridedBatched(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, int k, const float *alpha, const float *A, int lda, long long int strideA, const float *B, int ldb, long long int strideB, const float *beta, float *C, int ldc, long long int strideC, int batchCount);
cublasStatus_t cublasDgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int n, const double *alpha, const double *A, int lda, const double *x, int incx, const double *beta, double *y, int incy);
cublasStatus_t cublasSgemv_v2(cublasHandle_t handle, cublasOperation_t trans, int m, int n, const float *alpha, const float *A, int lda, const float *x, int incx, const float *beta, float *y, int incy);
cublasStatus_t cublasDdot_v2(cublasHandle_t handle, int n, const double *x, int incx, const double *y, int incy, double *result);
cublasStatus_t cublasSdot_v2(cublasHandle_t handle, int n, const float *x, int incx, const float *y, int incy, float *result);
cublasStatus_t cublasDaxpy_v2(cublasHandle_t handle, int n, const double *alpha, const double *x, int incx, double *y, int incy);
cublasStatus_t cublasSaxpy_v2(cublasHandle_t handle, int n, const float *alpha, const float *x, int incx, float *y, int incy);
cublasStatus_t cublasDnrm2_v2(cublasHandle_t handle, int n, const double *x, int incx, double *result);
cublasStatus_t cublasSnrm2_v2(cublasHandle_t handle, int n, const float *x, int incx, float *result);
cublasStatus_t cublasDscal_v2(cublasHandle_t handle, int n, const double *alpha, double *x, int incx);
cublasStatus_t cublasSscal_v2(cublasHandle_t handle, int n, const float *alpha, float *x, int incx);
cublasStatus_t cublasDgeam(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, const double *alpha, const double *A, int lda, const double *beta, const double *B, int ldb, double *C, int ldc);
cublasStatus_t cublasSgeam(cublasHandle_t handle, cublasOperation_t transa, cublasOperation_t transb, int m, int n, const float *alpha, const float *A, int lda, const float *beta, const float *B, int ldb, float *C, int ldc);""".splitlines()
d=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src/main/java/org/chagres/cuda/bind/')
open(d+'CudaRuntimeApi.java','w').write(gen('CudaRuntimeApi','cuda_runtime_api.h','cudart',cudart,[
 'Downcalls into libcudart for the functions of {@code cuda_runtime_api.h} that Chagres uses,',
 'laid out as jextract lays out a header: one class per header, one {@code static final',
 'MethodHandle} per C function (in a holder class, so that a handle is linked on first use and',
 'only after {@link CudaLibraries#cudart()} has loaded the library), the C prototype in the',
 'Javadoc. {@link #DESCRIPTORS} is checked against the real header by CudaRuntimeApiHeaderTest;',
 '{@code ffm-cuda/tools/jextract-bindings.sh} regenerates the same functions with jextract.',
 '',
 '<p>Return values are raw {@code cudaError_t} codes; {@code org.chagres.cuda.Cuda} checks them.']))
open(d+'CublasApi.java','w').write(gen('CublasApi','cublas_api.h','cublas',cublas,[
 'Downcalls into libcublas for the functions of {@code cublas_api.h} that Chagres uses',
 '(the {@code _v2} entry points that {@code cublas_v2.h} maps the plain names to), laid out as',
 'jextract lays out a header: one {@code static final MethodHandle} per C function in a holder',
 'class linked on first use, the C prototype in the Javadoc. cuBLAS is column-major; callers',
 'with row-major data swap operands (Cᵀ = Bᵀ·Aᵀ).',
 '',
 '<p>Return values are raw {@code cublasStatus_t} codes; {@code org.chagres.cuda.Cublas} checks',
 'them.']))
print("wrote", d)
