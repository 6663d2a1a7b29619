package perfaudit.audit.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.engine.AuditHarness;
import perfaudit.engine.RuleBase;
import perfaudit.engine.facts.build.FactTypes;
import perfaudit.engine.facts.build.Judgements;
import perfaudit.engine.rules.Properties;
import perfaudit.engine.settings.SettingsTable;
import perfaudit.finding.BuiltInRule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rules/README.md, the auditors' guide, stays true: it names every field of every fact, every threshold,
 * word list and rule id in force, and its worked example compiles and passes its cases as it says.
 */
class RulesGuideTest {

    private static final Path GUIDE = Path.of("rules/README.md");

    @TempDir
    Path temp;

    private static String guide() throws Exception {
        return Files.readString(GUIDE, StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldOfEveryFactIsDescribed() throws Exception {
        String guide = guide();
        List<String> missing = new ArrayList<>();
        for (Class<?> type : FactTypes.ALL) {
            assertTrue(guide.contains("`" + type.getSimpleName() + "`"), type.getSimpleName());
            Properties.of(type).keySet().stream().filter(field -> !guide.contains("`" + field + "`"))
                    .forEach(field -> missing.add(type.getSimpleName() + "." + field));
        }
        assertEquals(List.of(), missing, "fields the guide does not describe");
    }

    @Test
    void everyThresholdWordListAndRuleIdIsDescribed() throws Exception {
        String guide = guide();
        RuleBase base = AuditHarness.rules().base();
        List<String> missing = new ArrayList<>();
        base.table().thresholds().stream().map(SettingsTable.Entry::key).filter(key -> !guide.contains("`" + key + "`"))
                .forEach(missing::add);
        Judgements.WORD_KEYS.keySet().stream().filter(key -> !guide.contains("`" + key + "`")).forEach(missing::add);
        base.catalog().stream().map(RuleBase.RuleInfo::id).distinct().filter(id -> !guide.contains("| " + id + " |"))
                .forEach(missing::add);
        Stream.of(BuiltInRule.values()).map(BuiltInRule::id).filter(id -> !guide.contains("| " + id + " |"))
                .forEach(missing::add);
        assertEquals(List.of(), missing, "settings and rules the guide does not describe");
    }

    @Test
    void theWorkedExampleCompilesAndPassesItsCases() throws Exception {
        Matcher rule = Pattern.compile("```\\n\\s*(package rules;\\n.*?rule \"TOTAL-POOR\".*?\\n\\s*end)\\n", Pattern.DOTALL)
                .matcher(guide());
        assertTrue(rule.find(), "the guide's example rule");
        String drl = rule.group(1).replaceAll("(?m)^   ", "");
        Path rules = Fixtures.copyRules(temp);
        Path tests = rules.resolve("tests");
        try (Stream<Path> files = Files.list(Path.of("rules/tests"))) {
            for (Path file : files.toList()) {
                Files.copy(file, tests.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("follow-up.drl"), drl, StandardCharsets.UTF_8);
        RuleBase base = RuleBase.compile(rules);
        RuleTests.Report before = RuleTests.run(base, rules);
        assertTrue(before.problems().contains("TOTAL-POOR (follow-up.drl:3): no case fires it and none keeps it quiet;"
                + " add cases to rules/tests/cases.csv"), before.problems().toString());

        // the edits the guide lists, and its two lines of cases.csv
        String form = Files.readString(tests.resolve("clean.txt"));
        for (String[] edit : new String[][] {
            {"培训人数\t\t≥100人\t120人\t20\t20\t", "培训人数\t\t≥100人\t50人\t20\t10\t报名不足"},
            {"培训合格率\t\t≥95%\t98%\t10\t10\t", "培训合格率\t\t≥95%\t47.5%\t10\t5\t考核从严"},
            {"服务覆盖率\t\t≥90%\t95%\t15\t15\t", "服务覆盖率\t\t≥90%\t45%\t15\t7.5\t覆盖不足"},
            {"长效培训机制\t\t≥1项\t1项\t15\t15\t", "长效培训机制\t\t≥1项\t0项\t15\t0\t机制未建立"},
            {"服务对象满意度\t\t≥90%\t95%\t10\t10\t", "服务对象满意度\t\t≥90%\t45%\t10\t5\t服务待改进"},
            {"100\t99.50", "100\t57.00"}}) {
            assertTrue(form.contains(edit[0]), edit[0]);
            form = form.replace(edit[0], edit[1]);
        }
        Files.writeString(tests.resolve("total-poor-fires.txt"), form, StandardCharsets.UTF_8);
        Matcher lines = Pattern.compile("```\\n\\s*(total-poor-fires\\.txt,.*?\\n\\s*clean\\.txt,.*?)\\n\\s*```", Pattern.DOTALL)
                .matcher(guide());
        assertTrue(lines.find(), "the guide's two lines of cases.csv");
        Files.writeString(tests.resolve("cases.csv"), Files.readString(tests.resolve("cases.csv"))
                + lines.group(1).replaceAll("(?m)^\\s+", "") + "\n", StandardCharsets.UTF_8);
        RuleTests.Report after = RuleTests.run(base, rules);
        assertTrue(after.passed(), after.problems() + " " + after.results().stream().filter(r -> !r.passed())
                .map(r -> r.ruleCase().file() + ": " + r.describe()).toList());
    }
}
