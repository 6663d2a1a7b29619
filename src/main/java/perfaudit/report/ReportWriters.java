package perfaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The writer for each --format name. */
public final class ReportWriters {

    private static final Map<String, Supplier<ReportWriter>> WRITERS = new LinkedHashMap<>();

    static {
        WRITERS.put("json", FindingsJson::new);
        WRITERS.put("xlsx", XlsxReport::new);
        WRITERS.put("csv", FindingsCsv::new);
        WRITERS.put("md", MarkdownSummary::new);
    }

    private ReportWriters() {
    }

    public static List<ReportWriter> forFormats(List<String> formats) {
        List<ReportWriter> writers = new ArrayList<>();
        for (String format : formats) {
            Supplier<ReportWriter> writer = WRITERS.get(format.strip().toLowerCase(Locale.ROOT));
            if (writer == null) {
                throw new IllegalArgumentException("unknown --format '" + format + "'; available: "
                        + String.join(", ", WRITERS.keySet()));
            }
            writers.add(writer.get());
        }
        return writers;
    }
}
