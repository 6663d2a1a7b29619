package perfaudit.ingest.grammar.rows;

/** A numbered unit of input that facts are read from and problems reported on: a text line or a grid row. */
public interface SourceRow {

    /** 1-based position in reading order; for text, the line number. */
    public int number();

    /** The row's text as found, for problem reports. */
    public String text();

    public boolean isBlank();
}
