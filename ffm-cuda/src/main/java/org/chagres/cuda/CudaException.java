package org.chagres.cuda;

import java.io.Serial;

/**
 * A CUDA runtime or cuBLAS call returned an error status. The message reads
 * {@code "cublasDgemm_v2: CUBLAS_STATUS_NOT_INITIALIZED (1)"}: the call, the symbolic name and
 * the number.
 */
public class CudaException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String call;
    private final String statusName;
    private final int status;

    /**
     * @param call the C function that failed, e.g. {@code "cudaMalloc"}
     * @param statusName the status's symbolic name, e.g. {@code "cudaErrorMemoryAllocation"}
     * @param status the status number
     * @param detail extra words (the driver's description, the arguments), or empty
     */
    public CudaException(String call, String statusName, int status, String detail) {
        super(call + ": " + statusName + " (" + status + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.call = call;
        this.statusName = statusName;
        this.status = status;
    }

    /** The C function that failed. */
    public String call() {
        return call;
    }

    /** The status's symbolic name. */
    public String statusName() {
        return statusName;
    }

    /** The status number. */
    public int status() {
        return status;
    }
}
