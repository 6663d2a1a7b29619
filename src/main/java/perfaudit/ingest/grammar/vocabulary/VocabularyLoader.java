package perfaudit.ingest.grammar.vocabulary;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Family;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Level2;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.FundNature;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Reads forms.yaml into a {@link Vocabulary}, collecting every error with its line: an auditor who
 * mistypes a key or a list sees all the mistakes at once, each where it is.
 */
final class VocabularyLoader {

    private final String file;
    private final List<String> errors = new ArrayList<>();

    private VocabularyLoader(String file) {
        this.file = file;
    }

    static Vocabulary parse(String text, String file) throws VocabularyException {
        return new VocabularyLoader(file).parse(text);
    }

    private Vocabulary parse(String text) throws VocabularyException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new VocabularyException(List.of(at(line) + "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new VocabularyException(List.of(file + ": not valid YAML: " + e.getMessage()));
        }
        if (!(root instanceof MappingNode top)) {
            throw new VocabularyException(List.of(file + ": expected sections (families:, header:, funds:, …)"));
        }
        Map<String, Node> sections = mapping(top, "families", "header", "funds", "goal", "indicators", "passages", "total",
                "tail", "projectList", "moneyUnits", "qualitative", "pageChrome", "ocrLookalikes");
        Vocabulary vocabulary = build(sections, top);
        if (!errors.isEmpty()) {
            throw new VocabularyException(errors);
        }
        return vocabulary;
    }

    private Vocabulary build(Map<String, Node> s, Node top) {
        Map<String, Node> funds = mapping(required(s, "funds", top), "anchors", "columns", "rows", "natures");
        Map<String, Node> goal = mapping(required(s, "goal", top), "anchors", "expected", "actual", "adjusted", "ignored");
        Map<String, Node> indicators = mapping(required(s, "indicators", top), "anchors", "blocks", "columns",
                "level1", "level2", "covers", "budgetExecution", "childPrefixes", "placeholders",
                "statusColumns", "statusWords", "reasonWords");
        Map<String, Node> tail = mapping(required(s, "tail", top), "formDeviation", "other");
        Map<String, Node> list = mapping(required(s, "projectList", top), "titles", "seq");
        Map<String, Node> qualitative = mapping(required(s, "qualitative", top), "targets", "actuals", "natures");
        Map<String, Node> natures = qualitative.get("natures") == null ? Map.of()
                : mapping(qualitative.get("natures"), "quantitative", "qualitative");
        Map<String, List<String>> level1 = level1(required(indicators, "level1", s.get("indicators")));
        Map<FundColumn, List<String>> fundColumns = new EnumMap<>(FundColumn.class);
        List<String> fundIgnored = new ArrayList<>();
        Map<String, List<String>> fundText = new HashMap<>();
        fundText.put("ignored", fundIgnored);
        fundText.put("reason", new ArrayList<>());
        fundText.put("balance", new ArrayList<>());
        fundText.put("received", new ArrayList<>());
        keyed(required(funds, "columns", s.get("funds")), FundColumn.values(), FundColumn::key, "fund column",
                fundColumns, fundText);
        Map<IndicatorField, List<String>> indicatorColumns = new EnumMap<>(IndicatorField.class);
        keyed(required(indicators, "columns", s.get("indicators")),
                IndicatorField.values(), IndicatorField::key, "indicator column", indicatorColumns, Map.of());
        Map<FundLine, List<String>> fundRows = new EnumMap<>(FundLine.class);
        keyed(required(funds, "rows", s.get("funds")), FundLine.values(), FundLine::key, "fund row", fundRows, Map.of());
        if (!fundRows.containsKey(FundLine.TOTAL)) {
            error(s.get("funds"), "funds: rows: needs 'total' (the 年度资金总额 row)");
        }
        return new Vocabulary(file,
                families(required(s, "families", top)),
                header(required(s, "header", top)),
                strings(required(funds, "anchors", s.get("funds"))),
                fundColumns, fundIgnored, fundRows,
                strings(required(goal, "anchors", s.get("goal"))),
                strings(required(goal, "expected", s.get("goal"))),
                strings(required(goal, "actual", s.get("goal"))),
                optionalStrings(goal.get("adjusted")),
                optionalStrings(goal.get("ignored")),
                strings(required(indicators, "anchors", s.get("indicators"))),
                optionalStrings(indicators.get("blocks")),
                indicatorColumns, level1,
                level2(required(indicators, "level2", s.get("indicators")), level1),
                covers(indicators.get("covers"), level1),
                optionalStrings(indicators.get("budgetExecution")),
                optionalStrings(indicators.get("childPrefixes")),
                optionalStrings(indicators.get("placeholders")),
                optionalStrings(s.get("passages")),
                strings(required(s, "total", top)),
                optionalStrings(tail.get("formDeviation")),
                optionalStrings(tail.get("other")),
                strings(required(list, "titles", s.get("projectList"))),
                strings(required(list, "seq", s.get("projectList"))),
                moneyUnits(required(s, "moneyUnits", top)),
                optionalStrings(qualitative.get("targets")),
                optionalStrings(qualitative.get("actuals")),
                optionalStrings(natures.get("quantitative")),
                optionalStrings(natures.get("qualitative")),
                optionalStrings(s.get("pageChrome")),
                fundNatures(funds.get("natures")),
                optionalStrings(mapping(required(s, "header", top), HEADER_KEYS).get("projectNameEndings")),
                optionalStrings(indicators.get("statusColumns")),
                optionalStrings(indicators.get("statusWords")),
                fundText.get("reason"), fundText.get("balance"), fundText.get("received"),
                optionalStrings(indicators.get("reasonWords")),
                lookalikes(s.get("ocrLookalikes")));
    }

    /** ocrLookalikes: — a character OCR reads for another, one character each side (末: 未); optional. */
    private Map<Character, Character> lookalikes(Node node) {
        Map<Character, Character> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode map)) {
            return expected(node, "one character per key, the one it is read for as its value (末: 未)", out);
        }
        for (NodeTuple tuple : map.getValue()) {
            String misread = scalar(tuple.getKeyNode()).strip();
            String meant = scalar(tuple.getValueNode()).strip();
            if (misread.length() != 1 || meant.length() != 1 || misread.equals(meant)) {
                error(tuple.getKeyNode(), "ocrLookalikes: '" + misread + "': '" + meant + "' must be two different single characters");
            } else {
                out.put(misread.charAt(0), meant.charAt(0));
            }
        }
        return out;
    }

    /**
     * funds: natures: — per breakdown (income, expenditure) the spellings of its total and its parts by
     * canonical name. Optional: a vocabulary without it reads no breakdown.
     */
    private Map<FundNature, Vocabulary.Nature> fundNatures(Node node) {
        Map<FundNature, Vocabulary.Nature> natures = new EnumMap<>(FundNature.class);
        if (node == null) {
            return natures;
        }
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a breakdown per key (income:, expenditure:)", natures);
        }
        Map<String, String> totals = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            FundNature nature = java.util.Arrays.stream(FundNature.values()).filter(n -> n.key().equals(name)).findFirst().orElse(null);
            if (nature == null) {
                error(tuple.getKeyNode(), "unknown breakdown '" + name + "' (one of expenditure, income)");
                continue;
            }
            Map<String, Node> fields = mapping(tuple.getValueNode(), "total", "parts");
            List<String> total = strings(required(fields, "total", tuple.getValueNode()));
            for (String spelling : total) {
                claim(totals, spelling, name, fields.get("total"));
            }
            natures.put(nature, new Vocabulary.Nature(total, parts(required(fields, "parts", tuple.getValueNode()))));
        }
        return natures;
    }

    /** Files {@code spelling} under {@code name} in {@code owners}; a spelling already under another name is an error at {@code node}. */
    private void claim(Map<String, String> owners, String spelling, String name, Node node) {
        String before = owners.put(LabelIndex.key(spelling), name);
        if (before != null && !before.equals(name)) {
            error(node, "'" + spelling + "' is listed for both " + before + " and " + name);
        }
    }

    /** A breakdown's parts: canonical name → spellings, a spelling under one name only. */
    private Map<String, List<String>> parts(Node node) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        if (node == null) {
            return parts;
        }
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a part per key with its spellings (基本支出: [基本支出])", parts);
        }
        Map<String, String> owner = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            List<String> spellings = strings(tuple.getValueNode());
            for (String spelling : spellings) {
                claim(owner, spelling, name, tuple.getValueNode());
            }
            parts.put(name, spellings);
        }
        if (parts.isEmpty()) {
            error(node, "no parts: give at least one part with its spellings");
        }
        return parts;
    }

    private List<Family> families(Node node) {
        List<Family> families = new ArrayList<>();
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a family per key (A:, B:, …)", families);
        }
        for (NodeTuple tuple : map.getValue()) {
            String id = scalar(tuple.getKeyNode());
            Map<String, Node> fields = mapping(tuple.getValueNode(), "name", "titles", "signs", "budgetPoints", "prints", "audited",
                    "lacks");
            Node points = required(fields, "budgetPoints", tuple.getValueNode());
            int budgetPoints = 0;
            if (points != null) {
                try {
                    budgetPoints = Integer.parseInt(scalar(points).strip());
                    if (budgetPoints < 0 || budgetPoints > 100) {
                        error(points, "budgetPoints must be 0 to 100, not " + budgetPoints);
                    }
                } catch (NumberFormatException e) {
                    error(points, "budgetPoints '" + scalar(points) + "' is not a whole number of points");
                }
            }
            Set<IndicatorField> prints = EnumSet.noneOf(IndicatorField.class);
            boolean total = false;
            for (Node item : items(fields.get("prints"))) {
                String key = scalar(item);
                switch (key) {
                    case "weight" -> prints.add(IndicatorField.WEIGHT);
                    case "score" -> prints.add(IndicatorField.SCORE);
                    case "deviation" -> prints.add(IndicatorField.DEVIATION);
                    case "total" -> total = true;
                    default -> error(item, "prints: unknown part '" + key + "' (weight, score, deviation or total)");
                }
            }
            boolean audited = true;
            Node auditedNode = fields.get("audited");
            if (auditedNode != null) {
                String value = scalar(auditedNode).strip();
                if (!value.equals("true") && !value.equals("false")) {
                    error(auditedNode, "audited must be true or false, not '" + value + "'");
                }
                audited = !value.equals("false");
            }
            Set<HeaderField> lacks = EnumSet.noneOf(HeaderField.class);
            for (Node item : items(fields.get("lacks"))) {
                String key = scalar(item);
                HeaderField field = Arrays.stream(HeaderField.values()).filter(f -> f.key().equals(key)).findFirst().orElse(null);
                if (field == null || field == HeaderField.OTHER) {
                    error(item, "lacks: unknown header field '" + key + "' (projectName, department, implementingUnit, unitName,"
                            + " period or totalScore)");
                } else {
                    lacks.add(field);
                }
            }
            Node name = required(fields, "name", tuple.getValueNode());
            families.add(new Family(id, name == null ? id : scalar(name),
                    strings(required(fields, "titles", tuple.getValueNode())), optionalStrings(fields.get("signs")),
                    budgetPoints, prints, total, audited, lacks));
        }
        if (families.isEmpty()) {
            error(node, "families: at least one family is needed");
        }
        return families;
    }

    private static final String[] HEADER_KEYS = {"projectName", "department", "implementingUnit", "unitName", "period",
            "totalScore", "other", "projectNameEndings"};

    private Map<HeaderField, List<String>> header(Node node) {
        Map<HeaderField, List<String>> header = new EnumMap<>(HeaderField.class);
        Map<String, Node> fields = mapping(node, HEADER_KEYS);
        header.put(HeaderField.PROJECT_NAME, strings(required(fields, "projectName", node)));
        header.put(HeaderField.DEPARTMENT, strings(required(fields, "department", node)));
        header.put(HeaderField.IMPLEMENTING_UNIT, strings(required(fields, "implementingUnit", node)));
        header.put(HeaderField.UNIT_NAME, optionalStrings(fields.get("unitName")));
        header.put(HeaderField.PERIOD, optionalStrings(fields.get("period")));
        header.put(HeaderField.TOTAL_SCORE, optionalStrings(fields.get("totalScore")));
        header.put(HeaderField.OTHER, optionalStrings(fields.get("other")));
        return header;
    }

    private Map<String, List<String>> level1(Node node) {
        Map<String, List<String>> level1 = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a 一级指标 per key with its spellings", level1);
        }
        for (NodeTuple tuple : map.getValue()) {
            level1.put(scalar(tuple.getKeyNode()), strings(tuple.getValueNode()));
        }
        return level1;
    }

    /** 一级 that span other 一级 (项目绩效 over 产出 / 效益 / 满意度): optional, each name a key of level1. */
    private Map<String, List<String>> covers(Node node, Map<String, List<String>> level1) {
        Map<String, List<String>> covers = new LinkedHashMap<>();
        if (node == null) {
            return covers;
        }
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a 一级指标 per key with the 一级指标 it spans", covers);
        }
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            List<String> spanned = strings(tuple.getValueNode());
            for (String level : Stream.concat(Stream.of(name), spanned.stream()).toList()) {
                if (!level1.containsKey(level)) {
                    error(tuple.getKeyNode(), "covers: '" + level + "' is not a 一级指标 of level1: ("
                            + String.join(", ", level1.keySet()) + ")");
                }
            }
            covers.put(name, spanned);
        }
        return covers;
    }

    private Map<String, Level2> level2(Node node, Map<String, List<String>> level1) {
        Map<String, Level2> level2 = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a 二级指标 per key: {parent: …, spellings: […]}", level2);
        }
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            Map<String, Node> fields = mapping(tuple.getValueNode(), "parent", "spellings");
            Node parentNode = required(fields, "parent", tuple.getValueNode());
            String parent = parentNode == null ? null : scalar(parentNode);
            if (parent != null && !level1.containsKey(parent)) {
                error(parentNode, "parent '" + parent + "' is not a 一级指标 of level1: (" + String.join(", ", level1.keySet()) + ")");
            }
            level2.put(name, new Level2(name, parent, strings(required(fields, "spellings", tuple.getValueNode()))));
        }
        return level2;
    }

    private Map<String, BigDecimal> moneyUnits(Node node) {
        Map<String, BigDecimal> units = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            return expected(node, "a money unit per key with its value in 万元 (元: 0.0001)", units);
        }
        for (NodeTuple tuple : map.getValue()) {
            String value = scalar(tuple.getValueNode());
            try {
                BigDecimal inWan = new BigDecimal(value.strip());
                if (inWan.signum() <= 0) {
                    error(tuple.getValueNode(), "money unit " + scalar(tuple.getKeyNode()) + " must be worth more than 0 万元");
                }
                units.put(scalar(tuple.getKeyNode()), inWan);
            } catch (NumberFormatException e) {
                error(tuple.getValueNode(), "money unit " + scalar(tuple.getKeyNode()) + ": '" + value + "' is not a number");
            }
        }
        if (!units.containsKey("万元")) {
            error(node, "moneyUnits: needs 万元: 1 (every check works in 万元)");
        }
        return units;
    }

    /** A mapping whose keys are one of {@code keys} (or "ignored" when {@code ignored} is given). */
    private <K> void keyed(Node node, K[] keys, java.util.function.Function<K, String> keyName, String what,
                           Map<K, List<String>> into, Map<String, List<String>> printedOnly) {
        if (!(node instanceof MappingNode map)) {
            expected(node, "a " + what + " per key", null);
            return;
        }
        Map<String, K> byName = new HashMap<>();
        for (K key : keys) {
            byName.put(keyName.apply(key), key);
        }
        Map<String, String> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            List<String> spellings = strings(tuple.getValueNode());
            if (printedOnly.containsKey(name)) {
                // columns printed but not among the keyed ones: unread (ignored) or read apart (a funds 原因 / 结余)
                printedOnly.get(name).addAll(spellings);
                continue;
            }
            K key = byName.get(name);
            if (key == null) {
                error(tuple.getKeyNode(), "unknown " + what + " '" + name + "' (one of "
                        + String.join(", ", byName.keySet().stream().sorted().toList())
                        + printedOnly.keySet().stream().sorted().map(k -> ", " + k).collect(java.util.stream.Collectors.joining()) + ")");
                continue;
            }
            for (String spelling : spellings) {
                String before = seen.put(LabelIndex.key(spelling), name);
                if (before != null && !before.equals(name)) {
                    error(tuple.getValueNode(), "'" + spelling + "' is listed for both " + before + " and " + name);
                }
            }
            into.put(key, spellings);
        }
    }

    private Map<String, Node> mapping(Node node, String... keys) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (node == null) {
            return fields;
        }
        if (!(node instanceof MappingNode map)) {
            return expected(node, "keys " + String.join(", ", keys), fields);
        }
        Set<String> known = Set.of(keys);
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!known.contains(key)) {
                error(tuple.getKeyNode(), "unknown key '" + key + "' (expected " + String.join(", ", keys) + ")");
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    private Node required(Map<String, Node> fields, String key, Node owner) {
        Node node = fields.get(key);
        if (node == null) {
            error(owner, "'" + key + ":' is missing");
        }
        return node;
    }

    private List<String> strings(Node node) {
        List<String> values = optionalStrings(node);
        if (node != null && values.isEmpty()) {
            error(node, "the list is empty: give at least one spelling");
        }
        return values;
    }

    private List<String> optionalStrings(Node node) {
        List<String> values = new ArrayList<>();
        for (Node item : items(node)) {
            String value = scalar(item);
            if (value.isBlank() || LabelIndex.key(value).isEmpty()) {
                error(item, "an empty spelling");
            } else {
                values.add(value.strip());
            }
        }
        return List.copyOf(values);
    }

    private List<Node> items(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        return expected(node, "a list: [a, b, c]", List.of());
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        error(node, "expected a single word or number here");
        return "";
    }

    private <T> T expected(Node node, String what, T fallback) {
        error(node, "expected " + what);
        return fallback;
    }

    private void error(Node node, String message) {
        errors.add(at(node == null ? 0 : node.getStartMark().getLine() + 1) + message);
    }

    private String at(int line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** The names of the keyed sections, for messages. */
    static String keys(Set<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }
}
