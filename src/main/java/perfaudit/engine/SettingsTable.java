package perfaudit.engine;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import perfaudit.finding.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the auditor-edited decision table (rules/settings.drl.xlsx) before Drools compiles it, so a
 * bad cell reads {@code settings.drl.xlsx!C12: '九十' is not a number} instead of a compiler trace on
 * generated DRL. Its two rule tables insert {@link Threshold} and {@link SeverityOverride} facts.
 */
public final class SettingsTable {

    static final String THRESHOLDS = "RuleTable Thresholds";
    static final String SEVERITIES = "RuleTable Severities";
    /** Rows from the column-type row to the first data row: object row, snippet row, label row. */
    private static final int HEADER_ROWS = 4;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern USED_KEY = Pattern.compile("settings\\s*\\.\\s*value\\s*\\(\\s*\"(\\w+)\"\\s*\\)");
    /** The old way to read a threshold: a join on a fact that audit sessions no longer hold. */
    private static final Pattern THRESHOLD_PATTERN = Pattern.compile("(?<!new\\s)\\bThreshold\\s*\\(");

    /** One data row: its cells as text, and where it is. */
    public record Entry(String key, String value, String keyCell, String valueCell, String description) {
    }

    private final Map<String, List<Entry>> tables;

    private SettingsTable(Map<String, List<Entry>> tables) {
        this.tables = tables;
    }

    public List<Entry> thresholds() {
        return tables.getOrDefault(THRESHOLDS, List.of());
    }

    public List<Entry> severities() {
        return tables.getOrDefault(SEVERITIES, List.of());
    }

    /** Reads every Thresholds / Severities table in the decision tables of a rules folder. */
    public static SettingsTable read(List<Path> ruleFiles) throws IOException {
        Map<String, List<Entry>> tables = new LinkedHashMap<>();
        for (Path file : ruleFiles) {
            String name = file.getFileName().toString();
            if (name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls")) {
                readWorkbook(file, tables);
            }
        }
        return new SettingsTable(tables);
    }

    /** Every problem with the tables, as {@code FILE!CELL: message}; empty when they are fine. */
    static List<String> validate(Path folder, List<Path> ruleFiles) throws IOException {
        List<String> errors = new ArrayList<>();
        SettingsTable table;
        try {
            table = read(ruleFiles);
        } catch (IOException | RuntimeException e) {
            return List.of(folder.getFileName() + ": cannot read decision table: " + e.getMessage());
        }
        Set<String> defined = new TreeSet<>();
        for (Entry entry : table.thresholds()) {
            if (!KEY.matcher(entry.key()).matches()) {
                errors.add(entry.keyCell() + ": '" + entry.key() + "' is not a threshold key (letters and digits)");
            } else if (!defined.add(entry.key())) {
                errors.add(entry.keyCell() + ": threshold '" + entry.key() + "' is set twice");
            }
            if (!isNumber(entry.value())) {
                errors.add(entry.valueCell() + ": '" + entry.value() + "' is not a number (threshold " + entry.key() + ")");
            }
        }
        for (Entry entry : table.severities()) {
            if (!Set.of("ERROR", "WARNING", "INFO").contains(entry.value().toUpperCase(Locale.ROOT))) {
                errors.add(entry.valueCell() + ": '" + entry.value() + "' is not a severity (ERROR, WARNING or INFO)"
                        + " for rule " + entry.key());
            }
        }
        errors.addAll(thresholdPatterns(folder, ruleFiles));
        for (String used : usedKeys(ruleFiles)) {
            if (!defined.contains(used)) {
                errors.add(folder.getFileName() + ": rules use threshold '" + used
                        + "' but no decision table sets it (add a row to the Thresholds table)");
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

    private static Set<String> usedKeys(List<Path> ruleFiles) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path file : ruleFiles) {
            if (file.getFileName().toString().endsWith(".drl")) {
                Matcher used = USED_KEY.matcher(Files.readString(file));
                while (used.find()) {
                    keys.add(used.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * Rules written for the old settings ({@code Threshold(key == "x", $v : value)}) would silently never
     * match, since audit sessions hold no threshold facts: each use is an error at its line.
     */
    private static List<String> thresholdPatterns(Path folder, List<Path> ruleFiles) throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path file : ruleFiles) {
            if (!file.getFileName().toString().endsWith(".drl")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher pattern = THRESHOLD_PATTERN.matcher(lines.get(i));
                if (pattern.find() && !lines.get(i).strip().startsWith("//")) {
                    errors.add(folder.getFileName() + "/" + RuleBase.relative(folder, file) + ":" + (i + 1) + ":"
                            + (pattern.start() + 1) + ": thresholds are read with settings.value(\"key\"), not joined"
                            + " as Threshold(...) facts (audit sessions hold none, so this would never match)");
                }
            }
        }
        return errors;
    }

    private static void readWorkbook(Path file, Map<String, List<Entry>> tables) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                String first = text(sheet.getRow(r), 0, formatter);
                if (first.equals(THRESHOLDS) || first.equals(SEVERITIES)) {
                    tables.computeIfAbsent(first, k -> new ArrayList<>())
                            .addAll(entries(file, sheet, r + 1, formatter));
                }
            }
        }
    }

    /** Data rows of the table whose column-type row is {@code typeRow}: ACTION key, ACTION value, DESCRIPTION. */
    private static List<Entry> entries(Path file, Sheet sheet, int typeRow, DataFormatter formatter) {
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
        String sheetName = file.getFileName() + "!";
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
