package perfaudit.bench.corpus;

import perfaudit.bench.corpus.drawing.Drawing.Cell;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Line;
import perfaudit.bench.corpus.drawing.Drawing.Style;
import perfaudit.bench.corpus.drawing.Drawing.Table;
import perfaudit.bench.corpus.drawing.Drawing;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws forms from their printed texts as units lay them out in a spreadsheet: the title and year
 * lines above a table of ten columns with merged label cells, 一级/二级指标 merged down their rows;
 * and the document heading with the project list. One layout for the generated corpus and for the
 * office renditions of the seeds.
 */
public final class FormTable {

    private static final double[] LIST_WIDTHS = {8, 70, 35};

    /**
     * One indicator row as printed. A null {@code level1} or {@code level2} continues the group of
     * the row above: that cell is merged down over it.
     */
    public record Indicator(String level1, String level2, String name, String target, String actual,
                            String weight, String score, String deviation) {
    }

    /**
     * A form's texts as printed; {@code funds} holds the four fund lines' six columns; {@code fundsExtra} a column
     * after 得分 (its heading, then one cell per line: 原因, 结余), or null.
     */
    public record Texts(String year, String projectName, String department, String unit, String[][] funds,
                        String goalExpected, String goalActual, List<Indicator> indicators, String totalWeight,
                        String totalScore, List<String> fundsExtra) {

        public Texts(String year, String projectName, String department, String unit, String[][] funds,
                     String goalExpected, String goalActual, List<Indicator> indicators, String totalWeight,
                     String totalScore) {
            this(year, projectName, department, unit, funds, goalExpected, goalActual, indicators, totalWeight, totalScore,
                    null);
        }
    }

    /** One project list entry: sequence number, name, note. */
    public record Entry(String seq, String name, String note) {
    }

    private FormTable() {
    }

    /** The document heading (when there is one) and the project list (when not empty). */
    public static List<Item> preamble(String title, List<Entry> list) {
        List<Item> items = new ArrayList<>();
        if (title != null) {
            items.add(new Line(title, Style.DOC_TITLE));
        }
        if (!list.isEmpty()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(0, 0, 1, 1, Terms.LIST_HEADER_SEQ, Style.HEADER));
            cells.add(new Cell(0, 1, 1, 1, Terms.PROJECT_NAME, Style.HEADER));
            cells.add(new Cell(0, 2, 1, 1, Terms.NOTE, Style.HEADER));
            int row = 1;
            for (Entry entry : list) {
                cells.add(new Cell(row, 0, 1, 1, entry.seq(), Style.NUMBER));
                cells.add(new Cell(row, 1, 1, 1, orEmpty(entry.name()), Style.TEXT));
                cells.add(new Cell(row, 2, 1, 1, orEmpty(entry.note()), Style.TEXT));
                row++;
            }
            items.add(new Table(3, row, cells, LIST_WIDTHS));
        }
        return items;
    }

    /** One form: 附件, its title and year lines, and its table. */
    public static List<Item> form(Texts form) {
        List<Item> items = new ArrayList<>();
        items.add(new Line(Terms.ATTACHMENT + "：", Style.PLAIN));
        items.add(new Line(Terms.FORM_TITLE, Style.FORM_TITLE));
        items.add(new Line("（" + form.year() + "年度）", Style.YEAR));
        items.add(new Builder().table(form));
        return items;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Lays out one form's table row by row. */
    private static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private int row;

        Table table(Texts form) {
            header(form);
            funds(form.funds(), form.fundsExtra());
            goal(form);
            indicators(form.indicators());
            put(0, 1, 7, Terms.TOTAL, Style.LABEL);
            put(7, 1, 1, form.totalWeight(), Style.NUMBER);
            put(8, 1, 1, form.totalScore(), Style.NUMBER);
            put(9, 1, 1, "", Style.TEXT);
            row++;
            return new Table(Drawing.COLUMNS, row, cells, Drawing.FORM_WIDTHS);
        }

        private void put(int column, int rowSpan, int columnSpan, String text, Style style) {
            cells.add(new Cell(row, column, rowSpan, columnSpan, orEmpty(text), style));
        }

        private void header(Texts form) {
            put(0, 1, 2, Terms.PROJECT_NAME, Style.LABEL);
            put(2, 1, 8, form.projectName(), Style.TEXT);
            row++;
            put(0, 1, 2, Terms.DEPARTMENT, Style.LABEL);
            put(2, 1, 3, form.department(), Style.TEXT);
            put(5, 1, 1, Terms.IMPLEMENTING_UNIT, Style.LABEL);
            put(6, 1, 4, form.unit(), Style.TEXT);
            row++;
        }

        /**
         * The score column is two wide: the table has ten columns and the funds block nine; where the template prints
         * a column after 得分 (原因, 结余: {@code extra}, its heading then a cell per line) it takes the second.
         */
        private void funds(String[][] funds, List<String> extra) {
            FundColumn[] columns = FundColumn.values();
            int scoreSpan = extra == null ? 2 : 1;
            put(0, 1 + funds.length, 2, Terms.FUNDS_HEADER + "（万元）", Style.LABEL);
            for (int c = 0; c < columns.length; c++) {
                put(3 + c, 1, columns[c] == FundColumn.SCORE ? scoreSpan : 1, Terms.FUND_COLUMN_NAMES.get(columns[c]), Style.HEADER);
            }
            if (extra != null) {
                put(9, 1, 1, extra.get(0), Style.HEADER);
            }
            row++;
            for (int line = 0; line < funds.length; line++) {
                put(2, 1, 1, GeneratedForm.FUND_LABELS[line], Style.LABEL);
                for (int c = 0; c < columns.length; c++) {
                    put(3 + c, 1, columns[c] == FundColumn.SCORE ? scoreSpan : 1, funds[line][c], Style.NUMBER);
                }
                if (extra != null) {
                    String cell = extra.get(1 + line);
                    put(9, 1, 1, cell, !cell.isEmpty() && Character.isDigit(cell.charAt(0)) ? Style.NUMBER : Style.TEXT);
                }
                row++;
            }
        }

        private void goal(Texts form) {
            put(0, 2, 2, Terms.GOAL_HEADER, Style.LABEL);
            put(2, 1, 4, Terms.GOAL_EXPECTED, Style.HEADER);
            put(6, 1, 4, Terms.GOAL_ACTUAL, Style.HEADER);
            row++;
            put(2, 1, 4, form.goalExpected(), Style.TEXT);
            put(6, 1, 4, form.goalActual(), Style.TEXT);
            row++;
        }

        private void indicators(List<Indicator> rows) {
            put(0, 1 + rows.size(), 1, Terms.INDICATOR_HEADER, Style.LABEL);
            // one column each from 一级指标 on, but 三级指标 spans two (the spacer of the tabbed export)
            int column = 1;
            for (Terms.IndicatorColumn header : Terms.IndicatorColumn.values()) {
                int span = header == Terms.IndicatorColumn.NAME ? 2 : 1;
                put(column, 1, span, header.header, Style.HEADER);
                column += span;
            }
            row++;
            for (int i = 0; i < rows.size(); i++) {
                Indicator indicator = rows.get(i);
                if (indicator.level1() != null) {
                    int span = 1;
                    while (i + span < rows.size() && rows.get(i + span).level1() == null) {
                        span++;
                    }
                    put(1, span, 1, indicator.level1(), Style.LABEL);
                }
                if (indicator.level2() != null) {
                    int span = 1;
                    while (i + span < rows.size() && rows.get(i + span).level1() == null
                            && rows.get(i + span).level2() == null) {
                        span++;
                    }
                    put(2, span, 1, indicator.level2(), Style.LABEL);
                }
                put(3, 1, 2, indicator.name(), Style.TEXT);
                put(5, 1, 1, indicator.target(), Style.TEXT);
                put(6, 1, 1, indicator.actual(), Style.TEXT);
                put(7, 1, 1, indicator.weight(), Style.NUMBER);
                put(8, 1, 1, indicator.score(), Style.NUMBER);
                put(9, 1, 1, indicator.deviation(), Style.TEXT);
                row++;
            }
        }
    }
}
