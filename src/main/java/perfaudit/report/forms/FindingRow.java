package perfaudit.report.forms;

import java.io.Serializable;

/**
 * One finding of a finished report as a flat row: every field findings.json gives it, plus the year of
 * its form, so a table of findings (Parquet) can be split by year and unit. {@code unit} and {@code year}
 * are null for a finding about no form; {@code line} is null when it points at a cell or a whole file.
 */
public record FindingRow(String status, String ruleId, String severity, String file, String form, String unit,
                         Integer year, Integer line, String sheet, String cell, String field, String expected,
                         String found, String message, String fingerprint) implements Serializable {
}
