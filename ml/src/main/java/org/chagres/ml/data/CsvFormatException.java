package org.chagres.ml.data;

import java.io.Serial;

/** A CSV file that cannot be read as a data set; names the line and column at fault. */
public class CsvFormatException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final long line;
    private final String column;

    /**
     * @param line 1-based line number in the file (the header is line 1), or 0 for the file
     * @param column the column's header name, or empty
     * @param message what is wrong, starting with the operation
     */
    public CsvFormatException(long line, String column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line number (header = 1), 0 if the problem is the whole file. */
    public long line() {
        return line;
    }

    /** The column's header name, empty if none. */
    public String column() {
        return column;
    }
}
