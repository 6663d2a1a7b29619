package perfaudit.ingest.grammar;

import perfaudit.model.CodedName;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.FundColumn;
import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.Goal;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Terms;
import perfaudit.model.Terms.IndicatorColumn;
import perfaudit.model.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads forms from a grid of rows of cells, merged cells repeated as empty cells: the tabbed text
 * export, a spreadsheet, the tables of a Word document or a PDF. Each row is recognised by its
 * label cell; columns come from each form's own header rows because the column count varies
 * between forms of one document. A grid comes in sections (a workbook's sheets): a form never runs
 * from one section into the next.
 */
public final class GridLayout {

    private static final Pattern YEAR = Pattern.compile("[(（]\\s*(\\d{4})\\s*年度?\\s*[)）]");
    private static final Pattern LIST_ENTRY = Pattern.compile("\\d{1,4}");
    /** A line holding nothing but the form's year, such as {@code (2023年度)}, after squeezing. */
    private static final Pattern YEAR_LINE = Pattern.compile("[(（]\\d{4}年度?[)）]");

    private final String file;
    private final ProblemLog log;
    private final List<ProjectListEntry> projectList = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();
    private final StringBuilder title = new StringBuilder();

    private FormBuilder form;
    private GridRow formStart;
    private Map<FundColumn, Integer> fundColumns;
    private int goalExpectedColumn = -1;
    private int goalActualColumn = -1;
    private boolean expectGoalRow;
    private IndicatorRows indicators;
    private boolean projectNameRow;
    private boolean departmentRow;

    private GridLayout(String file, ProblemLog log) {
        this.file = file;
        this.log = log;
    }

    /**
     * Reads the forms of a grid. {@code log} locates the rows (numbered 1.. in reading order over
     * all sections) and may already hold the problems the format's reader met.
     */
    public static Document read(String file, String layoutName, List<List<GridRow>> sections, ProblemLog log) {
        GridLayout layout = new GridLayout(file, log);
        for (List<GridRow> section : sections) {
            layout.readSection(section);
        }
        String heading = layout.title.isEmpty() ? null : layout.title.toString();
        List<GridRow> all = sections.stream().flatMap(List::stream).toList();
        return new Document(file, layoutName, heading, layout.projectList, layout.forms, log.finish(all));
    }

    private void readSection(List<GridRow> rows) {
        int[] widths = tableWidths(rows);
        for (int i = 0; i < rows.size(); i++) {
            GridRow line = rows.get(i);
            Row row = Row.of(line);
            int width = widths[i];
            if (width > 0 && line.tabular() && row.cells.size() != width) {
                GridRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
                int nextCells = next != null && next.tabular() ? next.cells().size() : 0;
                if (row.cells.size() < width && row.cells.size() + nextCells - 1 == width) {
                    // Breaking a row keeps all its tabs, so two short pieces that add up to the
                    // form's width are one row broken over two lines: read it whole.
                    log.report(line, "row broken over lines " + line.number() + " and " + next.number() + " ("
                            + row.cells.size() + " + " + nextCells + " cells, the form's rows have " + width
                            + "); read as one row");
                    log.use(next);
                    line = line.joinedWith(next);
                    row = Row.of(line);
                    i++;
                } else if (!line.isBlank()) {
                    log.report(line, "row has " + row.cells.size() + " cells, the form's rows have " + width
                            + (row.cells.size() < width ? ": cut short, its last cell may be incomplete"
                            : ": two rows run together?"));
                }
            }
            // Only now: a piece of a broken row may be blank (the row's leading empty cells).
            if (line.isBlank()) {
                continue;
            }
            try {
                readLine(line, row);
            } catch (RuntimeException e) {
                log.report(line, "could not read row: " + e.getMessage());
            }
        }
        finishForm();
    }

    /**
     * The number of cells in the rows of each line's form (0 before the first form). A tabbed
     * export pads every row of a form to the same number of cells, so a row with another count
     * was damaged. A form runs from its title, year or 项目名称 line to the next; its width is the
     * most common cell count of its rows, so one damaged row cannot change it.
     */
    private static int[] tableWidths(List<GridRow> rows) {
        int[] widths = new int[rows.size()];
        int start = -1;
        for (int i = 0; i <= rows.size(); i++) {
            if (i == rows.size() || beginsFormBlock(rows.get(i))) {
                if (start >= 0) {
                    Arrays.fill(widths, start, i, commonWidth(rows.subList(start, i)));
                }
                start = i;
            }
        }
        return widths;
    }

    /** Called for every row of a file: the year test runs only on rows that hold 年. */
    private static boolean beginsFormBlock(GridRow row) {
        String first = Terms.squeeze(firstCell(row));
        return first.equals(Terms.FORM_TITLE) || first.equals(Terms.PROJECT_NAME)
                || row.text().indexOf('年') >= 0 && YEAR_LINE.matcher(Terms.squeeze(row.text())).matches();
    }

    /** The first cell with text, stripped ({@code Row.of(row).first()} without building the row). */
    private static String firstCell(GridRow row) {
        for (GridCell cell : row.cells()) {
            String text = cell.text().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static int commonWidth(List<GridRow> block) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        for (GridRow row : block) {
            if (row.tabular()) {
                int width = row.cells().size();
                if (counts.merge(width, 1, Integer::sum) > counts.getOrDefault(best, 0)) {
                    best = width;
                }
            }
        }
        return best;
    }

    private void readLine(GridRow line, Row row) {
        String label = Terms.squeeze(row.first());
        if (label.equals(Terms.FORM_TITLE)) {
            startForm(line);
        } else if (beginsUntitledForm(line, row, label)) {
            startForm(line);
            log.report(line, "form has no title " + Terms.FORM_TITLE + "; a new form starts at this row");
            readFormRow(line, row, label);
        } else if (form == null) {
            readPreamble(line, row, label);
        } else if (expectGoalRow) {
            readGoalRow(line, row);
        } else if (label.startsWith(Terms.TOTAL) && label.length() <= 3) {
            readTotal(line, row);
        } else if (indicators != null && !isAttachment(label)) {
            // 附件 only follows a form; in the table it would read as an indicator named 附件.
            indicators.read(line, row);
        } else {
            readFormRow(line, row, label);
        }
    }

    private void readPreamble(GridRow line, Row row, String label) {
        if (label.equals(Terms.LIST_HEADER_SEQ)) {
            log.use(line);
        } else if (LIST_ENTRY.matcher(label).matches() && row.cells.size() > 1) {
            List<String> rest = row.nonEmptyAfter(row.firstIndex());
            String name = rest.isEmpty() ? null : rest.get(0);
            String note = rest.size() > 1 ? String.join(" ", rest.subList(1, rest.size())) : null;
            projectList.add(new ProjectListEntry(line.location(),
                    Integer.parseInt(label), name, note));
            log.use(line);
        } else if (isAttachment(label)) {
            log.use(line);
        } else if (projectList.isEmpty() && (forms.isEmpty() || title.isEmpty())) {
            // The heading: text before the list and the first form (or on a list sheet that comes last).
            title.append(line.text().strip());
            log.use(line);
        }
    }

    private static boolean isAttachment(String label) {
        return label.startsWith(Terms.ATTACHMENT) && label.length() <= 3;
    }

    private void startForm(GridRow line) {
        finishForm();
        form = new FormBuilder(line.location());
        formStart = line;
        log.use(line);
    }

    /**
     * A header row (year, 项目名称, 主管部门) after the current form's 总分, or one the form already
     * has, belongs to the next form, whose title line is missing: read into the current form it
     * would overwrite that form's fields. Before the first form only a 项目名称 row starts one (a
     * year line there may be part of the document's heading).
     */
    private boolean beginsUntitledForm(GridRow line, Row row, String label) {
        boolean name = label.equals(Terms.PROJECT_NAME);
        if (form == null) {
            return name;
        }
        boolean year = row.nonEmptyCount() == 1 && YEAR_LINE.matcher(Terms.squeeze(line.text())).matches();
        boolean department = label.equals(Terms.DEPARTMENT);
        boolean finished = form.total != null;
        return (year || name || department) && finished
                || year && form.year != null || name && projectNameRow || department && departmentRow;
    }

    private void finishForm() {
        if (form == null) {
            return;
        }
        if (indicators != null) {
            // 总分 closes the table; without it the table ran to the end of the form.
            log.report(indicators.last, Terms.INDICATOR_HEADER + " table ends without a " + Terms.TOTAL + " row");
        }
        if (form.projectName == null && form.funds.isEmpty() && form.indicators.isEmpty()) {
            log.report(formStart.number(), Terms.FORM_TITLE, "form title with no form after it");
        } else {
            forms.add(form.build());
        }
        form = null;
        fundColumns = null;
        indicators = null;
        expectGoalRow = false;
        projectNameRow = false;
        departmentRow = false;
    }

    private void readFormRow(GridRow line, Row row, String label) {
        Matcher year = YEAR.matcher(line.text());
        if (form.year == null && year.find() && row.nonEmptyCount() == 1) {
            form.year = Integer.parseInt(year.group(1));
            log.use(line);
        } else if (label.equals(Terms.PROJECT_NAME)) {
            form.projectName = row.nonEmptyAfter(row.firstIndex()).stream().findFirst().orElse(null);
            projectNameRow = true;
            log.use(line);
        } else if (label.equals(Terms.DEPARTMENT)) {
            readUnits(line, row);
        } else if (label.startsWith(Terms.FUNDS_HEADER)) {
            fundColumns = fundHeader(row);
            log.use(line);
        } else if (fundColumns != null && Terms.fundLine(row.first()).isPresent()) {
            readFunds(line, row);
        } else if (label.equals(Terms.GOAL_HEADER)) {
            goalExpectedColumn = row.indexOf(Terms.GOAL_EXPECTED);
            goalActualColumn = row.indexOf(Terms.GOAL_ACTUAL);
            expectGoalRow = true;
            log.use(line);
        } else if (label.equals(Terms.INDICATOR_HEADER)) {
            indicators = new IndicatorRows(line, indicatorHeader(row));
            log.use(line);
        } else if (isAttachment(label)) {
            log.use(line);
        } else {
            log.report(line, "row not recognised in form '" + form.projectName + "'");
        }
    }

    private void readUnits(GridRow line, Row row) {
        if (!projectNameRow) {
            // 项目名称 always precedes 主管部门: without it the form is damaged, not merely unnamed (MISS-HEADER).
            log.report(line, "form has no " + Terms.PROJECT_NAME + " row before its " + Terms.DEPARTMENT + " row");
        }
        int unitLabel = row.indexOf(Terms.IMPLEMENTING_UNIT);
        List<String> departmentCells = row.nonEmptyBetween(row.firstIndex() + 1,
                unitLabel < 0 ? row.cells.size() : unitLabel);
        form.department = departmentCells.isEmpty() ? null : CodedName.parse(departmentCells.get(0));
        if (unitLabel >= 0) {
            form.implementingUnit = row.nonEmptyAfter(unitLabel).stream().findFirst().map(CodedName::parse).orElse(null);
        }
        departmentRow = true;
        log.use(line);
    }

    private static Map<FundColumn, Integer> fundHeader(Row row) {
        Map<FundColumn, Integer> columns = new EnumMap<>(FundColumn.class);
        for (int i = 0; i < row.cells.size(); i++) {
            String cell = Terms.squeeze(row.cells.get(i));
            for (Map.Entry<FundColumn, List<String>> column : Terms.FUND_COLUMNS.entrySet()) {
                if (column.getValue().contains(cell) && !columns.containsKey(column.getKey())) {
                    columns.put(column.getKey(), i);
                }
            }
        }
        return columns;
    }

    /** Values sit after the row's label in the header's column order, whatever the label's own column. */
    private void readFunds(GridRow line, Row row) {
        FundLine fundLine = Terms.fundLine(row.first()).orElseThrow();
        Integer first = fundColumns.get(FundColumn.INITIAL_BUDGET);
        if (first == null) {
            log.report(line, "项目资金 header has no 年初预算数 column");
            return;
        }
        BigDecimal[] values = new BigDecimal[FundColumn.values().length];
        for (FundColumn column : FundColumn.values()) {
            Integer header = fundColumns.get(column);
            if (header == null) {
                continue;
            }
            String cell = row.cell(row.firstIndex() + 1 + header - first);
            try {
                values[column.ordinal()] = Numbers.parse(cell);
            } catch (NumberFormatException e) {
                log.report(line, Terms.FUND_LINE_NAMES.get(fundLine) + " " + Terms.FUND_COLUMN_NAMES.get(column)
                        + ": " + e.getMessage());
            }
        }
        form.funds.put(fundLine, Funds.of(line.location(), values));
        log.use(line);
    }

    private void readGoalRow(GridRow line, Row row) {
        expectGoalRow = false;
        List<Integer> filled = row.nonEmptyIndexes();
        String expected = null;
        String actual = null;
        if (filled.size() >= 2) {
            expected = row.cell(filled.get(0));
            actual = row.cell(filled.get(1));
            if (filled.size() > 2) {
                log.report(line, "年度总体目标 row has " + filled.size() + " texts; expected 预期目标 and 实际完成情况");
            }
        } else if (filled.size() == 1) {
            int at = filled.get(0);
            boolean nearerActual = goalActualColumn >= 0
                    && Math.abs(at - goalActualColumn) < Math.abs(at - goalExpectedColumn);
            if (nearerActual) {
                actual = row.cell(at);
            } else {
                expected = row.cell(at);
            }
        }
        form.goal = new Goal(line.location(), expected, actual);
        log.use(line);
    }

    private void readTotal(GridRow line, Row row) {
        List<String> values = row.nonEmptyAfter(row.firstIndex());
        BigDecimal weight = null;
        BigDecimal score = null;
        try {
            weight = values.size() > 0 ? Numbers.parse(values.get(0)) : null;
            score = values.size() > 1 ? Numbers.parse(values.get(1)) : null;
        } catch (NumberFormatException e) {
            log.report(line, "总分: " + e.getMessage());
        }
        if (values.size() > 2) {
            log.report(line, "总分 row has more than 分值 and 得分: " + values);
        }
        form.total = new Total(line.location(), weight, score);
        indicators = null;
        log.use(line);
    }

    private static Map<IndicatorColumn, Integer> indicatorHeader(Row row) {
        Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
        for (int i = 0; i < row.cells.size(); i++) {
            String cell = Terms.squeeze(row.cells.get(i));
            for (IndicatorColumn column : IndicatorColumn.values()) {
                if (cell.equals(column.header) || (column == IndicatorColumn.DEVIATION && cell.startsWith("偏差"))) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        return columns;
    }

    /** The rows between the 绩效指标 header and 总分, with 一级/二级 carried down merged cells. */
    private final class IndicatorRows {
        private final IndicatorRowAligner aligner;
        private final IndicatorBuilder carry = new IndicatorBuilder();
        /** The table's last line so far: where a missing 总分 is reported. */
        private GridRow last;

        IndicatorRows(GridRow header, Map<IndicatorColumn, Integer> columns) {
            this.aligner = new IndicatorRowAligner(columns);
            this.last = header;
        }

        void read(GridRow line, Row row) {
            last = line;
            if (!line.tabular()) {
                log.report(line, "line inside the 绩效指标 table has no tab-separated cells");
                return;
            }
            List<IndicatorRowAligner.Cell> cells = new ArrayList<>();
            for (int index : row.nonEmptyIndexes()) {
                cells.add(new IndicatorRowAligner.Cell(index, row.cell(index)));
            }
            Optional<Map<IndicatorColumn, IndicatorRowAligner.Cell>> aligned = aligner.align(cells);
            if (aligned.isEmpty()) {
                log.report(line, "indicator row does not fit the 绩效指标 columns");
                // Its 一级/二级 cells are merged over the rows below: they still pass down.
                for (IndicatorRowAligner.Cell cell : cells) {
                    if (Terms.canonicalLevel2(cell.text()).isPresent()) {
                        carry.inherit(Map.of(IndicatorColumn.LEVEL2, cell.text()));
                    } else if (Terms.canonicalLevel1(cell.text()).isPresent()) {
                        carry.inherit(Map.of(IndicatorColumn.LEVEL1, cell.text()));
                    }
                }
                return;
            }
            Map<IndicatorColumn, String> fields = new EnumMap<>(IndicatorColumn.class);
            aligned.get().forEach((column, cell) -> fields.put(column, cell.text()));
            carry.add(line.location(), fields, form.indicators,
                    reason -> log.report(line, reason));
            log.use(line);
        }
    }

    /** A tab-split line. */
    private record Row(List<String> cells) {

        static Row of(GridRow line) {
            List<String> cells = new ArrayList<>();
            for (GridCell cell : line.cells()) {
                cells.add(cell.text().strip());
            }
            return new Row(cells);
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        int firstIndex() {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    return i;
                }
            }
            return -1;
        }

        String first() {
            int index = firstIndex();
            return index < 0 ? "" : cells.get(index);
        }

        int indexOf(String label) {
            for (int i = 0; i < cells.size(); i++) {
                if (Terms.squeeze(cells.get(i)).equals(label)) {
                    return i;
                }
            }
            return -1;
        }

        List<Integer> nonEmptyIndexes() {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    indexes.add(i);
                }
            }
            return indexes;
        }

        int nonEmptyCount() {
            return nonEmptyIndexes().size();
        }

        List<String> nonEmptyAfter(int index) {
            return nonEmptyBetween(index + 1, cells.size());
        }

        List<String> nonEmptyBetween(int from, int to) {
            List<String> values = new ArrayList<>();
            for (int i = Math.max(from, 0); i < Math.min(to, cells.size()); i++) {
                if (!cells.get(i).isEmpty()) {
                    values.add(cells.get(i));
                }
            }
            return values;
        }
    }
}
