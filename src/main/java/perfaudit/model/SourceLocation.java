package perfaudit.model;

/**
 * Where a fact came from: the file, and either a 1-based line (text layouts) or a sheet and cell
 * (spreadsheets). Every model element carries one so a finding can point an auditor at the source.
 */
public record SourceLocation(String file, int line, String sheet, String cell) implements java.io.Serializable {

    public static SourceLocation ofLine(String file, int line) {
        return new SourceLocation(file, line, null, null);
    }

    public static SourceLocation ofCell(String file, String sheet, String cell) {
        return new SourceLocation(file, 0, sheet, cell);
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, null, null);
    }

    /** Human form: {@code file:12}, {@code file!Sheet1!E12} or just the file. */
    @Override
    public String toString() {
        if (cell != null) {
            return file + "!" + (sheet == null ? "" : sheet + "!") + cell;
        }
        return line > 0 ? file + ":" + line : file;
    }

    /** The part after the file name: {@code line 12}, {@code Sheet1!E12}, or empty. */
    public String position() {
        if (cell != null) {
            return (sheet == null ? "" : sheet + "!") + cell;
        }
        return line > 0 ? "line " + line : "";
    }
}
