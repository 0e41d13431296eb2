package org.chagres.kernels;

/**
 * The aliasing check of {@link Level3}: an output matrix must not share an element with an
 * input matrix. Two sub-blocks of one array that interleave without sharing an element (the
 * panels of a blocked factorisation) pass; the test is exact, row by row, in O(rows).
 */
final class Level3Overlap {

    private Level3Overlap() {
    }

    /**
     * Throws IllegalArgumentException if {@code out} and {@code in} are the same array and the
     * two row-major matrices share an element. Extents must already be checked.
     */
    static void check(String op, String outName, Object out, int oOff, int oRows, int oCols,
            int ldo, String inName, Object in, int iOff, int iRows, int iCols, int ldi) {
        if (out != in || oRows == 0 || oCols == 0 || iRows == 0 || iCols == 0) {
            return;
        }
        long oEnd = oOff + (long) (oRows - 1) * ldo + oCols;
        long iEnd = iOff + (long) (iRows - 1) * ldi + iCols;
        if (oEnd <= iOff || iEnd <= oOff) {
            return;
        }
        for (int i = 0; i < iRows; i++) {
            long s = iOff + (long) i * ldi;
            long e = s + iCols;
            // first output row whose end lies past s; it is the only candidate with start < e
            long j = Math.max(0, Math.floorDiv(s - oOff - oCols, (long) ldo) + 1);
            long start = oOff + j * ldo;
            if (j < oRows && start < e) {
                throw new IllegalArgumentException(op + ": " + outName
                        + " must not share elements with " + inName + ", got " + outName + " "
                        + oRows + "x" + oCols + " (offset " + oOff + ", ld " + ldo + ") and "
                        + inName + " " + iRows + "x" + iCols + " (offset " + iOff + ", ld "
                        + ldi + ") in the same array, both holding element "
                        + Math.max(s, start));
            }
        }
    }
}
