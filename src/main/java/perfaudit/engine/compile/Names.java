package perfaudit.engine.compile;

import perfaudit.engine.facts.build.FactTypes;
import perfaudit.engine.rules.Properties;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/** The names a rule may use (fields of the facts, thresholds), and the closest one to a misspelt name. */
final class Names {

    private Names() {
    }

    /** Every field of every fact and every threshold. */
    static Set<String> known(Collection<String> thresholds) {
        Set<String> names = new TreeSet<>(thresholds);
        FactTypes.ALL.forEach(type -> names.addAll(Properties.of(type).keySet()));
        return names;
    }

    static String suggestion(String name, Collection<String> known) {
        return suggestion(name, known, "", "");
    }

    /** "; did you mean x?" for the closest known name, when one is close; empty otherwise. */
    static String suggestion(String name, Collection<String> known, String open, String close) {
        if (name == null) {
            return "";
        }
        String best = known.stream().min(Comparator.comparingInt(candidate -> distance(name, candidate))).orElse(null);
        if (best == null || distance(name, best) > Math.max(2, name.length() / 4)) {
            // an abbreviation: lowExecRate for lowExecutionRate
            best = known.stream().filter(candidate -> abbreviates(name, candidate))
                    .min(Comparator.comparingInt(String::length)).orElse(null);
        }
        return best == null ? "" : "; did you mean " + open + best + close + "?";
    }

    /** Same first three letters, and the rest of the name's letters in the same order in the candidate. */
    private static boolean abbreviates(String name, String candidate) {
        if (name.length() < 3 || candidate.length() <= name.length()
                || !candidate.regionMatches(true, 0, name, 0, 3)) {
            return false;
        }
        int at = 0;
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            at = candidate.toLowerCase(java.util.Locale.ROOT).indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /** Edit distance, letters compared without case. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
