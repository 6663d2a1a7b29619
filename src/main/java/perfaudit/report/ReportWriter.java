package perfaudit.report;

import java.io.IOException;
import java.io.OutputStream;

/** One writer per output format. Writers only read the report. */
public interface ReportWriter {

    /** The --format name: json, xlsx, csv, md. */
    String format();

    /** The file it writes in the run folder: findings.&lt;format&gt; unless the writer names its own. */
    default String fileName() {
        return "findings." + format();
    }

    void write(AuditReport report, OutputStream out) throws IOException;
}
