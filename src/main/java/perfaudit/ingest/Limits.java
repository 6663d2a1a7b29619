package perfaudit.ingest;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.time.Duration;

/**
 * What one input may cost before perfaudit gives up on it and reports it: bytes on disk, lines, the
 * length of one line, reading time, and for zip containers (xlsx, docx) how far an entry may inflate.
 * A document over a limit becomes a PARSE-PROBLEM naming the limit and its option; the run goes on.
 *
 * @param maxFileBytes       larger files are not read at all ({@code --max-file-mb})
 * @param maxLines           a text with more lines is not read ({@code --max-lines})
 * @param maxLineChars       a longer line is reported and left out, the rest of the file is read
 *                           ({@code --max-line-chars}); keeps pathological lines out of the layouts
 * @param docTimeout         reading one document longer than this is abandoned ({@code --doc-timeout-s})
 * @param zipMinInflateRatio POI rejects a zip entry whose compressed/inflated ratio falls below this
 *                           (a zip bomb; {@code --zip-min-inflate-ratio})
 * @param zipMaxEntryBytes   POI rejects a zip entry that inflates beyond this ({@code --zip-max-entry-mb})
 * Serializable: a distributed run ships them to its executors.
 */
public record Limits(long maxFileBytes, int maxLines, int maxLineChars, Duration docTimeout,
                     double zipMinInflateRatio, long zipMaxEntryBytes) implements java.io.Serializable {

    public static final long MB = 1024L * 1024;
    public static final Limits DEFAULT = new Limits(100 * MB, 2_000_000, 100_000, Duration.ofSeconds(60),
            0.01, 256 * MB);

    public Limits {
        if (maxFileBytes <= 0 || maxLines <= 0 || maxLineChars <= 0 || docTimeout.isNegative() || docTimeout.isZero()
                || zipMinInflateRatio < 0 || zipMinInflateRatio >= 1 || zipMaxEntryBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive (and the inflate ratio below 1)");
        }
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxLines, maxLineChars, docTimeout, zipMinInflateRatio, zipMaxEntryBytes);
    }

    public Limits withMaxLines(int lines) {
        return new Limits(maxFileBytes, lines, maxLineChars, docTimeout, zipMinInflateRatio, zipMaxEntryBytes);
    }

    public Limits withMaxLineChars(int chars) {
        return new Limits(maxFileBytes, maxLines, chars, docTimeout, zipMinInflateRatio, zipMaxEntryBytes);
    }

    public Limits withDocTimeout(Duration timeout) {
        return new Limits(maxFileBytes, maxLines, maxLineChars, timeout, zipMinInflateRatio, zipMaxEntryBytes);
    }

    public Limits withZip(double minInflateRatio, long maxEntryBytes) {
        return new Limits(maxFileBytes, maxLines, maxLineChars, docTimeout, minInflateRatio, maxEntryBytes);
    }

    /**
     * Switches on POI's zip-bomb guard with these figures. POI keeps them in static fields, so they
     * hold for every workbook or document the process opens afterwards: the rules' decision table
     * and any xlsx/docx input alike. POI's XML parsing refuses DOCTYPE declarations by default
     * (no external entities, no entity expansion); {@code PoiGuardsTest} proves both.
     */
    public void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(zipMinInflateRatio);
        ZipSecureFile.setMaxEntrySize(zipMaxEntryBytes);
    }

    /** {@code 100 MB} for whole megabytes, else bytes. */
    static String size(long bytes) {
        return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }
}
