package perfaudit.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of a page's stylesheets that a reader of the form needs, matched to the page's elements with jsoup's
 * selector engine: descendant and compound selectors ({@code #zoom .print table.t}, {@code .grid > .span-2}), which
 * {@link HiddenParts}' plain class names do not reach. Only rules in force always (outside {@code @media} and other
 * @-blocks) give a value; the cascade is read in source order with inline styles last (specificity is not weighed: a
 * page's form styles do not fight). Selectors jsoup cannot read (dynamic states such as {@code :hover}, pseudo-elements)
 * match nothing, and at most {@link #MAX_SELECTORS} selectors are matched, so a page's stray {@code <style>} whose
 * "rules" are the rest of the page costs a bounded time.
 */
final class StyleRules {

    /** Selectors matched against the page, at most: a page's own form styles need a few dozen. */
    static final int MAX_SELECTORS = 400;

    /** One rule: its selector list as written and its declarations. */
    record Rule(String selectors, String declarations) {
    }

    private StyleRules() {
    }

    /** The text of every {@code <style>} of the page, head and body, as one stylesheet without comments. */
    static String css(Document page) {
        StringBuilder css = new StringBuilder();
        for (Element style : page.getElementsByTag("style")) {
            css.append(style.data()).append('\n');
        }
        return HiddenParts.withoutComments(css.toString()).replace("<!--", "").replace("-->", "");
    }

    /** The stylesheet's rules in force always (outside @-blocks), in source order. */
    static List<Rule> topLevel(String css) {
        List<Rule> rules = new ArrayList<>();
        HiddenParts.forEachRule(HiddenParts.topLevel(css), (selectors, declarations) -> rules.add(new Rule(selectors, declarations)));
        return rules;
    }

    /** Every rule, those inside @-blocks included. */
    static List<Rule> all(String css) {
        List<Rule> rules = new ArrayList<>();
        HiddenParts.forEachRule(css, (selectors, declarations) -> rules.add(new Rule(selectors, declarations)));
        return rules;
    }

    /**
     * The elements the selectors of {@code rules} whose declarations pass {@code wanted} match, each selector passing
     * {@code selector}; {@code budget} counts the selectors matched (shared by a page's calls).
     */
    static Set<Element> matched(Document page, List<Rule> rules, Predicate<String> wanted, Predicate<String> selector,
                                int[] budget) {
        Set<Element> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Rule rule : rules) {
            if (!wanted.test(rule.declarations().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String one : rule.selectors().split(",")) {
                String query = one.strip();
                if (query.isEmpty() || !selector.test(query)) {
                    continue;
                }
                if (budget[0]-- <= 0) {
                    return elements;
                }
                elements.addAll(select(page, query));
            }
        }
        return elements;
    }

    /**
     * The value each element gets for the properties {@code names}, from the rules whose declarations set one of them,
     * in source order, then its inline style.
     */
    static Map<Element, Map<String, String>> values(Document page, List<Rule> rules, Set<String> names, int[] budget) {
        Map<Element, Map<String, String>> values = new IdentityHashMap<>();
        for (Rule rule : rules) {
            Map<String, String> set = declarations(rule.declarations(), names);
            if (set.isEmpty()) {
                continue;
            }
            for (String one : rule.selectors().split(",")) {
                String query = one.strip();
                if (query.isEmpty() || budget[0]-- <= 0) {
                    continue;
                }
                for (Element element : select(page, query)) {
                    values.computeIfAbsent(element, e -> new HashMap<>()).putAll(set);
                }
            }
        }
        return values;
    }

    /** The declarations of {@code names} in a declaration block ({@code a: b; c: d}), lower-cased, last one winning. */
    static Map<String, String> declarations(String block, Set<String> names) {
        Map<String, String> set = new HashMap<>();
        for (String declaration : block.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (names.contains(name)) {
                set.put(name, declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT));
            }
        }
        return set;
    }

    private static Elements select(Document page, String query) {
        try {
            return page.select(query);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return new Elements(); // a selector jsoup does not read (:hover, ::before, a vendor one): matches nothing here
        }
    }
}
