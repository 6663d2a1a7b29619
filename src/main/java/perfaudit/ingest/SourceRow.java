package perfaudit.ingest;

/** A numbered unit of input that facts are read from and problems reported on: a text line or a grid row. */
interface SourceRow {

    /** 1-based position in reading order; for text, the line number. */
    int number();

    /** The row's text as found, for problem reports. */
    String text();

    boolean isBlank();
}
