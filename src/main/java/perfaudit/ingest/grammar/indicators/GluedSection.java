package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.Placeholders;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;
import perfaudit.ingest.grammar.indicators.cells.RowAligner;
import perfaudit.ingest.grammar.indicators.glued.CoreMarkedRows;
import perfaudit.ingest.grammar.indicators.glued.GluedIndicatorRows;
import perfaudit.ingest.grammar.indicators.levels.ShortLevel2;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.model.Indicator;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Indicator rows of glued text, where a row's cells ran together: {@link GluedIndicatorRows} cuts
 * them by the header's columns, and what it cannot cut alone is settled by the points the section
 * has left, or reported. Apart from the row reader because it asks what the section printed and
 * read before (its points, its rows' 分值, whether they print a dash), not the cells around it.
 */
final class GluedSection {

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorBuilder builder;
    private final RowEnds ends;
    private final Placeholders placeholders;
    private final List<IndicatorField> valueFields;

    GluedSection(PartScan scanner, FormDraft form, IndicatorBuilder builder, RowEnds ends, Placeholders placeholders,
                 List<IndicatorField> valueFields) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.builder = builder;
        this.ends = ends;
        this.placeholders = placeholders;
        this.valueFields = GluedIndicatorRows.wholeTargets(valueFields); // 指标值 alone is the 年度指标值
    }

    /**
     * Glued text: the row's cells run together are cut into rows by the header's columns where
     * exactly one cut fits; each OCR'd comparator read is noted, and what cannot be cut with
     * certainty is reported with its text rather than read as a row with wrong or missing values.
     */
    void read(List<Cell> cells, int first, int last) {
        read(cells, first, last, false);
    }

    /**
     * As {@link #read(List, int, int)}; where the text stops inside these cells ({@code cutShort}), the rest
     * the rows read leave is the row the text stops in: not reported, and the rows read before it are whole.
     */
    void read(List<Cell> cells, int first, int last, boolean cutShort) {
        StringBuilder joined = new StringBuilder();
        printed = new Printed();
        for (Cell cell : cells) {
            printed.add(joined.length(), cell);
            joined.append(cell.key());
        }
        Matcher level2Points = PointsLabel.statedIn(joined.toString());
        BigDecimal maxWeight = builder.level1Points();
        BigDecimal level2Stated = null;
        if (level2Points.lookingAt()) {
            // the 二级's points printed before its first row (数量指标(10分)): no part of the row, its rows' bound
            BigDecimal points = new BigDecimal(level2Points.group(1));
            level2Stated = points;
            maxWeight = maxWeight == null || points.compareTo(maxWeight) < 0 ? points : maxWeight;
            joined.delete(0, level2Points.end());
            printed.shift(level2Points.end());
        }
        String text = placeholders.withoutPlaceholders(joined.toString(), t.get(first));
        if (text.isEmpty()) {
            s.use(first, last + 1);
            return;
        }
        boolean full = fullMarks();
        GluedIndicatorRows.Result result = GluedIndicatorRows.read(text, valueFields, maxWeight, lex, full);
        Cell at = t.get(first);
        if (full && !result.rows().isEmpty()) {
            s.log.note(at.row(), at.location(), text, "粘连的指标行按得分等于分值拆分：自评总分 " + form.total.score().toPlainString()
                    + " 所失分数等于预算执行所失分数，各指标均得满分 — glued indicator rows cut with 得分 = 分值: the 总分 "
                    + form.total.score().toPlainString() + " lost only the points the budget row lost, so every indicator row"
                    + " scored its full 分值");
        }
        int base = 0; // where the text being read starts in the joined text (after a short 二级 label)
        while (true) {
            for (GluedIndicatorRows.Row row : result.rows()) {
                addGlued(row, text, at, base);
            }
            for (int[] passed : result.unread()) {
                reportUnread(text.substring(passed[0], passed[1]), at);
            }
            int stop = result.readTo();
            Vocabulary.Level2 label = stop < text.length() && !result.rows().isEmpty()
                    ? ShortLevel2.at(text, stop, lex, builder.level1(), builder.level2(), form.indicators) : null;
            if (label == null) {
                break;
            }
            int end = ShortLevel2.end(text, stop, lex);
            GluedIndicatorRows.Result after = GluedIndicatorRows.read(text.substring(end), valueFields, maxWeight, lex, full);
            if (after.rows().isEmpty()) {
                break;
            }
            String spelt = printed.text(base + stop, base + end, text.substring(stop, end));
            builder.setLevel2(spelt, false);
            s.log.note(at.row(), at.location(), text.substring(stop), "粘连文字中的简写二级指标 '" + spelt + "' 读作二级指标 "
                    + label.name() + "：其前一行已完整读取，其后紧接数字，含它则无法拆分，去掉它则可拆分 — a short 二级 spelling '" + spelt
                    + "' in glued text read as the 二级 label " + label.name() + ": the row before it is whole, a figure follows it,"
                    + " the text with it cannot be cut and the text after it can");
            base += end;
            text = text.substring(end);
            result = after;
        }
        if (result.readTo() < text.length()) {
            String rest = text.substring(result.readTo());
            BigDecimal left = level2Stated != null ? pointsLeft(level2Stated, result.rows()) : sectionPointsLeft();
            List<GluedIndicatorRows.Row> settled = left == null || !sectionEndsAfter(last, level2Stated != null) ? null
                    : GluedIndicatorRows.settle(rest, valueFields, maxWeight, left, sectionHasDashRows(), lex);
            if (settled != null) {
                List<String> weights = settled.stream().map(r -> r.cells().get(IndicatorField.WEIGHT).reading()).toList();
                String section = (level2Stated != null ? builder.level2() + "(" + level2Stated.toPlainString() : builder.level1() + "("
                        + builder.level1Points().toPlainString()) + "分)";
                s.log.note(at.row(), at.location(), rest, "粘连的指标行按本节分值拆分：" + section + " 其余各行之外剩余 "
                        + left.toPlainString() + " 分 = " + String.join(" + ", weights) + " — glued indicator rows cut where the"
                        + " section's points settle it: " + section + " leaves " + left.toPlainString() + " points after its other"
                        + " rows = " + String.join(" + ", weights) + ", and no other cut of the text adds up so");
                for (GluedIndicatorRows.Row row : settled) {
                    addGlued(row, rest, at, base + result.readTo());
                }
                s.use(first, last + 1);
                return;
            }
            if (cutShort) {
                form.lastRowWhole = !result.rows().isEmpty();
                s.use(first, last + 1);
                return;
            }
            if (hasDigit(rest) && scoreOnly()) {
                // a table without 分值: the 总分 after the table may leave exactly this row's 得分 (see settleByTotal)
                deferred.add(new Deferred(rest, at, builder.labels(), form.indicators.size()));
            } else {
                reportUnread(rest, at);
            }
        }
        s.use(first, last + 1);
    }

    /** The points of a whole form (the 总分 row's 分值, or 100 where it prints none). */
    private static final BigDecimal FORM_POINTS = new BigDecimal(100);

    /**
     * Every indicator row scored its full 分值: a 总分 read before the table (the header's 自评总分) lost exactly the
     * points the budget row lost (100 − 97.93 = 10 − 7.93): no indicator lost any. Only where the budget row's
     * 分值 and 得分 are read and the form's points are 100.
     */
    private boolean fullMarks() {
        Funds budget = form.funds.get(FundLine.TOTAL);
        if (form.total == null || form.total.score() == null || budget == null || budget.weight() == null || budget.score() == null
                || form.total.weight() != null && form.total.weight().compareTo(FORM_POINTS) != 0) {
            return false;
        }
        return FORM_POINTS.subtract(form.total.score()).compareTo(budget.weight().subtract(budget.score())) == 0;
    }

    private void reportUnread(String rest, Cell at) {
        s.log.report(at.row(), at.location(), rest, unread(rest));
        builder.rowUnread(hasDigit(rest));
    }

    private String unread(String text) {
        return "glued indicator text cannot be cut into the columns " + valueFields + " with certainty; not read: " + text
                + " — 粘连的指标行无法确定地按表头各列拆分，未读取";
    }

    /** A glued row of a table without 分值 left for the 总分 to settle: its text, place, labels and position. */
    private record Deferred(String text, Cell at, IndicatorBuilder.Labels labels, int position) {
    }

    private final List<Deferred> deferred = new java.util.ArrayList<>();

    private boolean scoreOnly() {
        return valueFields.contains(IndicatorField.SCORE) && !valueFields.contains(IndicatorField.WEIGHT);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /**
     * The table is read: a table without 分值 whose rows' 得分, the budget row's 得分 and one glued row left unread
     * must add up to the 总分 printed after it, so that row's 得分 is the 总分 less the others. The row is read where
     * exactly one cut of its text has that 得分 (补贴渔船数6620 with 20 left: 6 | 6 | 20), and noted; otherwise, or
     * where anything else of the sum is unknown (another row unread that may hold a 得分, a row without one, no
     * budget 得分, no 总分 right after the table), it is reported as it would have been.
     */
    void settleByTotal(int tableEnd) {
        if (deferred.isEmpty()) {
            return;
        }
        Deferred row = deferred.size() == 1 && builder.unreadWithFigures() == 0 ? deferred.get(0) : null;
        BigDecimal left = row == null ? null : scoreLeft(tableEnd);
        GluedIndicatorRows.Row read = left == null || left.signum() <= 0 ? null
                : GluedIndicatorRows.settleScore(row.text(), valueFields, left, lex);
        if (read == null) {
            for (Deferred d : deferred) {
                s.log.report(d.at().row(), d.at().location(), d.text(), unread(d.text()));
                form.unreadIn.add(d.labels().level1() == null ? "" : d.labels().level1());
            }
            deferred.clear();
            return;
        }
        Map<IndicatorField, RowAligner.Item> fields = new java.util.EnumMap<>(IndicatorField.class);
        read.cells().forEach((field, cell) -> fields.put(field, new RowAligner.Item(-1, cell.reading(),
                Value.of(new Cell(cell.reading(), row.at().location(), row.at().row(), -1, Cell.Gap.NONE)))));
        builder.addUnder(row.labels(), row.at(), fields);
        form.indicators.add(row.position(), form.indicators.remove(form.indicators.size() - 1));
        s.log.note(row.at().row(), row.at().location(), row.text(), "粘连的指标行按总分拆分：总分减去预算执行得分和其余各行得分，余 "
                + left.toPlainString() + " 分，只有一种拆法的得分是 " + left.toPlainString() + " — glued indicator row cut where the"
                + " 总分 settles it: the 总分 less the budget row's 得分 and the other rows' leaves " + left.toPlainString()
                + ", and only one cut of the row has that 得分");
        deferred.clear();
    }

    /** The 总分 printed right after the table less the budget row's 得分 and the rows' 得分; null when any is unknown. */
    private BigDecimal scoreLeft(int tableEnd) {
        int j = tableEnd;
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        Hit<Boolean> total = j < t.size() ? t.labelAt(j, lex.total, true) : null;
        if (total == null) {
            return null;
        }
        List<BigDecimal> figures = new java.util.ArrayList<>();
        for (int k = total.next(); k < t.size() && !s.isStop(k) && figures.size() < 2; k++) {
            Value value = Value.of(t.get(k));
            if (value.isNumeric()) {
                figures.add(value.number());
            } else if (!value.isBlank()) {
                break;
            }
        }
        Funds budget = form.funds.get(FundLine.TOTAL);
        if (figures.size() != 1 || budget == null || budget.score() == null) {
            return null;
        }
        BigDecimal left = figures.get(0).subtract(budget.score());
        for (Indicator row : form.indicators) {
            if (row.child()) {
                continue;
            }
            if (row.score() == null) {
                return null;
            }
            left = left.subtract(row.score());
        }
        return left;
    }

    /** One glued row read: its cells added as a row, each OCR correction noted with the text before and after. */

    /**
     * Glued rows ending in 是否核心指标 ({@link CoreMarkedRows}): each row read where it is certain, each
     * other reported with its text. A vertical 绩效指标 label the scan met between two rows is no row's text;
     * the words after the last 是 / 否 are a row the text stops in ({@code textEnds}: nothing of it to
     * audit, the form says where it stops) or a row that lost its end (reported).
     */
    void readCoreMarked(List<Cell> cells, int first, int last, boolean textEnds) {
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new java.util.ArrayList<>();
        List<Cell> from = new java.util.ArrayList<>();
        for (Cell cell : cells) {
            if (cell.isBlank() || lex.indicatorAnchor.exact(cell.key()) != null) {
                continue;
            }
            starts.add(joined.length());
            from.add(cell);
            joined.append(cell.key());
        }
        String text = joined.toString();
        CoreMarkedRows.Result result = CoreMarkedRows.read(text, valueFields, lex);
        for (CoreMarkedRows.Row row : result.rows()) {
            Cell at = cellAt(row.start(), starts, from, t.get(first));
            for (String note : row.notes()) {
                s.log.note(at.row(), at.location(), text.substring(row.start(), row.end()), note);
            }
            Map<IndicatorField, RowAligner.Item> fields = new java.util.EnumMap<>(IndicatorField.class);
            row.cells().forEach((field, cell) -> fields.put(field, new RowAligner.Item(-1, cell,
                    Value.of(new Cell(cell, at.location(), at.row(), -1, Cell.Gap.NONE)))));
            builder.add(at, fields, false);
        }
        for (CoreMarkedRows.Unread row : result.unread()) {
            Cell at = cellAt(row.start(), starts, from, t.get(first));
            s.log.report(at.row(), at.location(), row.text(), "glued indicator row ending in its 是否核心指标 cannot be cut into"
                    + " the columns " + valueFields + " with certainty; not read: " + row.text()
                    + " — 粘连的指标行无法确定地按表头各列拆分，未读取");
            builder.rowUnread();
        }
        String rest = text.substring(result.restStart());
        if (!rest.isBlank() && !textEnds) {
            Cell at = cellAt(result.restStart(), starts, from, t.get(first));
            s.log.report(at.row(), at.location(), rest, "indicator row has no 分值/得分 at its end (its line was lost?): " + rest
                    + " — 指标行缺少分值和得分");
            builder.rowUnread();
        }
        s.use(first, last + 1);
    }

    /** The cell holding character {@code offset} of the joined text. */
    private static Cell cellAt(int offset, List<Integer> starts, List<Cell> cells, Cell fallback) {
        Cell found = fallback;
        for (int k = 0; k < starts.size() && starts.get(k) <= offset; k++) {
            found = cells.get(k);
        }
        return found;
    }

    /** One glued row read: its cells added as a row, each OCR correction noted with the text before and after. */
    private void addGlued(GluedIndicatorRows.Row row, String text, Cell at, int base) {
        Map<IndicatorField, RowAligner.Item> fields = new java.util.EnumMap<>(IndicatorField.class);
        row.cells().forEach((field, read) -> {
            // the name as printed (traditional characters, its spaces), the values as read
            String shown = field == IndicatorField.NAME && !read.corrected()
                    ? printed.text(base + row.start(), base + row.start() + read.text().length(), read.reading()) : read.reading();
            fields.put(field, new RowAligner.Item(-1, shown,
                    Value.of(new Cell(shown, at.location(), at.row(), -1, Cell.Gap.NONE))));
            if (read.corrected()) {
                s.log.note(at.row(), at.location(), text.substring(row.start(), row.end()), "识别错误已更正：'" + read.text()
                        + "' 读作 '" + read.reading() + "' — OCR misreading corrected: '" + read.text() + "' read as '"
                        + read.reading() + "' (" + read.why() + ")");
            }
        });
        builder.add(at, fields, false);
    }

    /** The cells of the glued text being read, to give a row's name back as printed. */
    private Printed printed;

    /** Where each cell's key starts in the joined key text: a stretch of it is given back as its cells print it. */
    private static final class Printed {
        private final List<Integer> starts = new java.util.ArrayList<>();
        private final List<Cell> cells = new java.util.ArrayList<>();
        private int shift;

        void add(int start, Cell cell) {
            starts.add(start);
            cells.add(cell);
        }

        /** The joined text lost its first {@code n} key characters (a 二级's points). */
        void shift(int n) {
            shift = n;
        }

        /** Key characters [from, to) of the text read, as printed; {@code key} when they cannot be mapped. */
        String text(int from, int to, String key) {
            StringBuilder out = new StringBuilder();
            int a = from + shift;
            int b = to + shift;
            for (int k = 0; k < cells.size(); k++) {
                int start = starts.get(k);
                int end = start + cells.get(k).key().length();
                if (end <= a || start >= b) {
                    continue;
                }
                out.append(cells.get(k).textOf(Math.max(a, start) - start, Math.min(b, end) - start));
            }
            // a cell wrapped over lines or cut by a space is one name: its white space is no part of it; full-width
            // digits and letters read as the key reads them (a date in the name), its characters as printed
            StringBuilder shown = new StringBuilder();
            out.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                    .map(c -> c >= '\uFF01' && c <= '\uFF5E' ? c - 0xFEE0 : c).forEach(shown::appendCodePoint);
            return LabelIndex.key(shown.toString()).equals(key) ? shown.toString() : key;
        }
    }

    /** A 二级's printed points less the 分值 of its rows read before the rest. */
    private static BigDecimal pointsLeft(BigDecimal points, List<GluedIndicatorRows.Row> read) {
        BigDecimal left = points;
        for (GluedIndicatorRows.Row row : read) {
            GluedIndicatorRows.Read weight = row.cells().get(IndicatorField.WEIGHT);
            if (weight == null) {
                return null;
            }
            left = left.subtract(new BigDecimal(weight.reading()));
        }
        return left;
    }

    /**
     * The 一级's printed points less the 分值 of the rows read under it; null when its points are not
     * printed, a row of it was left unread, or one was read without a 分值 (the sum would not tell).
     */
    private BigDecimal sectionPointsLeft() {
        if (builder.level1() == null || builder.level1Points() == null || form.unreadIn.contains(builder.level1())) {
            return null;
        }
        BigDecimal left = builder.level1Points();
        for (int k = form.indicators.size() - 1; k >= 0; k--) {
            Indicator row = form.indicators.get(k);
            if (!builder.level1().equals(row.level1()) || !java.util.Objects.equals(builder.block(), row.block())) {
                break;
            }
            if (row.child()) {
                continue;
            }
            if (row.weight() == null) {
                return null;
            }
            left = left.subtract(row.weight());
        }
        return left;
    }

    /** Rows of the 一级 in force print a dash as 年度指标值 (项目决策 / 项目管理): a row may have lost it. */
    private boolean sectionHasDashRows() {
        for (int k = form.indicators.size() - 1; k >= 0; k--) {
            Indicator row = form.indicators.get(k);
            if (!java.util.Objects.equals(builder.level1(), row.level1())) {
                break;
            }
            if (row.target() == null && row.actual() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing of the section follows cell {@code last}: the next filled cell is another 一级 (or, for a
     * 二级's points, another 二级), a block, or the 总分 row. Only then are its points all spent: where the
     * text stops or another form begins, rows of the section may be lost past the cut.
     */
    private boolean sectionEndsAfter(int last, boolean level2Scoped) {
        int j = last + 1;
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        if (j >= t.size()) {
            return false;
        }
        if (t.labelAt(j, lex.total, true) != null || t.blockAt(j) != null) {
            return true;
        }
        Hit<String> l1 = t.labelAt(j, lex.level1, Tokens.Rest.BRACKETED);
        if (l1 != null && !l1.value().equals(builder.level1()) && !lex.covers(builder.level1(), l1.value())
                && (t.labelAt(j, lex.level2, false) == null || ends.followedByPoints(j, l1))) {
            return true;
        }
        return level2Scoped && t.labelAt(j, lex.level2, false) != null;
    }
}
