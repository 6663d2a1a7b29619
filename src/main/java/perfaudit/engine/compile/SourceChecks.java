package perfaudit.engine.compile;

import perfaudit.engine.RuleSources;
import perfaudit.engine.rules.MessageTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the rule files' text that Drools cannot make, each reported at its line and column: ways of
 * writing rules that no longer work (and what to write instead), and message placeholders that name
 * nothing, which would otherwise fail only when the rule fires.
 */
public final class SourceChecks {

    /** An old way of writing a rule and what to do instead. */
    private record Idiom(Pattern pattern, String advice) {
    }

    private static final List<Idiom> OLD_IDIOMS = List.of(
            new Idiom(Pattern.compile("(?<!new\\s)\\bThreshold\\s*\\("),
                    "thresholds are read by their name (effectiveRate < settings.lowExecutionRate), not joined as Threshold(...)"
                            + " facts (audit sessions hold none, so this would never match)"),
            new Idiom(Pattern.compile("\\bsettings\\s*\\.\\s*value\\s*\\(\\s*\"(\\w+)\"\\s*\\)"),
                    "thresholds are read by their name: write settings.%s instead of settings.value(\"%s\")"),
            new Idiom(Pattern.compile("\\bfindings\\s*\\.\\s*report\\s*\\("),
                    "rules report with report($fact, \"field\", expected, found) and the rule's @message template;"
                            + " findings.report(drools, ...) is gone (rules/README.md, \"How a rule reports\")"),
            new Idiom(Pattern.compile("\\bglobal\\s+perfaudit\\.engine\\.(FindingSink|Settings)\\b"),
                    "the findings and settings globals are gone: delete this line (report(...) and settings.NAME"
                            + " need no declaration)"),
            new Idiom(Pattern.compile("\\bimport\\s+perfaudit\\.engine\\.(Checks|FindingSink|Settings|Threshold|Values)\\b"),
                    "perfaudit.engine.%s is no longer there: delete this import (every rule file may call differs,"
                            + " exceeds, sameText and bareFigure, and sees the facts, without importing them)"));
    private static final Pattern CALLS_REPORT = Pattern.compile("\\breport\\s*\\(");
    private static final Pattern METADATA = Pattern.compile("@(id|message)\\s*\\(");

    private SourceChecks() {
    }

    /** Every use of an old idiom, as {@code rules/FILE:LINE:COL: advice}. */
    static List<String> oldIdioms(RuleSources sources) {
        List<String> errors = new ArrayList<>();
        for (RuleSources.Source source : sources.drl()) {
            DrlText drl = DrlText.of(source.text());
            String code = drl.code();
            for (Idiom idiom : OLD_IDIOMS) {
                Matcher found = idiom.pattern().matcher(code);
                while (found.find()) {
                    String group = found.groupCount() > 0 ? found.group(1) : null;
                    String advice = group == null ? idiom.advice() : idiom.advice().formatted(group, group);
                    errors.add(at(sources, source, drl, found.start()) + advice);
                }
            }
        }
        return errors;
    }

    /**
     * Every placeholder that names nothing: in a rule's text a placeholder is a threshold, a field of a
     * fact, or a variable the rule binds ({@code {$f.annualBudget}}); a description shows thresholds only.
     * And a rule that reports without an {@code @id} and an {@code @message}.
     */
    public static List<String> placeholders(RuleSources sources, Set<String> thresholds, Set<String> factFields) {
        List<String> errors = new ArrayList<>();
        for (RuleSources.Source source : sources.drl()) {
            DrlText drl = DrlText.of(source.text());
            String bare = drl.withoutLiterals();
            for (DrlText.Rule rule : drl.rules()) {
                String body = bare.substring(rule.start(), rule.end());
                if (CALLS_REPORT.matcher(body).find()) {
                    List<String> stated = new ArrayList<>();
                    METADATA.matcher(body).results().forEach(m -> stated.add(m.group(1)));
                    if (!stated.contains("id") || !stated.contains("message")) {
                        errors.add(sources.shown(source.path()) + ":" + rule.line() + ":1: rule \"" + rule.name()
                                + "\" reports findings, so it needs @id(\"...\") and @message(\"...\")");
                    }
                }
                for (DrlText.Literal literal : drl.literals()) {
                    if (literal.offset() > rule.start() && literal.offset() < rule.end()) {
                        boolean description = drl.code().substring(rule.start(), literal.offset()).stripTrailing()
                                .endsWith("@description(");
                        check(sources, source, drl, rule, literal, description, body, thresholds, factFields, errors);
                    }
                }
            }
        }
        return errors;
    }

    private static void check(RuleSources sources, RuleSources.Source source, DrlText drl, DrlText.Rule rule,
                              DrlText.Literal literal, boolean description, String body, Set<String> thresholds,
                              Set<String> factFields, List<String> errors) {
        for (MessageTemplate.Placeholder placeholder : MessageTemplate.of(literal.text()).placeholders()) {
            String where = at(sources, source, drl, literal.offset() + 1 + placeholder.offset());
            String in = " (rule \"" + rule.name() + "\")";
            if (description) {
                if (placeholder.isVariable() || !thresholds.contains(placeholder.name())) {
                    errors.add(where + placeholder.text() + " in a @description: a description shows thresholds only"
                            + " (it is about no one form)" + Names.suggestion(placeholder.name(), thresholds, "{", "}") + in);
                }
            } else if (placeholder.isVariable()) {
                if (!Pattern.compile(Pattern.quote(placeholder.variable()) + "\\s*:").matcher(body).find()) {
                    errors.add(where + placeholder.text() + ": the rule binds no " + placeholder.variable() + in);
                } else if (placeholder.name() != null && !factFields.contains(placeholder.name())) {
                    errors.add(where + placeholder.text() + ": no fact has a field " + placeholder.name()
                            + Names.suggestion(placeholder.name(), factFields, "{", "}") + in);
                }
            } else if (!thresholds.contains(placeholder.name()) && !factFields.contains(placeholder.name())) {
                errors.add(where + placeholder.text() + " is neither a threshold nor a field of a fact"
                        + Names.suggestion(placeholder.name(), union(thresholds, factFields), "{", "}") + in);
            }
        }
    }

    private static String at(RuleSources sources, RuleSources.Source source, DrlText drl, int offset) {
        return sources.shown(source.path()) + ":" + drl.line(offset) + ":" + drl.column(offset) + ": ";
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
