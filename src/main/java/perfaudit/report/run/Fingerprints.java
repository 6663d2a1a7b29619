package perfaudit.report.run;

import perfaudit.finding.Finding;
import perfaudit.report.InputSummary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names findings across runs: {@code rule id | file key | form | field}. The file key is the input's
 * path below the folder it was found in ({@code forms/sub/a.txt}, see {@code InputWalk}), not the path
 * as typed, so the same files audited from another working folder give the same fingerprints. Line
 * numbers are left out, so an edit above a form does not make its findings new. A finding filed under
 * a file that is no input (rules/suppressions.csv) is keyed by that file's name.
 */
public final class Fingerprints {

    private final Map<String, String> keyByFile = new ConcurrentHashMap<>();

    /** Records the key of an input, by the name its findings carry. */
    public void register(String file, String key) {
        if (file != null && key != null) {
            keyByFile.put(file, key);
        }
    }

    public void register(InputSummary input) {
        register(input.file(), input.key());
    }

    /** The key of a file as findings name it: the input's key, else the file's own name. */
    public String keyOf(String file) {
        if (file == null) {
            return "";
        }
        String key = keyByFile.get(file);
        if (key != null) {
            return key;
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    public String of(Finding finding) {
        return of(finding.ruleId(), keyOf(finding.file()), finding.form(), finding.field());
    }

    public static String of(String ruleId, String fileKey, String form, String field) {
        return String.join("|", ruleId, nullToEmpty(fileKey), nullToEmpty(form), nullToEmpty(field));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
