package perfaudit.engine.compile;

import perfaudit.engine.RuleSources;
import perfaudit.engine.rules.MessageTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where each rule is written, and which rules read each threshold: what {@code rules list} shows. */
public final class RuleIndex {

    /** Where a rule is: its file (relative to the rules folder) and the line of its header. */
    public record Place(String path, int line) {

        @Override
        public String toString() {
            return path + ":" + line;
        }
    }

    private final Map<String, Place> places;
    private final Map<String, Set<String>> readers;

    private RuleIndex(Map<String, Place> places, Map<String, Set<String>> readers) {
        this.places = places;
        this.readers = readers;
    }

    /** Indexes the rules of {@code sources} and their use of the {@code thresholds}. */
    public static RuleIndex of(RuleSources sources, Collection<String> thresholds) {
        Map<String, Place> places = new HashMap<>();
        Map<String, Set<String>> readers = new TreeMap<>();
        for (RuleSources.Source source : sources.drl()) {
            DrlText drl = DrlText.of(source.text());
            String bare = drl.withoutLiterals();
            for (DrlText.Rule rule : drl.rules()) {
                places.putIfAbsent(rule.name(), new Place(source.path(), rule.line()));
                String body = bare.substring(rule.start(), rule.end());
                for (String threshold : thresholds) {
                    if (reads(body, threshold) || shows(drl, rule, threshold)) {
                        readers.computeIfAbsent(threshold, key -> new TreeSet<>()).add(rule.name());
                    }
                }
            }
        }
        return new RuleIndex(places, readers);
    }

    private static boolean reads(String code, String name) {
        Matcher use = Pattern.compile("\\bsettings\\s*\\.\\s*" + Pattern.quote(name) + "(?![\\w(])").matcher(code);
        return use.find();
    }

    private static boolean shows(DrlText drl, DrlText.Rule rule, String name) {
        for (DrlText.Literal literal : drl.literals()) {
            if (literal.offset() > rule.start() && literal.offset() < rule.end()) {
                for (MessageTemplate.Placeholder placeholder : MessageTemplate.of(literal.text()).placeholders()) {
                    if (!placeholder.isVariable() && name.equals(placeholder.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the rule of this name is written, or null. */
    public Place place(String ruleName) {
        return places.get(ruleName);
    }

    /** The names of the rules that read a threshold in a condition or show it in a text. */
    public Set<String> readers(String threshold) {
        return readers.getOrDefault(threshold, Set.of());
    }
}
