package perfaudit.report;

import perfaudit.report.csv.FindingsCsv;
import perfaudit.report.json.FindingsJson;
import perfaudit.report.markdown.MarkdownSummary;
import perfaudit.report.xlsx.XlsxReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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

    /**
     * The writers of the formats asked for, each once, and always findings.json: it is the run's record,
     * which the next run compares with, and it lists the run's reports so that a complete run is known.
     */
    public static List<ReportWriter> forFormats(List<String> formats) {
        Set<String> names = new LinkedHashSet<>();
        names.add("json");
        for (String format : formats) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            if (!WRITERS.containsKey(name)) {
                throw new IllegalArgumentException("unknown --format '" + format + "'; available: "
                        + String.join(", ", WRITERS.keySet()));
            }
            names.add(name);
        }
        List<ReportWriter> writers = new ArrayList<>();
        for (String name : names) {
            writers.add(WRITERS.get(name).get());
        }
        List<String> files = writers.stream().map(ReportWriter::fileName).toList();
        writers.set(0, new FindingsJson(files));
        return writers;
    }
}
