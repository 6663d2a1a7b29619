package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormBuilder;
import perfaudit.ingest.grammar.IndicatorBuilder;
import perfaudit.ingest.grammar.ProblemLog;

import perfaudit.model.Terms;
import perfaudit.model.Terms.IndicatorColumn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The 绩效指标 table in the flow layout. After the header, rows follow until 总分. A row is an
 * optional 二级 label (broken over lines), its cell text, and ends with the line carrying 分值 and
 * 得分 (two numbers at its end), or, for an empty row under a 二级 label, a lone number (its 得分).
 * 一级 label characters are picked out wherever they appear; a row's 一级 follows from its 二级.
 */
final class IndicatorSection {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^\\s\\d≥≤=＝<>＜＞%]+");
    private static final int MAX_HEADER_LINES = 40;

    private final ProblemLog log;
    private final Level1Labels level1Labels = new Level1Labels();
    private final IndicatorBuilder builder = new IndicatorBuilder();

    IndicatorSection(ProblemLog log) {
        this.log = log;
    }

    void read(FlowLayout.Cursor cursor, FormBuilder form) {
        readHeader(cursor);
        List<FlowLine> rowLines = new ArrayList<>();
        while (cursor.hasNext() && !Terms.squeeze(cursor.peek().text()).startsWith(Terms.TOTAL)) {
            rowLines.add(cursor.next());
        }
        FlowCellSplitter splitter = new FlowCellSplitter(nameColumnWidth(rowLines));
        Row row = new Row();
        for (int i = 0; i < rowLines.size(); i++) {
            FlowLine line = rowLines.get(i);
            if (level1Labels.accept(line.text())) {
                log.use(line.line());
                continue;
            }
            if (!row.content.isEmpty() && spellsLevel2(rowLines, i)) {
                // A 二级 label comes only before a row's text: here the next row has begun.
                dropUnfinished(row, "indicator row has no 分值/得分 at its end (the next row's 二级指标 follows)");
                row = new Row();
            }
            if (row.take(line)) {
                addIndicator(row, splitter, form);
                row = new Row();
            }
        }
        if (!row.isEmpty()) {
            dropUnfinished(row, "indicator row has no 分值/得分 at its end");
        }
    }

    /** True when the lines from {@code from} on spell a whole 二级指标 label. */
    private static boolean spellsLevel2(List<FlowLine> lines, int from) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            joined.append(Terms.squeeze(lines.get(i).text()));
            if (Terms.canonicalLevel2(joined.toString()).isPresent()) {
                return true;
            }
            if (!Terms.isLevel2Prefix(joined.toString())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Reports every line of a row whose end was lost; its cells cannot be told apart without it.
     * Its 一级/二级 still pass to the rows below, which inherit them.
     */
    private void dropUnfinished(Row row, String reason) {
        row.settleLevel2();
        builder.inherit(levels(row));
        for (FlowLine line : row.all()) {
            log.report(line.line(), reason);
        }
    }

    private void readHeader(FlowLayout.Cursor cursor) {
        int labelLines = cursor.labelLength(Terms.INDICATOR_HEADER);
        if (labelLines == 0) {
            throw cursor.missing("绩效指标 table not found");
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < labelLines; i++) {
            log.use(cursor.next().line());
        }
        for (int i = 0; i < MAX_HEADER_LINES && cursor.hasNext(); i++) {
            FlowLine line = cursor.next();
            log.use(line.line());
            header.append(Terms.squeeze(line.text()));
            if (header.toString().endsWith("改进措施")) {
                return;
            }
        }
        throw cursor.missing("绩效指标 header does not end with 偏差原因分析及改进措施");
    }

    /** The widest line of plain text in the table: the width at which the 三级指标 column wraps. */
    private static double nameColumnWidth(List<FlowLine> lines) {
        return lines.stream().map(FlowLine::text).filter(t -> PLAIN_TEXT.matcher(t).matches())
                .mapToDouble(TextWidth::of).max().orElse(0);
    }

    private static Map<IndicatorColumn, String> levels(Row row) {
        Map<IndicatorColumn, String> fields = new EnumMap<>(IndicatorColumn.class);
        if (row.level2 != null) {
            String level2 = Terms.canonicalLevel2(row.level2).orElseThrow();
            String level1 = Terms.parentOf(level2);
            fields.put(IndicatorColumn.LEVEL1, level1);
            fields.put(IndicatorColumn.LEVEL2, row.level2);
        }
        return fields;
    }

    private void addIndicator(Row row, FlowCellSplitter splitter, FormBuilder form) {
        Map<IndicatorColumn, String> fields = levels(row);
        if (!row.content.isEmpty()) {
            FlowCellSplitter.Cells cells = splitter.split(row.content);
            if (cells.runOn() != null) {
                dropUnfinished(row, "two indicator rows run together (a second 年度指标值 '" + cells.runOn()
                        + "' follows the first): the first row's 分值/得分 are missing");
                return;
            }
            fields.put(IndicatorColumn.NAME, cells.name());
            fields.put(IndicatorColumn.TARGET, cells.target());
            fields.put(IndicatorColumn.ACTUAL, cells.actual());
        }
        fields.put(IndicatorColumn.WEIGHT, row.weight);
        fields.put(IndicatorColumn.SCORE, row.score);
        FlowLine first = row.all().get(0);
        builder.add(log.locate(first.number()), fields, form.indicators,
                reason -> log.report(first.line(), reason));
        row.all().forEach(l -> log.use(l.line()));
    }

    /** The lines of one row as they arrive. */
    private static final class Row {
        private final List<FlowLine> labelLines = new ArrayList<>();
        private final List<FlowLine> contentLines = new ArrayList<>();
        private final List<String> content = new ArrayList<>();
        private String level2;
        private String weight;
        private String score;

        boolean isEmpty() {
            return labelLines.isEmpty() && contentLines.isEmpty();
        }

        List<FlowLine> all() {
            List<FlowLine> all = new ArrayList<>(labelLines);
            all.addAll(contentLines);
            return all;
        }

        /** Takes a line; true when it completes the row. */
        boolean take(FlowLine line) {
            if (content.isEmpty() && extendsLevel2(line.text())) {
                labelLines.add(line);
                return false;
            }
            settleLevel2();
            contentLines.add(line);
            String[] tokens = line.text().split("\\s+");
            int n = tokens.length;
            if (n >= 2 && isNumber(tokens[n - 1]) && isNumber(tokens[n - 2])) {
                weight = tokens[n - 2];
                score = tokens[n - 1];
                String rest = String.join(" ", java.util.Arrays.copyOf(tokens, n - 2)).strip();
                if (!rest.isEmpty()) {
                    content.add(rest);
                }
                return true;
            }
            if (n == 1 && isNumber(tokens[0]) && content.isEmpty()) {
                score = tokens[0];
                return true;
            }
            content.add(line.text());
            return false;
        }

        /** True while the label lines so far, with this one, still spell a 二级指标. */
        private boolean extendsLevel2(String line) {
            StringBuilder joined = new StringBuilder();
            labelLines.forEach(l -> joined.append(Terms.squeeze(l.text())));
            joined.append(Terms.squeeze(line));
            return Terms.isLevel2Prefix(joined.toString());
        }

        /** Label lines that did not complete a 二级指标 were the start of the name after all. */
        private void settleLevel2() {
            if (level2 != null || labelLines.isEmpty()) {
                return;
            }
            StringBuilder joined = new StringBuilder();
            labelLines.forEach(l -> joined.append(l.text()));
            if (Terms.canonicalLevel2(joined.toString()).isPresent()) {
                level2 = joined.toString();
            } else {
                contentLines.addAll(labelLines);
                labelLines.forEach(l -> content.add(l.text()));
                labelLines.clear();
            }
        }

        private static boolean isNumber(String token) {
            return NUMBER.matcher(token).matches();
        }
    }
}
