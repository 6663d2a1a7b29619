package perfaudit.engine.compile;

import perfaudit.engine.RuleSources;
import perfaudit.engine.rules.MessageTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
    private final RuleSources sources;
    private final Collection<String> thresholds;
    /** Made on the first ask: only {@code rules list} asks, and every audit's rule load would pay for it. */
    private Map<String, Set<String>> readers;

    private RuleIndex(Map<String, Place> places, RuleSources sources, Collection<String> thresholds) {
        this.places = places;
        this.sources = sources;
        this.thresholds = List.copyOf(thresholds);
    }

    /** Indexes the rules of {@code sources} and their use of the {@code thresholds}. */
    public static RuleIndex of(RuleSources sources, Collection<String> thresholds) {
        Map<String, Place> places = new HashMap<>();
        for (RuleSources.Source source : sources.drl()) {
            for (DrlText.Rule rule : DrlText.of(source.text()).rules()) {
                places.putIfAbsent(rule.name(), new Place(source.path(), rule.line()));
            }
        }
        return new RuleIndex(places, sources, thresholds);
    }

    /** Which rules read each threshold in a condition or show it in a text. */
    private static Map<String, Set<String>> readers(RuleSources sources, Collection<String> thresholds) {
        Map<String, Pattern> uses = new HashMap<>();
        for (String threshold : thresholds) {
            uses.put(threshold, Pattern.compile("\\bsettings\\s*\\.\\s*" + Pattern.quote(threshold) + "(?![\\w(])"));
        }
        Map<String, Set<String>> readers = new TreeMap<>();
        for (RuleSources.Source source : sources.drl()) {
            DrlText drl = DrlText.of(source.text());
            String bare = drl.withoutLiterals();
            for (DrlText.Rule rule : drl.rules()) {
                String body = bare.substring(rule.start(), rule.end());
                for (String threshold : thresholds) {
                    if (uses.get(threshold).matcher(body).find() || shows(drl, rule, threshold)) {
                        readers.computeIfAbsent(threshold, key -> new TreeSet<>()).add(rule.name());
                    }
                }
            }
        }
        return readers;
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
    public synchronized Set<String> readers(String threshold) {
        if (readers == null) {
            readers = readers(sources, thresholds);
        }
        return readers.getOrDefault(threshold, Set.of());
    }
}
