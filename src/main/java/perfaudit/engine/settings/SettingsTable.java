package perfaudit.engine.settings;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import perfaudit.engine.RuleSources;
import perfaudit.finding.Severity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and checks the auditor-edited decision table (rules/settings.drl.xlsx) before Drools compiles
 * it, so a bad cell reads {@code settings.drl.xlsx!C12: '九十' is not a number} instead of a compiler trace
 * on generated DRL. Its rule tables insert {@link Threshold}, {@link SeverityOverride} and {@link WordList}
 * facts; the same cells also tell which thresholds the rules may name and where each is set.
 */
public final class SettingsTable {

    static final String THRESHOLDS = "RuleTable Thresholds";
    static final String SEVERITIES = "RuleTable Severities";
    static final String WORDS = "RuleTable Words";
    /** Rows from the column-type row to the first data row: object row, snippet row, label row. */
    private static final int HEADER_ROWS = 4;
    /** A threshold becomes a name rules read (settings.NAME), so it must be one: letters and digits, a letter first. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "in", "not", "contains", "matches", "memberOf",
            "soundslike", "str", "rule", "when", "then", "end", "global", "function", "query", "declare",
            "drools", "kcontext", "settings", "findings");

    /** One data row: its cells as text, and where it is. */
    public record Entry(String key, String value, String keyCell, String valueCell, String description) {
    }

    private final Map<String, List<Entry>> tables;
    private final List<String> unreadable;

    private SettingsTable(Map<String, List<Entry>> tables, List<String> unreadable) {
        this.tables = tables;
        this.unreadable = unreadable;
    }

    public List<Entry> thresholds() {
        return tables.getOrDefault(THRESHOLDS, List.of());
    }

    public List<Entry> severities() {
        return tables.getOrDefault(SEVERITIES, List.of());
    }

    public List<Entry> words() {
        return tables.getOrDefault(WORDS, List.of());
    }

    /** The threshold keys the table sets, in table order: the names rules read. */
    public List<String> thresholdKeys() {
        return thresholds().stream().map(Entry::key).filter(key -> KEY.matcher(key).matches()).distinct().toList();
    }

    /** Every valid threshold and its value, in table order (first row of a key): what rules read. */
    public Map<String, BigDecimal> thresholdValues() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Entry entry : thresholds()) {
            if (KEY.matcher(entry.key()).matches() && isNumber(entry.value())) {
                values.putIfAbsent(entry.key(), new BigDecimal(entry.value().strip()));
            }
        }
        return values;
    }

    /** The row that sets threshold {@code key}, or null. */
    public Entry threshold(String key) {
        return thresholds().stream().filter(entry -> entry.key().equals(key)).findFirst().orElse(null);
    }

    /** Reads every Thresholds / Severities / Words table in the decision tables of the rules. */
    public static SettingsTable read(RuleSources sources) {
        Map<String, List<Entry>> tables = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (RuleSources.Source source : sources.workbooks()) {
            try {
                readWorkbook(source, tables);
            } catch (IOException | RuntimeException e) {
                unreadable.add(sources.shown(source.path()) + ": cannot read decision table: " + e.getMessage());
            }
        }
        return new SettingsTable(tables, unreadable);
    }

    /** True when every decision table opened and was read (its cells may still be wrong: {@link #validate}). */
    public boolean isReadable() {
        return unreadable.isEmpty();
    }

    /** The first line of {@link #toLines}: a kept table in another shape is read again from the workbook. */
    private static final String LINES_FORMAT = "perfaudit settings table 1";

    /**
     * The table's entries as lines of tab-separated, escaped text: kept beside a compiled rule module, so that
     * a run loading the module need not open the workbook (POI's object model costs a cold process 0.6 s of CPU).
     */
    public List<String> toLines() {
        List<String> lines = new ArrayList<>();
        lines.add(LINES_FORMAT);
        tables.forEach((table, entries) -> entries.forEach(entry -> lines.add(String.join("\t", escaped(table),
                escaped(entry.key()), escaped(entry.value()), escaped(entry.keyCell()), escaped(entry.valueCell()),
                escaped(entry.description())))));
        return lines;
    }

    /** The table {@link #toLines} wrote, or empty when the lines are not such a table (an old or damaged file). */
    public static Optional<SettingsTable> fromLines(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(LINES_FORMAT)) {
            return Optional.empty();
        }
        Map<String, List<Entry>> tables = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 6 || !Set.of(THRESHOLDS, SEVERITIES, WORDS).contains(unescaped(fields[0]))) {
                return Optional.empty();
            }
            tables.computeIfAbsent(unescaped(fields[0]), k -> new ArrayList<>()).add(new Entry(unescaped(fields[1]),
                    unescaped(fields[2]), unescaped(fields[3]), unescaped(fields[4]), unescaped(fields[5])));
        }
        return Optional.of(new SettingsTable(tables, List.of()));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every problem with the cells, as {@code FILE!CELL: message}; empty when they are fine. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>(unreadable);
        Set<String> defined = new TreeSet<>();
        for (Entry entry : thresholds()) {
            if (!KEY.matcher(entry.key()).matches()) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is not a threshold name (letters and digits,"
                        + " a letter first: rules read it by this name)");
            } else if (RESERVED.contains(entry.key())) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is a word of the rule language; choose another name");
            } else if (!defined.add(entry.key())) {
                errors.add(entry.keyCell() + ": threshold '" + entry.key() + "' is set twice");
            }
            if (!isNumber(entry.value())) {
                errors.add(entry.valueCell() + ": '" + entry.value() + "' is not a number (threshold " + entry.key() + ")");
            }
        }
        for (Entry entry : severities()) {
            if (!Set.of("ERROR", "WARNING", "INFO").contains(entry.value().toUpperCase(Locale.ROOT))) {
                errors.add(entry.valueCell() + ": '" + entry.value() + "' is not a severity (ERROR, WARNING or INFO)"
                        + " for rule " + entry.key());
            }
        }
        Set<String> lists = new TreeSet<>();
        for (Entry entry : words()) {
            if (!lists.add(entry.key())) {
                errors.add(entry.keyCell() + ": word list '" + entry.key() + "' is set twice");
            }
            if (Settings.splitWords(entry.value()).isEmpty()) {
                errors.add(entry.valueCell() + ": word list '" + entry.key() + "' is empty (words separated by 、)");
            } else if (entry.value().contains("\"") || entry.value().contains("\\")) {
                errors.add(entry.valueCell() + ": word list '" + entry.key() + "' may not hold \" or \\");
            }
        }
        return errors;
    }

    /** The severity in force per rule id, from the Severities table. */
    public Map<String, Severity> severityOverrides() {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (Entry entry : severities()) {
            overrides.put(entry.key(), Severity.valueOf(entry.value().toUpperCase(Locale.ROOT)));
        }
        return overrides;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void readWorkbook(RuleSources.Source source, Map<String, List<Entry>> tables) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        String file = source.path().substring(source.path().lastIndexOf('/') + 1);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(source.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                String first = text(sheet.getRow(r), 0, formatter);
                if (first.equals(THRESHOLDS) || first.equals(SEVERITIES) || first.equals(WORDS)) {
                    tables.computeIfAbsent(first, k -> new ArrayList<>()).addAll(entries(file, sheet, r + 1, formatter));
                }
            }
        }
    }

    /** Data rows of the table whose column-type row is {@code typeRow}: ACTION key, ACTION value, DESCRIPTION. */
    private static List<Entry> entries(String file, Sheet sheet, int typeRow, DataFormatter formatter) {
        Row types = sheet.getRow(typeRow);
        List<Integer> actions = new ArrayList<>();
        int description = -1;
        for (int c = 0; types != null && c < types.getLastCellNum(); c++) {
            String type = text(types, c, formatter).toUpperCase(Locale.ROOT);
            if (type.equals("ACTION")) {
                actions.add(c);
            } else if (type.equals("DESCRIPTION")) {
                description = c;
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (actions.size() < 2) {
            return entries;
        }
        String sheetName = file + "!";
        for (int r = typeRow + HEADER_ROWS; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = text(row, actions.get(0), formatter);
            String value = text(row, actions.get(1), formatter);
            if (key.isEmpty() && value.isEmpty()) {
                break;
            }
            entries.add(new Entry(key, value,
                    sheetName + new CellReference(r, actions.get(0)).formatAsString(false),
                    sheetName + new CellReference(r, actions.get(1)).formatAsString(false),
                    description < 0 ? "" : text(row, description, formatter)));
        }
        return entries;
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }
}
