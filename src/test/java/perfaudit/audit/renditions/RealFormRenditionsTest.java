package perfaudit.audit.renditions;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import perfaudit.audit.Audit;
import perfaudit.audit.AuditOptions;
import perfaudit.audit.RuleSet;
import perfaudit.finding.Finding;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.funds.Funds;
import perfaudit.report.AuditReport;
import perfaudit.report.run.History;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The product is judged on real forms this project does not hold: the same templates in other
 * renditions. Each of the 21 real forms in ../shared/real-forms is rendered as LAYOUTS.md says real
 * forms arrive ({@link Rendition}), and every rendition, audited in one run beside the originals,
 * must give the original's number of forms, no fewer facts (header fields, figures of the funds
 * table, targets, actuals, weights and scores of indicators), every key finding (`must` line of
 * expected-findings.tsv) the original gives, and no more PARSE-PROBLEMs than the original (a report's
 * prose or a page's chrome around a form is no reason for an auditor to wade through unreadable rows); a file holding two real forms ({@value #TWO_FORMS}) must give
 * both originals' forms, facts and key findings; a form printed in the other unit, the same funds
 * money in 万元; the forms that kept their grid as the office files units publish ({@link OfficePages}:
 * xlsx, docx, PDF printed by Writer and by Calc, committed). Renditions that break the reader today are listed in
 * {@link #BREAKS} with the reason; the test fails when one starts surviving, so the list only shrinks.
 * The held-out real forms (src/test/resources/perfaudit/heldout, {@link #SOURCES}) are rendered alike, each
 * against the key findings HeldOutFormsTest pins, leaving out those whose original reads no form (recognised as
 * not audited, h24–h26, or not read yet, h05–h06); their breaks are named by the file's number ("h07"). The
 * real forms are skipped where their folder is not beside the project.
 */
class RealFormRenditionsTest {

    private static final Path FOLDER = Path.of("..", "shared", "real-forms");
    private static final String ORIGINAL = "original";
    /** Two different real forms in one file, each to be read with its own facts and key findings. */
    private static final String TWO_FORMS = "two-forms";
    private static final String PARSE_PROBLEM = "PARSE-PROBLEM";
    /** The real forms that kept their grid as units publish them: xlsx, docx, PDF printed by Writer and by Calc. */
    private static final String OFFICE = "src/test/resources/perfaudit/renditions/office";

    /**
     * "rendition form-number" → why that rendition of that form does not survive yet, one a line of
     * the test resource {@value #BREAKS_FILE} (tab-separated; "#" lines are comments). What the run
     * found broken is written to target/rendition-breaks.tsv, to compare.
     */
    private static final String BREAKS_FILE = "/perfaudit/renditions/breaks.tsv";
    private static final Map<String, String> BREAKS = breaks();

    /** The renditions are kept under target/ after the run, to read them with `perfaudit parse`. */
    private static final Path temp = Path.of("target", "real-form-renditions");

    /** rendition folder → file stem → what it gave. */
    private static final Map<String, Map<String, Outcome>> OUTCOMES = new TreeMap<>();
    private static final Map<String, Set<String>> MUST = new TreeMap<>();

    /**
     * Where forms come from: a folder, the files in it that are forms, and each file's key findings.
     * A rendition is named in {@link #BREAKS} by the file's number, the stem before its first "-"
     * ("07", "h08").
     */
    private record Source(Path folder, String files, java.util.function.Supplier<Map<String, Set<String>>> keyFindings) {
    }

    /**
     * The 21 real forms (skipped where ../shared is not beside the project), and the held-out real forms
     * the reader was not developed against, with the key findings HeldOutFormsTest pins.
     */
    private static final List<Source> SOURCES = List.of(
            new Source(FOLDER, "\\d\\d-.*\\.txt", RealFormRenditionsTest::mustLines),
            new Source(Path.of("src", "test", "resources", "perfaudit", "heldout"), "h\\d\\d-.*\\.txt",
                    perfaudit.audit.HeldOutFormsTest::keyFindings));

    @BeforeAll
    static void renderAndAudit() throws Exception {
        deleteTree(temp);
        for (Source source : SOURCES) {
            if (Files.isDirectory(source.folder())) {
                render(source);
            }
        }
        if (Files.isDirectory(FOLDER)) {
            copyOfficeRenditions();
        }
        try (AuditReport report = new Audit(RuleSet.load(Path.of("rules")), AuditOptions.defaults().withThreads(2))
                .run(List.of(temp), History.none(), ZonedDateTime.now())) {
            for (Finding finding : report.findings()) {
                if (finding.file() != null) {
                    Path file = Path.of(finding.file());
                    outcome(file).findings.merge(finding.ruleId(), 1, Integer::sum);
                }
            }
        }
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Document document = Inputs.read(file, file.getFileName().toString());
                Outcome outcome = outcome(file);
                outcome.forms = document.forms().size();
                outcome.facts = facts(document);
                outcome.money = money(document);
            }
        }
    }

    /**
     * Every form of {@code source} whose original reads a form, in every rendition, and each followed by
     * another of the same source ({@value #TWO_FORMS}); a text that reads no form (recognised as not
     * audited, or not read yet) has nothing a rendition could lose.
     */
    private static void render(Source source) throws java.io.IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.list(source.folder())) {
            forms = files.filter(f -> f.getFileName().toString().matches(source.files())).sorted().toList();
        }
        Map<String, String> texts = new TreeMap<>();
        for (Path form : forms) {
            if (Inputs.read(form, form.getFileName().toString()).forms().isEmpty()) {
                continue;
            }
            String text = Files.readString(form, StandardCharsets.UTF_8);
            String stem = stem(form);
            texts.put(stem, text);
            write(ORIGINAL, stem + ".txt", text);
            for (Rendition rendition : Rendition.values()) {
                String rendered = rendition.of(text);
                if (rendered != null) {
                    write(rendition.folder(), stem + "." + rendition.extension(), rendered);
                }
            }
        }
        writeTwoForms(texts);
        MUST.putAll(source.keyFindings().get());
    }

    @Test
    void everyRenditionGivesTheFormsFactsAndKeyFindingsOfTheOriginal() {
        Map<String, String> broken = new TreeMap<>();
        Map<String, int[]> survivors = new TreeMap<>();
        Map<String, Outcome> originals = OUTCOMES.get(ORIGINAL);
        for (Map.Entry<String, Map<String, Outcome>> rendition : OUTCOMES.entrySet()) {
            if (rendition.getKey().equals(ORIGINAL)) {
                continue;
            }
            int[] counts = survivors.computeIfAbsent(rendition.getKey(), k -> new int[2]);
            for (Map.Entry<String, Outcome> form : rendition.getValue().entrySet()) {
                List<String> parts = List.of(form.getKey().split("\\+"));
                String why = lost(parts.stream().map(originals::get).toList(), parts, form.getValue());
                if (rendition.getKey().equals(Rendition.OTHER_UNIT.folder())) {
                    why = join(why, moneyDiffers(originals.get(form.getKey()), form.getValue()));
                }
                counts[1]++;
                if (why.isEmpty()) {
                    counts[0]++;
                } else {
                    broken.put(rendition.getKey() + " " + form.getKey().substring(0, form.getKey().indexOf('-')), why);
                }
            }
        }
        StringBuilder summary = new StringBuilder("renditions surviving:\n");
        survivors.forEach((name, c) -> summary.append(String.format("  %-22s %2d / %d%n", name, c[0], c[1])));
        System.out.println(summary);
        writeFound(broken);
        List<String> newlyBroken = broken.keySet().stream().filter(k -> !BREAKS.containsKey(k)).sorted()
                .map(k -> k + ": " + broken.get(k)).toList();
        List<String> nowSurviving = BREAKS.keySet().stream().filter(k -> !broken.containsKey(k)).sorted().toList();
        assertEquals(List.of(), newlyBroken, "renditions that lose what the original gives (see target/rendition-breaks.tsv)");
        assertEquals(List.of(), nowSurviving, "surviving now: take them off BREAKS");
    }

    /**
     * What the rendition lost against its originals (one, or two for {@value #TWO_FORMS}), or "" when it
     * lost nothing: a key finding of each original must be found once for each original that gives it.
     */
    private static String lost(List<Outcome> originals, List<String> stems, Outcome rendition) {
        Outcome original = new Outcome();
        Map<String, Integer> needed = new TreeMap<>();
        for (int i = 0; i < originals.size(); i++) {
            Outcome one = originals.get(i);
            original.forms += one.forms;
            one.facts.forEach((kind, n) -> original.facts.merge(kind, n, Integer::sum));
            for (String rule : MUST.getOrDefault(stems.get(i), Set.of())) {
                if (one.findings.containsKey(rule)) {
                    needed.merge(rule, 1, Integer::sum);
                }
            }
        }
        List<String> lost = new ArrayList<>();
        if (rendition.forms != original.forms) {
            lost.add(original.forms + " forms → " + rendition.forms);
        }
        int facts = rendition.facts.values().stream().mapToInt(Integer::intValue).sum();
        int originalFacts = original.facts.values().stream().mapToInt(Integer::intValue).sum();
        if (facts < originalFacts) {
            List<String> fewer = new ArrayList<>();
            original.facts.forEach((kind, n) -> {
                int got = rendition.facts.getOrDefault(kind, 0);
                if (got < n) {
                    fewer.add(kind + " " + n + "→" + got);
                }
            });
            lost.add("facts " + originalFacts + " → " + facts + " " + fewer);
        }
        int problems = rendition.findings.getOrDefault(PARSE_PROBLEM, 0);
        int originalProblems = originals.stream().mapToInt(o -> o.findings.getOrDefault(PARSE_PROBLEM, 0)).sum();
        if (problems > originalProblems) {
            lost.add("parse problems " + originalProblems + " → " + problems);
        }
        needed.forEach((rule, n) -> {
            int found = rendition.findings.getOrDefault(rule, 0);
            if (found < n) {
                lost.add("key finding " + rule + (n > 1 ? " found " + found + " of " + n + " times" : " lost"));
            }
        });
        return String.join("; ", lost);
    }

    /**
     * The funds table's money in 万元 (年初预算数, 全年预算数, 全年执行数 of each row, in reading order):
     * a form printed in 元 must give the figures of the same form printed in 万元.
     */
    private static List<java.math.BigDecimal> money(Document document) {
        List<java.math.BigDecimal> money = new ArrayList<>();
        for (Form form : document.forms()) {
            for (Funds funds : form.funds().values()) {
                Stream.of(funds.initialBudget(), funds.annualBudget(), funds.executed())
                        .map(v -> v == null ? null : v.stripTrailingZeros()).forEach(money::add);
            }
        }
        return money;
    }

    private static String moneyDiffers(Outcome original, Outcome rendition) {
        boolean same = original.money.size() == rendition.money.size();
        for (int i = 0; same && i < original.money.size(); i++) {
            java.math.BigDecimal a = original.money.get(i);
            java.math.BigDecimal b = rendition.money.get(i);
            same = a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
        return same ? "" : "money in 万元 " + original.money + " → " + rendition.money;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    /** Facts by kind: header fields, funds figures, indicators' targets, actuals, weights, scores. */
    private static Map<String, Integer> facts(Document document) {
        Map<String, Integer> facts = new TreeMap<>();
        for (Form form : document.forms()) {
            count(facts, "header", form.projectName(), form.department(), form.implementingUnit(), form.year());
            for (Funds funds : form.funds().values()) {
                count(facts, "funds", funds.initialBudget(), funds.annualBudget(), funds.executed(), funds.weight(),
                        funds.executionRate(), funds.score());
            }
            for (Indicator indicator : form.indicators()) {
                count(facts, "indicators", indicator.name());
                count(facts, "targets", indicator.target());
                count(facts, "actuals", indicator.actual());
                count(facts, "weights", indicator.weight());
                count(facts, "scores", indicator.score());
            }
        }
        return facts;
    }

    private static void count(Map<String, Integer> facts, String kind, Object... values) {
        facts.merge(kind, (int) Stream.of(values).filter(Objects::nonNull).count(), Integer::sum);
    }

    private static Map<String, String> breaks() {
        Map<String, String> breaks = new TreeMap<>();
        try (java.io.InputStream in = RealFormRenditionsTest.class.getResourceAsStream(BREAKS_FILE)) {
            String text = new String(Objects.requireNonNull(in, BREAKS_FILE).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String[] cells = line.split("\t", 2);
                if (!line.isBlank() && !line.startsWith("#")) {
                    breaks.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return breaks;
    }

    private static void writeFound(Map<String, String> broken) {
        StringBuilder out = new StringBuilder();
        broken.forEach((key, why) -> out.append(key).append('\t').append(why).append('\n'));
        try {
            Files.writeString(Path.of("target", "rendition-breaks.tsv"), out, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            System.out.println("cannot write target/rendition-breaks.tsv: " + e);
        }
    }

    /** The `must` lines of the real forms' expected-findings.tsv: file stem → rule ids. */
    private static Map<String, Set<String>> mustLines() {
        Map<String, Set<String>> must = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(FOLDER.resolve("expected-findings.tsv"), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (!line.startsWith("#") && cells.length >= 3 && cells[0].equals("must")) {
                    must.computeIfAbsent(cells[1], k -> new TreeSet<>()).add(cells[2]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return must;
    }

    /**
     * Each form followed in one file by the next form of the same serialisation ("|" rows or not), as
     * a page or a document holds several forms; named "stem+NN" after the two. The second form's
     * collector lines are left out: they are not part of any page.
     */
    private static void writeTwoForms(Map<String, String> texts) throws java.io.IOException {
        List<String> stems = new ArrayList<>(texts.keySet());
        for (int i = 0; i < stems.size(); i++) {
            String first = texts.get(stems.get(i));
            boolean piped = Rendition.isPiped(Rendition.afterComments(first));
            for (int k = 1; k < stems.size(); k++) {
                String stem = stems.get((i + k) % stems.size());
                String second = texts.get(stem);
                if (Rendition.isPiped(Rendition.afterComments(second)) == piped) {
                    String joined = first + (first.endsWith("\n") ? "" : "\n") + Rendition.afterComments(second);
                    write(TWO_FORMS, stems.get(i) + "+" + stem + ".txt", joined);
                    break;
                }
            }
        }
    }

    /**
     * The committed office renditions of the forms that kept their grid ({@value #OFFICE}, made by
     * make.sh there with LibreOffice, which the test does not need): each format's folder becomes the
     * rendition "office-" + format, its files named after their originals.
     */
    private static void copyOfficeRenditions() throws java.io.IOException {
        try (Stream<Path> formats = Files.list(Path.of(OFFICE))) {
            for (Path format : formats.filter(Files::isDirectory).toList()) {
                Path dir = temp.resolve("office-" + format.getFileName());
                Files.createDirectories(dir);
                try (Stream<Path> files = Files.list(format)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, dir.resolve(file.getFileName()));
                    }
                }
            }
        }
    }

    private static void write(String folder, String name, String text) throws java.io.IOException {
        Path dir = temp.resolve(folder);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Outcome outcome(Path file) {
        String folder = file.getParent().getFileName().toString();
        return OUTCOMES.computeIfAbsent(folder, k -> new TreeMap<>()).computeIfAbsent(stem(file), k -> new Outcome());
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static final class Outcome {
        /** rule id → how many times it was found. */
        final Map<String, Integer> findings = new TreeMap<>();
        int forms;
        Map<String, Integer> facts = new HashMap<>();
        List<java.math.BigDecimal> money = List.of();
    }
}
