package perfaudit.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.Fixtures;
import perfaudit.engine.settings.SettingsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiled rules are cached by content: the same rules load the module, edited rules compile anew. */
class RuleCacheTest {

    @TempDir
    Path temp;
    private Path cache;
    private String previous;

    @BeforeEach
    void useOwnCache() {
        cache = temp.resolve("cache");
        previous = System.getProperty("perfaudit.cache");
        System.setProperty("perfaudit.cache", cache.toString());
    }

    @AfterEach
    void restoreCache() {
        if (previous == null) {
            System.clearProperty("perfaudit.cache");
        } else {
            System.setProperty("perfaudit.cache", previous);
        }
    }

    private List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private List<Path> keptSettings() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("settings-")).sorted().toList();
        }
    }

    private static int findings(RuleBase rules) {
        return AuditHarness.audit(rules, List.of(Fixtures.TABBED_SEED)).size();
    }

    @Test
    void theSameRulesLoadTheCachedModuleAndAuditAlike() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        int compiled = findings(RuleBase.compile(rules));
        List<Path> afterFirst = modules();
        assertEquals(1, afterFirst.size(), "the compiled module is kept");
        long size = Files.size(afterFirst.get(0));
        assertEquals(compiled, findings(RuleBase.compile(rules)), "the cached module audits as the compiled one");
        assertEquals(afterFirst, modules(), "loaded, not compiled again");
        assertEquals(size, Files.size(afterFirst.get(0)));
    }

    @Test
    void anEditedRuleFileIsCompiledAgain() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        RuleBase.compile(rules);
        Path budget = rules.resolve("budget.drl");
        Files.writeString(budget, Files.readString(budget) + "\n// an auditor's note\n");
        RuleBase.compile(rules);
        assertEquals(2, modules().size(), "one module per version of the rules");
    }

    @Test
    void aDamagedCachedModuleIsReplacedByACompile() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        int compiled = findings(RuleBase.compile(rules));
        Path module = modules().get(0);
        Files.write(module, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(compiled, findings(RuleBase.compile(rules)));
        assertNotEquals(6, Files.size(modules().get(0)), "the damaged module was compiled anew");
    }

    @Test
    void onlyTheMostRecentlyUsedModulesAreKept() throws Exception {
        System.setProperty("perfaudit.cache.keep", "2");
        try {
            Path rules = Fixtures.copyRules(temp);
            Path budget = rules.resolve("budget.drl");
            String original = Files.readString(budget);
            RuleBase.compile(rules);
            Path inUse = modules().get(0);
            Files.writeString(budget, original + "\n// edit 1\n");
            RuleBase.compile(rules);
            Files.setLastModifiedTime(inUse, java.nio.file.attribute.FileTime.fromMillis(0)); // compiled long ago
            Files.writeString(budget, original);
            RuleBase.compile(rules); // loaded from the cache: used now
            Path stale = Files.createFile(cache.resolve("rules-123.part"));
            Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
            Files.writeString(budget, original + "\n// edit 2\n");
            RuleBase.compile(rules);
            List<Path> kept = modules();
            assertEquals(2, kept.size(), kept.toString());
            assertEquals(2, keptSettings().size(), "the settings tables kept beside the modules are pruned alike");
            assertTrue(kept.contains(inUse), "the module in use survives, though it was compiled first");
            assertFalse(Files.exists(stale), "a temporary file of a store that never finished is removed");
        } finally {
            System.clearProperty("perfaudit.cache.keep");
        }
    }

    @Test
    void aLoadedModuleTakesItsSettingsTableFromTheCacheNotTheWorkbook() throws Exception {
        Path rules = Fixtures.copyRules(temp);
        RuleBase compiled = RuleBase.compile(rules);
        List<Path> kept = keptSettings();
        assertEquals(1, kept.size(), "the settings table read for the compile is kept beside the module");
        SettingsTable.Entry first = compiled.table().thresholds().get(0);
        Path file = kept.get(0);
        String original = Files.readString(file);
        // a description changed only in the kept copy shows that the run read the copy, not the workbook
        Files.writeString(file, original.replace(first.description(), "kept copy\\twith a tab"));
        SettingsTable.Entry loaded = RuleBase.compile(rules).table().thresholds().get(0);
        assertEquals("kept copy\twith a tab", loaded.description());
        assertEquals(first.value(), loaded.value());
        assertEquals(first.keyCell(), loaded.keyCell());
        Files.writeString(file, "not a settings table\n");
        assertEquals(first.description(), RuleBase.compile(rules).table().thresholds().get(0).description(),
                "a damaged kept table is read again from the workbook");
    }

    @Test
    void aSettingsTableSurvivesItsLinesWithTabsNewlinesAndBackslashes() {
        List<String> lines = List.of("perfaudit settings table 1",
                "RuleTable Thresholds\tlowExecutionRate\t90\ts.xlsx!B11\ts.xlsx!C11\tline one\\nline two\\t\\\\ %",
                "RuleTable Words\tinstructionWords\t对照、依据\ts.xlsx!B40\ts.xlsx!C40\t");
        SettingsTable table = SettingsTable.fromLines(lines).orElseThrow();
        assertEquals("line one\nline two\t\\ %", table.thresholds().get(0).description());
        assertEquals("对照、依据", table.words().get(0).value());
        assertEquals(lines, table.toLines());
        assertTrue(SettingsTable.fromLines(List.of("perfaudit settings table 0")).isEmpty(), "another format is not read");
        assertTrue(SettingsTable.fromLines(List.of("perfaudit settings table 1", "RuleTable Thresholds\tonly two"))
                .isEmpty(), "a line of other fields is not read");
    }
}
