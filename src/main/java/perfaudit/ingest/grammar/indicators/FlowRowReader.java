package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.ColumnOrder;
import perfaudit.ingest.grammar.indicators.cells.Placeholders;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.cells.RowText;
import perfaudit.ingest.grammar.indicators.glued.CoreMarkedRows;
import perfaudit.ingest.grammar.indicators.glued.GluedIndicatorRows;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.model.Indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of text that lost its grid, gathered by {@link FlowRows}, read into the header's columns:
 * an indicator of the form, a problem where it does not fit, or glued text handed to
 * {@link GluedSection}. Apart from the gathering because what a row's cells mean (cut short, wrapped,
 * run together with the next) is a question of its own.
 */
final class FlowRowReader {

    /** A wrapped reason's tail on a line of its own is short (a narrow column's last words), in key characters. */
    private static final int WRAPPED_REASON_TAIL = 20;

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final IndicatorBuilder builder;
    private final RowEnds ends;
    private final GluedSection glued;
    private final Placeholders placeholders;
    /** The header's columns after 一级 / 二级: a row's cells after its labels. */
    private final List<IndicatorField> valueFields;
    private final RowAligner aligner;
    /** The row's cells against the header's columns in print order. */
    private final ColumnOrder columns;
    /** The width at which the 三级指标 column wraps (see RowEnds.wrapWidth). */
    private final double nameWidth;

    FlowRowReader(PartScan scanner, FormDraft form, List<IndicatorField> valueFields, IndicatorBuilder builder, RowEnds ends,
                  GluedSection glued, Placeholders placeholders, double nameWidth) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.builder = builder;
        this.ends = ends;
        this.glued = glued;
        this.placeholders = placeholders;
        this.valueFields = valueFields;
        int[] noColumns = new int[valueFields.size()];
        Arrays.fill(noColumns, -1);
        this.aligner = new RowAligner(valueFields, noColumns, scanner.lex);
        this.columns = new ColumnOrder(valueFields, aligner);
        this.nameWidth = nameWidth;
    }

    /**
     * The last row read whole though, read in column order, it stops before its 分值 / 得分 (a column skipped to fit
     * its figures): the row to read again as cut if only text that is no row follows it before the text ends.
     */
    private record StoppedEarly(int index, int last, IndicatorBuilder.Labels labels, Cell at,
                                Map<IndicatorField, RowAligner.Item> inColumnOrder) {
    }

    /** The row read whole that stops early in column order, while nothing but text without figures followed it. */
    private StoppedEarly stoppedEarly;
    /** Text without figures, read as a name the text stops in, came right after {@link #stoppedEarly}. */
    private boolean textAfterStoppedEarly;

    /** A row's cells (after its labels): name, target and actual texts, then the values. */
    void read(FlowRow row) {
        StoppedEarly before = stoppedEarly;
        stoppedEarly = null;
        textAfterStoppedEarly = false;
        readRow(row, before);
    }

    /**
     * This table's text ends here (the input ends, or another text begins: the next form's title, a page's chrome).
     * Where the last row read was read whole only by skipping a column, and what followed it up to here is text with
     * no figure that the reader took for a name the text stops in, that text is no row of this table (the site's
     * name over the next document, words of its page) and the row is the one the text stops in: its cells are put in
     * column order, as a row the input ends in, and the form is cut after it.
     */
    void textEnds() {
        if (stoppedEarly == null || !textAfterStoppedEarly || stoppedEarly.index() != form.indicators.size() - 1) {
            return;
        }
        builder.replaceAsCut(stoppedEarly.index(), stoppedEarly.labels(), stoppedEarly.at(), stoppedEarly.inColumnOrder());
        form.stoppedAt = stoppedEarly.last();
        stoppedEarly = null;
    }

    private void readRow(FlowRow row, StoppedEarly before) {
        List<Cell> cells = new ArrayList<>(row.cells.size()); // a loop, not a stream: every flow indicator row
        for (Cell c : row.cells) {
            if (!c.isBlank() || c.gap() == Cell.Gap.CELL) {
                cells.add(c);
            }
        }
        List<RowAligner.Item> items = RowText.items(cells, s.lex, valueFields, nameWidth, t.glued);
        int first = row.first;
        int last = Math.max(first, row.last);
        if (items.isEmpty() || isPlaceholder(items)) {
            s.use(first, last + 1);
            return;
        }
        boolean cutShort = isCutShort(items, last);
        if (!cutShort && !t.glued && RowText.wordsOverLines(cells, items)
                && (valueFields.contains(IndicatorField.TARGET) || valueFields.contains(IndicatorField.TARGET_VALUE))) {
            // words on lines of their own: a wrapped name, or name / target / actual — never silently one name
            refuse(first, last, "indicator row of words on separate lines: name, 指标值 and 完成值 cannot be told apart: "
                    + String.join(" | ", cells.stream().filter(c -> !c.isBlank()).map(c -> c.text().strip()).toList())
                    + " — 指标行各行文字无法区分指标名称、指标值和完成值");
            return;
        }
        if (readAsGlued(cells, first, last, cutShort)) {
            return;
        }
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = cutShort ? columns.positional(items) : aligner.align(items);
        if (!cutShort && !row.afterLabel && textBetweenRowsOnOneLine(cells, first, last, aligned)) {
            return; // before the repairs below: joined to the next row's name, the text would read as a wrapped name
        }
        if (aligned.isEmpty()) {
            aligned = alignedLoosely(items);
        }
        if (!cutShort) {
            aligned = nameNotShiftedIntoTarget(items, aligned);
        }
        if (aligned.isPresent() && namedByBound(aligned.get().get(IndicatorField.NAME))) {
            // a bound (≥90%) is a 年度指标值, never a 三级 name: the row's name was lost or taken for a label
            refuse(first, last, "indicator row without its name, a value where the name stands: "
                    + String.join(" | ", items.stream().map(RowAligner.Item::text).toList()) + " — 指标行缺少指标名称，名称处为指标值");
            return;
        }
        if (t.glued && cutShort && GluedIndicatorRows.handles(valueFields) && ends.scoreOnly() && (aligned.isEmpty()
                || ends.missesScores(row, aligned.get()) || aligned.get().keySet().stream().allMatch(f -> f == IndicatorField.NAME))) {
            // as in readAsGlued, where the text stops inside the glued rows: the rows before the cut are read, the cut one is not
            glued.read(cells, first, last, cutShort);
            return;
        }
        if (aligned.isEmpty()) {
            refuse(first, last, unfitted(items));
            return;
        }
        addAligned(row, items, aligned.get(), cutShort, before);
    }

    /**
     * The row's cells stop short of its columns: the input ends inside it (its last filled cell, no end mark), or the
     * next form's title or page follows a row without its 分值/得分 — the text was cut inside the row, as where a file
     * ends (an excerpt, then the next form), not a row that lost a line; then the form stops here.
     */
    private boolean isCutShort(List<RowAligner.Item> items, int last) {
        if (ends.lastFilledCell(last) && !columns.endsInLastColumnMark(items) && !columns.reachesActualWithoutPoints(items)
                && !columns.reachesScoreBeforeReview(items)) {
            return true;
        }
        if (ends.otherTextAfter(last) && columns.stopsBeforePoints(items)) {
            form.stoppedAt = last;
            return true;
        }
        return false;
    }

    /** Glued text whose columns the glued-row readers cut (core-marked rows, a 计量单位 column, points first or none). */
    private boolean readAsGlued(List<Cell> cells, int first, int last, boolean cutShort) {
        if (!t.glued) {
            return false;
        }
        if (CoreMarkedRows.handles(valueFields)) {
            glued.readCoreMarked(cells, first, last, ends.lastFilledCell(last));
            return true;
        }
        if (valueFields.contains(IndicatorField.UNIT) && GluedIndicatorRows.handles(valueFields)) {
            // a 计量单位 column: the figures glued bare (万亩2810810), no cell boundary the general reader could find
            glued.read(cells, first, last, cutShort);
            return true;
        }
        if (!cutShort && GluedIndicatorRows.handles(valueFields) && (ends.weightBeforeTarget() || ends.noPoints() || ends.scoreOnly())) {
            glued.read(cells, first, last);
            return true;
        }
        return false;
    }

    /**
     * A row the aligner could not fit whole, fitted with less: without its trailing empty cells, without any empty
     * cell, or as one name wrapped over its lines.
     */
    private Optional<Map<IndicatorField, RowAligner.Item>> alignedLoosely(List<RowAligner.Item> items) {
        Optional<Map<IndicatorField, RowAligner.Item>> aligned = Optional.empty();
        List<RowAligner.Item> kept = new ArrayList<>(items);
        while (aligned.isEmpty() && kept.size() > 1 && kept.get(kept.size() - 1).value().kind() == Value.Kind.EMPTY) {
            kept.remove(kept.size() - 1);
            aligned = aligner.align(kept);
        }
        if (aligned.isEmpty()) {
            kept = items.stream().filter(i -> i.value().kind() != Value.Kind.EMPTY).toList();
            aligned = aligner.align(kept);
        }
        List<RowAligner.Item> oneName = aligned.isEmpty() ? RowText.wrappedName(items, valueFields) : null;
        return oneName != null ? aligner.align(oneName) : aligned;
    }

    /** Why a row fits no reading: two rows run together (two bounds, or more cells than columns), or a row off the columns. */
    private String unfitted(List<RowAligner.Item> items) {
        long targets = items.stream().filter(i -> i.value().kind() == Value.Kind.MEASURE
                && Value.COMPARATORS.indexOf(i.value().cell().key().charAt(0)) >= 0).count();
        return (targets >= 2 || items.size() > valueFields.size()
                ? "two indicator rows run together (a row's 分值/得分 line was lost?): " : "indicator row does not fit the 绩效指标 columns: ")
                + String.join(" | ", items.stream().map(RowAligner.Item::text).toList()) + " — 指标行与表头列对不上";
    }

    /** The row read into its columns: added to the form, or reported where its points are missing or the text stops in its name. */
    private void addAligned(FlowRow row, List<RowAligner.Item> items, Map<IndicatorField, RowAligner.Item> aligned,
                            boolean cutShort, StoppedEarly before) {
        int first = row.first;
        int last = Math.max(first, row.last);
        RowAligner.Item nameItem = aligned.get(IndicatorField.NAME);
        boolean childRow = nameItem != null && builder.isChild(nameItem.text());
        if (!cutShort && !childRow && ends.missesScores(row, aligned)) {
            if (!continuesReasonAbove(items, first, last)) {
                refuse(first, last, "indicator row has no 分值/得分 at its end (its line was lost?) — 指标行缺少分值和得分");
            }
            return;
        }
        boolean figures = items.stream().anyMatch(i -> i.value().isNumeric() || i.value().kind() == Value.Kind.MEASURE);
        if (cutShort && (!figures || aligned.keySet().stream().allMatch(f -> f == IndicatorField.NAME))) {
            // the text stops inside the row's name: nothing of it to audit (the form says where it stops)
            if (!figures && before != null && nextFilled(before.last()) == first) {
                stoppedEarly = before; // or it is no row, and the row before is where the text stops (see textEnds)
                textAfterStoppedEarly = true;
            }
            s.use(first, last + 1);
            return;
        }
        if (!cutShort && !t.glued) {
            stoppedEarly = stopsEarlyInColumnOrder(items, aligned, first, last);
        }
        builder.add(t.get(first), cutShort ? withoutCutName(items, aligned) : aligned, cutShort);
        s.use(first, last + 1);
    }

    /**
     * A row the text stops in, read as far as it goes: where its last cell, read as the 实际完成值, is words
     * while its 年度指标值 is a figure, the two are not one row's target and actual (4443 | 享受公益性岗位补贴人员):
     * the words may as well be the next row's name, cut by the text's end. The actual is left unread rather
     * than guessed (the row is marked cut, so no rule takes it for an empty actual); a yes/no answer is kept.
     */
    private static Map<IndicatorField, RowAligner.Item> withoutCutName(List<RowAligner.Item> items,
                                                                       Map<IndicatorField, RowAligner.Item> read) {
        RowAligner.Item target = read.get(IndicatorField.TARGET);
        RowAligner.Item actual = read.get(IndicatorField.ACTUAL);
        if (target == null || actual != items.get(items.size() - 1) || actual.value().kind() != Value.Kind.TEXT
                || Value.isYesNo(actual.value().cell().key())
                || !(target.value().isNumeric() || target.value().kind() == Value.Kind.MEASURE)) {
            return read;
        }
        Map<IndicatorField, RowAligner.Item> kept = new EnumMap<>(read);
        kept.remove(IndicatorField.ACTUAL);
        return kept;
    }

    /**
     * The row about to be added, when its cells, read in column order, fit the columns and stop before the 分值 /
     * 得分 the header prints, where the reading kept put them further right (a column between left empty); else null.
     */
    private StoppedEarly stopsEarlyInColumnOrder(List<RowAligner.Item> items, Map<IndicatorField, RowAligner.Item> aligned, int first, int last) {
        IndicatorField lastPoints = columns.lastPointsColumn();
        Optional<Map<IndicatorField, RowAligner.Item>> inOrder = columns.inColumnOrder(items);
        if (lastPoints == null || inOrder.isEmpty() || inOrder.get().containsKey(lastPoints) || inOrder.get().equals(aligned)) {
            return null;
        }
        return new StoppedEarly(form.indicators.size(), last, builder.labels(), t.get(first), inOrder.get());
    }

    /** The first filled cell after cell {@code index}, or -1. */
    private int nextFilled(int index) {
        for (int k = index + 1; k < t.size(); k++) {
            if (!t.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A line holding one short text alone, right under the row whose 偏差原因 ended the line above: a PDF or
     * a narrow column wrapped that reason (部分项目延续至 / 下年), no row lost its figures. The text is joined to
     * the reason, and a note says so.
     */
    private boolean continuesReasonAbove(List<RowAligner.Item> items, int first, int last) {
        if (s.grid || items.size() != 1 || first == 0 || t.get(first).row() != t.get(last).row() || form.indicators.isEmpty()) {
            return false;
        }
        RowAligner.Item only = items.get(0);
        if (only.value().kind() != Value.Kind.TEXT || only.value().cell().key().length() > WRAPPED_REASON_TAIL) {
            return false;
        }
        Indicator above = form.indicators.get(form.indicators.size() - 1);
        Cell before = t.get(first - 1);
        if (above.deviation() == null || before.row() != t.get(first).row() - 1
                || !above.deviation().endsWith(before.text().strip())) {
            return false;
        }
        String joined = above.deviation() + only.text().strip();
        form.indicators.set(form.indicators.size() - 1, above.withDeviation(joined));
        Cell at = t.get(first);
        s.log.note(at.row(), at.location(), at.text(), "续行并入上一行的偏差原因：" + joined
                + " — a line continuing the 偏差原因 of the row above (wrapped text) was joined to it");
        s.use(first, last + 1);
        return true;
    }

    /**
     * Rows run on in one long line (flattened text): after a whole row comes a text, then cells that make a whole row
     * by themselves (name, target, actual, 分值, 得分). The text is the 偏差原因 of the row before (the header's last
     * column), the 二级 of the row after (a label the vocabulary does not know) or the first words of its name, broken
     * by a space: its place does not say which. Where the row before lost points and printed no reason, a reason is due
     * there: the text is read as that reason, noted. Where not, and the cells read as no row with the text in their name
     * (its words are no name: 合规 | 合规 left no place for them), the text is reported, left unread. The row after is read
     * in both cases. Returns false where the cells are not so, or where they read whole with the text as a broken name.
     */
    private boolean textBetweenRowsOnOneLine(List<Cell> cells, int first, int last, Optional<Map<IndicatorField, RowAligner.Item>> read) {
        if (t.glued || s.grid || cells.size() < 3 || first == 0 || form.indicators.isEmpty()
                || valueFields.isEmpty() || valueFields.get(valueFields.size() - 1) != IndicatorField.DEVIATION
                || !valueFields.contains(IndicatorField.SCORE)) {
            return false;
        }
        Cell text = cells.get(0);
        if (Value.of(text).kind() != Value.Kind.TEXT || text.gap() != Cell.Gap.SPACE || t.get(first).row() != t.get(last).row()
                || t.get(first - 1).row() != t.get(first).row()) {
            return false;
        }
        Indicator before = form.indicators.get(form.indicators.size() - 1);
        if (before.deviation() != null || before.score() == null || before.weight() == null) {
            return false;
        }
        boolean reasonDue = before.score().compareTo(before.weight()) < 0;
        RowAligner.Item readName = read.map(r -> r.get(IndicatorField.NAME)).orElse(null);
        if (!reasonDue && readName != null && readName.text().strip().equals(text.text().strip())) {
            return false; // the text alone is the row's name, the cells after it its values: no text between rows
        }
        if (!reasonDue && read.isPresent()) {
            return false;
        }
        // where a reason is due, the cells after the text are tried as a whole row of their own first: the reading that
        // named the row by the text had shifted a broken next name into the target (村医考核合格人数 as 指标值, ≥250人
        // as 完成值, 255 as 分值: silent on main); where they make no row, the text is the row's name as before
        List<Cell> after = cells.subList(1, cells.size());
        Optional<Map<IndicatorField, RowAligner.Item>> row = wholeRowAfter(after);
        Cell brokenName = null;
        if (row.isEmpty() && reasonDue && (brokenName = nameBrokenBySpace(after)) != null) {
            // the reason, then the next row's name in two pieces (农村 | 实用人才认定人数): read as one name, noted
            after = new ArrayList<>(cells.subList(3, cells.size()));
            after.add(0, brokenName);
            row = wholeRowAfter(after);
        }
        if (row.isEmpty()) {
            return false;
        }
        String words = text.text().strip();
        if (reasonDue && !s.lex.holdsReasonWord(text.key())) {
            // no word of a reason (搬迁 before 安置点扶贫车间建设数量): the unit may have left the reason empty and the
            // next name be broken by a space; nothing tells, so the text is reported and the row after read as printed
            s.problem(first, "a text between two rows run on one line, the row before lost points: its 偏差原因 or the first"
                    + " words of the next row's name, not decided (no word of a reason in it): " + words
                    + " — 两行之间的文字无法判断是上一行（扣分）的偏差原因还是下一行指标名称的开头");
            builder.add(after.get(0), row.get(), false);
            s.use(first, last + 1);
            return true;
        }
        if (reasonDue) {
            form.indicators.set(form.indicators.size() - 1, before.withDeviation(words));
            s.log.note(text.row(), text.location(), text.text(), "两行之间的文字读作上一行的偏差原因（上一行扣分）：" + words
                    + " — a text between two rows run on one line read as the 偏差原因 of the row before, which lost points"
                    + (brokenName == null ? " (it might be the next row's 二级 or the first words of its name)"
                    : "; the two pieces after it, " + cells.get(1).text().strip() + " | " + cells.get(2).text().strip()
                    + ", read as the next row's name broken by a space (its first piece might end the reason instead)"));
        } else {
            s.problem(first, "a text between two rows run on one line, the row before at full points: its 偏差原因 or the next"
                    + " row's 二级, not decided: " + words + " — 两行之间的文字无法判断是上一行的偏差原因还是下一行的二级指标");
        }
        builder.add(after.get(0), row.get(), false);
        s.use(first, last + 1);
        return true;
    }

    /**
     * A 三级 name broken by a space (安置点 | 就业服务站数量 ≧ 4 个 4 10 10) read with its second piece as the 指标值: the
     * bound then stands in the 完成值, the actual in the 分值, the 得分 in the 分值's place and the 得分 figure as the
     * 偏差原因 (silent on main). A reason is never a bare figure, and a target of words beside an actual that is a bound
     * is no row's reading: where the name's next piece is words on the same line and, joined to the name, the cells make
     * a whole row (name, target, actual, 分值, 得分, no figure left for a reason), that reading is taken, noted.
     */
    private Optional<Map<IndicatorField, RowAligner.Item>> nameNotShiftedIntoTarget(List<RowAligner.Item> items,
                                                                                  Optional<Map<IndicatorField, RowAligner.Item>> read) {
        if (read.isEmpty() || items.size() < 4) {
            return read;
        }
        Map<IndicatorField, RowAligner.Item> row = read.get();
        RowAligner.Item name = row.get(IndicatorField.NAME);
        RowAligner.Item next = items.get(1);
        RowAligner.Item actual = row.get(IndicatorField.ACTUAL);
        RowAligner.Item reason = row.get(IndicatorField.DEVIATION);
        if (name != items.get(0) || actual == null || reason == null || !reason.value().isNumeric()
                || name.value().kind() != Value.Kind.TEXT || next.value().kind() != Value.Kind.TEXT
                || next.value().cell().gap() != Cell.Gap.SPACE || next.value().cell().row() != name.value().cell().row()
                || actual.value().cell().key().isEmpty() || Value.COMPARATORS.indexOf(actual.value().cell().key().charAt(0)) < 0) {
            return read;
        }
        String joined = name.text().strip() + next.text().strip();
        Cell at = name.value().cell();
        List<RowAligner.Item> rest = new ArrayList<>(items.subList(2, items.size()));
        rest.add(0, new RowAligner.Item(-1, joined, Value.of(new Cell(joined, at.location(), at.row(), -1, at.gap()))));
        Optional<Map<IndicatorField, RowAligner.Item>> whole = aligner.align(rest);
        if (whole.isEmpty() || whole.get().get(IndicatorField.NAME) != rest.get(0) || !whole.get().containsKey(IndicatorField.SCORE)
                || !whole.get().containsKey(IndicatorField.ACTUAL) || whole.get().containsKey(IndicatorField.DEVIATION)) {
            return read;
        }
        s.log.note(at.row(), at.location(), at.text(), "指标名称被空格断开，合并读作：" + joined
                + " — a 三级 name broken by a space, its second piece read as the 指标值 put the bound in the 完成值"
                + " and a figure in the 偏差原因; read as one name");
        return whole;
    }

    /** The cells read as one whole row named by their first cell (name, actual, 得分, no 偏差原因 yet); else empty. */
    private Optional<Map<IndicatorField, RowAligner.Item>> wholeRowAfter(List<Cell> after) {
        List<RowAligner.Item> rest = RowText.items(after, s.lex, valueFields, nameWidth, false);
        Optional<Map<IndicatorField, RowAligner.Item>> row = rest.isEmpty() ? Optional.empty() : aligner.align(rest);
        if (row.isEmpty() || row.get().get(IndicatorField.NAME) != rest.get(0) || rest.get(0).value().kind() != Value.Kind.TEXT
                || !row.get().containsKey(IndicatorField.SCORE) || !row.get().containsKey(IndicatorField.ACTUAL)
                || row.get().containsKey(IndicatorField.DEVIATION)) {
            return Optional.empty();
        }
        return row;
    }

    /**
     * The first two cells are words parted by a space on one line: one name broken by a PDF column (农村 |
     * 实用人才认定人数), as a cell joining both; else null. Used only where the cells read as no row otherwise.
     */
    private Cell nameBrokenBySpace(List<Cell> after) {
        if (after.size() < 3) {
            return null;
        }
        Cell a = after.get(0);
        Cell b = after.get(1);
        if (Value.of(a).kind() != Value.Kind.TEXT || Value.of(b).kind() != Value.Kind.TEXT || b.gap() != Cell.Gap.SPACE
                || a.row() != b.row()) {
            return null;
        }
        String joined = a.text().strip() + b.text().strip();
        return new Cell(joined, a.location(), a.row(), -1, a.gap());
    }

    /** A bound and nothing else: comparator, figure, a per-cent sign or a unit of at most two characters (≥90%, ≤5天). */
    private static final java.util.regex.Pattern BARE_BOUND =
            java.util.regex.Pattern.compile("[≥≤≧≦><＞＜]=?\\d+(?:\\.\\d+)?(?:[%‰％]|\\p{IsHan}{1,2})?");

    /**
     * A 三级 name cell that is a bare bound (≥90%): no name. A name that starts with one and goes on in words
     * (≥360天服务读者, 黄石 h20) is a name.
     */
    private static boolean namedByBound(RowAligner.Item name) {
        return name != null && !name.value().isBlank() && BARE_BOUND.matcher(name.value().cell().key()).matches();
    }

    private boolean isPlaceholder(List<RowAligner.Item> items) {
        boolean anyValue = items.stream().skip(1).anyMatch(i -> !i.value().isBlank());
        return placeholders.isPlaceholder(items.get(0).value().cell().key()) && !anyValue
                || items.stream().allMatch(i -> i.value().isBlank());
    }

    /** The row is not read: {@code reason} is reported on each of its lines. */
    private void refuse(int first, int last, String reason) {
        problemOnEachLine(first, last, reason);
        builder.rowUnread();
    }

    /** Reports {@code reason} on every line of the row: the damage may be on any of them. */
    private void problemOnEachLine(int first, int last, String reason) {
        for (int k = first; k <= last; k++) {
            if (!t.get(k).isBlank() && (k == first || t.get(k).row() != t.get(k - 1).row())) {
                s.problem(k, reason);
            }
        }
    }
}
