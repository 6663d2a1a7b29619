package perfaudit.ingest.grammar.vocabulary;

import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms vocabulary ({@code rules/forms.yaml}): every spelling of every label the templates print,
 * the template families and their scoring conventions. The grammar recognises forms only through it,
 * so an auditor adds a province's spelling without a rebuild. Immutable; labels as written in the
 * file (the grammar folds them for matching).
 */
public record Vocabulary(
        String source,
        List<Family> families,
        Map<HeaderField, List<String>> header,
        List<String> fundAnchors,
        Map<FundColumn, List<String>> fundColumns,
        List<String> fundIgnoredColumns,
        Map<FundLine, List<String>> fundRows,
        List<String> goalAnchors,
        List<String> goalExpected,
        List<String> goalActual,
        List<String> goalAdjusted,
        List<String> goalIgnored,
        List<String> indicatorAnchors,
        List<String> indicatorBlocks,
        Map<IndicatorField, List<String>> indicatorColumns,
        Map<String, List<String>> level1,
        Map<String, Level2> level2,
        Map<String, List<String>> level1Covers,
        List<String> budgetExecution,
        List<String> childPrefixes,
        List<String> placeholders,
        List<String> passages,
        List<String> total,
        List<String> formDeviation,
        List<String> tail,
        List<String> listTitles,
        List<String> listSeq,
        Map<String, BigDecimal> moneyUnits,
        List<String> qualitativeTargets,
        List<String> qualitativeActuals,
        List<String> quantitativeNatures,
        List<String> qualitativeNatures,
        List<String> pageChrome,
        Map<FundNature, Nature> fundNatures,
        List<String> projectNameEndings,
        List<String> statusColumns,
        List<String> statusWords,
        List<String> fundReasonColumns,
        List<String> fundBalanceColumns,
        List<String> fundReceivedColumns,
        List<String> reasonWords,
        Map<Character, Character> ocrLookalikes) {

    /**
     * A breakdown of the funds by nature (funds: natures: in forms.yaml): the spellings of its total's
     * label, and per part its canonical name and spellings. A part label counts only inside a breakdown
     * its total's label opened: 其他资金 and 项目支出 name other things elsewhere.
     */
    public record Nature(List<String> totals, Map<String, List<String>> parts) {
        public Nature {
            totals = List.copyOf(totals);
            parts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts));
        }
    }

    /** The file name shipped in every rules folder. */
    public static final String FILE_NAME = "forms.yaml";
    private static final String BUNDLED = "/perfaudit/" + FILE_NAME;

    /**
     * A template family: how to recognise it and what it prints. {@code lacks} are the header fields
     * the template has no place for (a department-wide form has no 项目名称): absent, not missing.
     */
    public record Family(String id, String name, List<String> titles, List<String> signs, int budgetPoints,
                         Set<IndicatorField> prints, boolean printsTotal, boolean audited, Set<HeaderField> lacks) {

        public boolean lacks(HeaderField field) {
            return lacks.contains(field);
        }
    }

    /** A 二级指标: its canonical name, the 一级 it belongs to, its spellings. */
    public record Level2(String name, String parent, List<String> spellings) {
    }

    /** The header fields; TOTAL_SCORE is a 自评总分 printed in the header (重庆 部门整体, 湖北 广水). */
    public enum HeaderField {
        PROJECT_NAME, DEPARTMENT, IMPLEMENTING_UNIT, UNIT_NAME, PERIOD, TOTAL_SCORE, OTHER;

        /** The key used in forms.yaml. */
        public String key() {
            return switch (this) {
                case PROJECT_NAME -> "projectName";
                case DEPARTMENT -> "department";
                case IMPLEMENTING_UNIT -> "implementingUnit";
                case UNIT_NAME -> "unitName";
                case PERIOD -> "period";
                case TOTAL_SCORE -> "totalScore";
                case OTHER -> "other";
            };
        }
    }

    /**
     * The columns of the 绩效指标 table. NATURE / TARGET_VALUE / UNIT are the parts of a split target;
     * CORE is 是否核心指标 (是 / 否).
     */
    public enum IndicatorField {
        LEVEL1, LEVEL2, NAME, NATURE, TARGET_VALUE, UNIT, TARGET, ACTUAL, WEIGHT, SCORE, REVIEW, DEVIATION, CORE, IGNORED;

        /** The key used in forms.yaml. */
        public String key() {
            return switch (this) {
                case LEVEL1 -> "level1";
                case LEVEL2 -> "level2";
                case NAME -> "name";
                case NATURE -> "nature";
                case TARGET_VALUE -> "targetValue";
                case UNIT -> "unit";
                case TARGET -> "target";
                case ACTUAL -> "actual";
                case WEIGHT -> "weight";
                case SCORE -> "score";
                case REVIEW -> "review";
                case DEVIATION -> "deviation";
                case CORE -> "core";
                case IGNORED -> "ignored";
            };
        }
    }

    /** Reads {@code rules/forms.yaml} from a rules folder; the shipped vocabulary when the folder has none. */
    public static Vocabulary load(Path rulesFolder) throws VocabularyException {
        Path file = rulesFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return standard();
        }
        try {
            return VocabularyLoader.parse(Files.readString(file, StandardCharsets.UTF_8),
                    displayName(rulesFolder, file));
        } catch (IOException e) {
            throw new VocabularyException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    /**
     * Reads a vocabulary from the text of a forms.yaml (shipped to the executors of a distributed run),
     * errors named after {@code shownName} ({@code rules/forms.yaml}).
     */
    public static Vocabulary parse(String yaml, String shownName) throws VocabularyException {
        return VocabularyLoader.parse(yaml, shownName);
    }

    /** How a rules folder's forms.yaml is named in errors: {@code rules/forms.yaml}. */
    public static String displayName(Path rulesFolder, Path file) {
        Path folderName = rulesFolder.toAbsolutePath().normalize().getFileName();
        return (folderName == null ? "" : folderName + "/") + file.getFileName();
    }

    /** The vocabulary shipped with the program (a copy of the repository's rules/forms.yaml). */
    public static Vocabulary standard() {
        return Standard.VOCABULARY;
    }

    /** Loaded once, on first use. */
    private static final class Standard {
        static final Vocabulary VOCABULARY = read();

        private static Vocabulary read() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the program is missing its " + BUNDLED);
                }
                return VocabularyLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "forms.yaml (shipped)");
            } catch (IOException | VocabularyException e) {
                throw new IllegalStateException("the shipped forms vocabulary does not load: " + e.getMessage(), e);
            }
        }
    }
}
