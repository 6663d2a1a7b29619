package perfaudit.tools;

import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.FundColumn;
import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parsed forms drawn the way units lay them out in Excel and Word: the title and year lines above
 * a bordered table of ten columns with merged label cells, 一级/二级指标 merged down their rows. Drawn
 * once, rendered by {@link WorkbookWriter} and {@link WordWriter}. Every value is written exactly as
 * the parser read it (raw texts, amounts with their printed decimals), so reading a rendition back
 * must give the same facts.
 */
final class FormDrawing {

    static final int COLUMNS = 10;

    enum Style { DOC_TITLE, FORM_TITLE, YEAR, PLAIN, HEADER, LABEL, TEXT, NUMBER }

    /** One piece of a page: a line of text outside any table, or a table. */
    sealed interface Item permits Line, Table {
    }

    record Line(String text, Style style) implements Item {
    }

    /** A placed cell: its top-left position, how far it spans, its text as printed. */
    record Cell(int row, int column, int rowSpan, int columnSpan, String text, Style style) {
    }

    record Table(int columns, int rows, List<Cell> cells, double[] widths) implements Item {

        /** The same table with an empty column inserted before {@code at}: a spacer column. */
        Table withSpacerColumn(int at) {
            List<Cell> moved = new ArrayList<>();
            for (Cell cell : cells) {
                int column = cell.column() >= at ? cell.column() + 1 : cell.column();
                boolean across = cell.column() < at && cell.column() + cell.columnSpan() > at;
                moved.add(new Cell(cell.row(), column, cell.rowSpan(), cell.columnSpan() + (across ? 1 : 0),
                        cell.text(), cell.style()));
            }
            double[] wider = new double[widths.length + 1];
            for (int i = 0, j = 0; i < wider.length; i++) {
                wider[i] = i == at ? 2 : widths[j++];
            }
            return new Table(columns + 1, rows, moved, wider);
        }
    }

    /** A sheet of a workbook, or a run of pages of a Word document. */
    record Section(String name, List<Item> items) {
    }

    /**
     * Column widths in characters of the form table (A..J) and of the project list. 一级 and 二级
     * labels fit on one line: Word flows a merged cell's text over a page break, and the PDF would
     * then show half a label on each page.
     */
    static final double[] FORM_WIDTHS = {8, 15, 17, 16, 8, 13, 13, 9, 8, 16};
    private static final double[] LIST_WIDTHS = {8, 70, 35};

    private FormDrawing() {
    }

    /** The document heading and the project list, when the document has them. */
    static List<Item> preamble(Document document) {
        List<Item> items = new ArrayList<>();
        if (document.title() != null) {
            items.add(new Line(document.title(), Style.DOC_TITLE));
        }
        if (!document.projectList().isEmpty()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(0, 0, 1, 1, Terms.LIST_HEADER_SEQ, Style.HEADER));
            cells.add(new Cell(0, 1, 1, 1, Terms.PROJECT_NAME, Style.HEADER));
            cells.add(new Cell(0, 2, 1, 1, Terms.NOTE, Style.HEADER));
            int row = 1;
            for (ProjectListEntry entry : document.projectList()) {
                cells.add(new Cell(row, 0, 1, 1, String.valueOf(entry.seq()), Style.NUMBER));
                cells.add(new Cell(row, 1, 1, 1, orEmpty(entry.name()), Style.TEXT));
                cells.add(new Cell(row, 2, 1, 1, orEmpty(entry.note()), Style.TEXT));
                row++;
            }
            items.add(new Table(3, row, cells, LIST_WIDTHS));
        }
        return items;
    }

    /** One form: 附件, its title and year lines, and its table. */
    static List<Item> form(Form form) {
        List<Item> items = new ArrayList<>();
        items.add(new Line("附件：", Style.PLAIN));
        items.add(new Line(Terms.FORM_TITLE, Style.FORM_TITLE));
        items.add(new Line("（" + form.year() + "年度）", Style.YEAR));
        items.add(new TableBuilder().form(form));
        return items;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Lays out one form's table row by row. */
    private static final class TableBuilder {
        private final List<Cell> cells = new ArrayList<>();
        private int row;

        Table form(Form form) {
            header(form);
            funds(form);
            goal(form);
            indicators(form);
            total(form);
            return new Table(COLUMNS, row, cells, FORM_WIDTHS);
        }

        private void put(int column, int rowSpan, int columnSpan, String text, Style style) {
            cells.add(new Cell(row, column, rowSpan, columnSpan, orEmpty(text), style));
        }

        private void header(Form form) {
            put(0, 1, 2, Terms.PROJECT_NAME, Style.LABEL);
            put(2, 1, 8, form.projectName(), Style.TEXT);
            row++;
            put(0, 1, 2, Terms.DEPARTMENT, Style.LABEL);
            put(2, 1, 3, form.department() == null ? null : form.department().raw(), Style.TEXT);
            put(5, 1, 1, Terms.IMPLEMENTING_UNIT, Style.LABEL);
            put(6, 1, 4, form.implementingUnit() == null ? null : form.implementingUnit().raw(), Style.TEXT);
            row++;
        }

        private void funds(Form form) {
            put(0, 1 + FundLine.values().length, 2, "项目资金（万元）", Style.LABEL);
            int column = 3;
            for (FundColumn fundColumn : FundColumn.values()) {
                put(column, 1, fundColumn == FundColumn.SCORE ? 2 : 1, Terms.FUND_COLUMN_NAMES.get(fundColumn), Style.HEADER);
                column++;
            }
            row++;
            for (FundLine line : FundLine.values()) {
                String label = switch (line) {
                    case TOTAL -> "年度资金总额：";
                    case CURRENT_YEAR -> "其中：本年财政拨款";
                    case CARRY_OVER -> "上年结转资金";
                    case OTHER -> "其他资金";
                };
                put(2, 1, 1, label, Style.LABEL);
                Funds funds = form.fundLine(line);
                column = 3;
                for (FundColumn fundColumn : FundColumn.values()) {
                    BigDecimal value = funds == null ? null : funds.get(fundColumn);
                    String text = value == null ? "—" : fundColumn == FundColumn.EXECUTION_RATE
                            ? value.toPlainString() + "%" : value.toPlainString();
                    put(column, 1, fundColumn == FundColumn.SCORE ? 2 : 1, text, Style.NUMBER);
                    column++;
                }
                row++;
            }
        }

        private void goal(Form form) {
            put(0, 2, 2, Terms.GOAL_HEADER, Style.LABEL);
            put(2, 1, 4, Terms.GOAL_EXPECTED, Style.HEADER);
            put(6, 1, 4, Terms.GOAL_ACTUAL, Style.HEADER);
            row++;
            put(2, 1, 4, form.goal() == null ? null : form.goal().expected(), Style.TEXT);
            put(6, 1, 4, form.goal() == null ? null : form.goal().actual(), Style.TEXT);
            row++;
        }

        /** 一级 and 二级 cells are merged down the rows that share them, as on the printed form. */
        private void indicators(Form form) {
            List<Indicator> rows = form.indicators();
            put(0, 1 + rows.size(), 1, Terms.INDICATOR_HEADER, Style.LABEL);
            put(1, 1, 1, "一级指标", Style.HEADER);
            put(2, 1, 1, "二级指标", Style.HEADER);
            put(3, 1, 2, "三级指标", Style.HEADER);
            put(5, 1, 1, "年度指标值", Style.HEADER);
            put(6, 1, 1, "实际完成值", Style.HEADER);
            put(7, 1, 1, "分值", Style.HEADER);
            put(8, 1, 1, "得分", Style.HEADER);
            put(9, 1, 1, "偏差原因分析及改进措施", Style.HEADER);
            row++;
            for (int i = 0; i < rows.size(); i++) {
                Indicator indicator = rows.get(i);
                Indicator previous = i == 0 ? null : rows.get(i - 1);
                if (previous == null || !sameLevel1(previous, indicator)) {
                    int span = 1;
                    while (i + span < rows.size() && sameLevel1(indicator, rows.get(i + span))) {
                        span++;
                    }
                    put(1, span, 1, indicator.level1Raw(), Style.LABEL);
                }
                if (previous == null || !sameLevel1(previous, indicator) || !sameLevel2(previous, indicator)) {
                    int span = 1;
                    while (i + span < rows.size() && sameLevel1(indicator, rows.get(i + span))
                            && sameLevel2(indicator, rows.get(i + span))) {
                        span++;
                    }
                    put(2, span, 1, indicator.level2Raw(), Style.LABEL);
                }
                put(3, 1, 2, indicator.name(), Style.TEXT);
                put(5, 1, 1, raw(indicator.target()), Style.TEXT);
                put(6, 1, 1, raw(indicator.actual()), Style.TEXT);
                put(7, 1, 1, plain(indicator.weight()), Style.NUMBER);
                put(8, 1, 1, plain(indicator.score()), Style.NUMBER);
                put(9, 1, 1, indicator.deviation(), Style.TEXT);
                row++;
            }
        }

        private void total(Form form) {
            put(0, 1, 7, Terms.TOTAL, Style.LABEL);
            put(7, 1, 1, form.total() == null ? null : plain(form.total().weight()), Style.NUMBER);
            put(8, 1, 1, form.total() == null ? null : plain(form.total().score()), Style.NUMBER);
            put(9, 1, 1, "", Style.TEXT);
            row++;
        }

        private static boolean sameLevel1(Indicator a, Indicator b) {
            return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level1Raw(), b.level1Raw())
                    && Objects.equals(a.level1Points(), b.level1Points());
        }

        private static boolean sameLevel2(Indicator a, Indicator b) {
            return Objects.equals(a.level2(), b.level2()) && Objects.equals(a.level2Raw(), b.level2Raw());
        }

        private static String raw(Measure measure) {
            return measure == null ? null : measure.raw();
        }

        private static String plain(BigDecimal value) {
            return value == null ? null : value.toPlainString();
        }
    }
}
