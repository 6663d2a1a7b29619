package perfaudit.ingest.grammar.indicators.cells;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.text.MeasureParser;
import perfaudit.text.TextFold;
import perfaudit.ingest.grammar.text.TextWidth;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cells of one indicator row that lost its grid into the items the aligner places: pieces
 * of one value broken over lines or spaces are put back together ("≥28" / "万人", "29 万" / "人"),
 * a comparator printed before its number joins it, values glued together are split where a % or a
 * unit ends one ("100%100%10"), and the row's leading words are split into 三级指标, a qualitative
 * 年度指标值 and 实际完成值 by the qualitative phrases of the vocabulary.
 */
public final class RowText {

    /** A number with its unit, then the next number: 100%100%, 2370人2370人. */
    private static final Pattern GLUED_VALUE = Pattern.compile("[≥≤=<>≧≦═﹦]?\\d+(?:\\.\\d+)?(?:%|[\\u4e00-\\u9fa5]{1,3})?");

    private static final double NAME_WRAP_SLACK = 1.5;

    private RowText() {
    }

    public static List<RowAligner.Item> items(List<Cell> cells, Lexicon lex, List<IndicatorField> fields, double nameWidth,
                                       boolean glued) {
        List<Piece> pieces = joinValues(glued ? valuesApart(cells) : cells, fields.contains(IndicatorField.CORE));
        int textEnd = 0;
        while (textEnd < pieces.size() && pieces.get(textEnd).isText()) {
            textEnd++;
        }
        int comparator = firstComparator(pieces);
        List<RowAligner.Item> items = new ArrayList<>();
        boolean weightFirst = fields.contains(IndicatorField.WEIGHT) && fields.indexOf(IndicatorField.WEIGHT) < fields.indexOf(IndicatorField.TARGET);
        if (comparator > 0 && comparator >= textEnd && !weightFirst && !wordsBeforeTarget(fields)
                && pieces.subList(1, comparator).stream().noneMatch(p -> p.gap == Cell.Gap.CELL)) {
            // everything before a target's comparator is the name, numbers included (12333 宣传次数 ≥1次)
            items.add(item(pieces.subList(0, comparator)));
            textEnd = comparator;
        } else {
            items.addAll(splitText(pieces.subList(0, textEnd), lex, fields, nameWidth, textEnd == pieces.size()));
        }
        for (Piece piece : pieces.subList(textEnd, pieces.size())) {
            for (String part : unglue(piece)) {
                Cell cell = part.equals(piece.text) ? piece.cell() : new Cell(part, piece.first.location(), piece.first.row(), -1, Cell.Gap.NONE);
                items.add(new RowAligner.Item(-1, part, Value.of(cell)));
            }
        }
        // texts after the values: one 偏差原因, however it was wrapped (a closing 是 / 否 kept apart)
        RowAligner.Item coreMark = items.isEmpty() || !fields.contains(IndicatorField.CORE)
                || !Value.isYesNo(items.get(items.size() - 1).value().cell().key()) ? null : items.remove(items.size() - 1);
        List<RowAligner.Item> merged = mergeTrailingTexts(items);
        if (coreMark != null) {
            merged = new ArrayList<>(merged);
            merged.add(coreMark);
        }
        return merged;
    }

    /** Columns of words between the 三级指标 and the target (计量单位, 指标性质): the name is not all that precedes it. */
    private static boolean wordsBeforeTarget(List<IndicatorField> fields) {
        int name = fields.indexOf(IndicatorField.NAME);
        int target = Math.max(fields.indexOf(IndicatorField.TARGET), fields.indexOf(IndicatorField.TARGET_VALUE));
        for (int f = name + 1; f < target; f++) {
            if (fields.get(f) == IndicatorField.UNIT || fields.get(f) == IndicatorField.NATURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Glued text: a name with its values run on ("监测数据必须合格100%100%10") gives the name and
     * the run of values as cells of their own, where the run reads whole as two or more values.
     */
    private static List<Cell> valuesApart(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            int at = valueRunStart(cell.key());
            if (at > 0 && cell.column() < 0) {
                out.add(cell.slice(0, at, cell.gap()));
                out.add(cell.slice(at, cell.key().length(), Cell.Gap.NONE));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    /** Where a run of at least two glued values ending the key starts; -1 when there is none. */
    private static int valueRunStart(String key) {
        for (int at = 1; at < key.length(); at++) {
            char c = key.charAt(at);
            char before = key.charAt(at - 1);
            if ((Character.isDigit(c) || Value.COMPARATORS.indexOf(c) >= 0) && !Character.isDigit(before) && before != '.'
                    && before != '-' && Value.COMPARATORS.indexOf(before) < 0 && gluedValues(key.substring(at)) >= 2) {
                return at;
            }
        }
        return -1;
    }

    private static int gluedValues(String run) {
        Matcher m = GLUED_VALUE.matcher(run);
        int at = 0;
        int count = 0;
        while (at < run.length() && m.find(at) && m.start() == at && m.end() > at) {
            count++;
            at = m.end();
        }
        return at == run.length() ? count : 0;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Consecutive cells that print one value, joined. */
    private static final class Piece {
        final Cell first;
        String text;
        Value.Kind kind;
        final Cell.Gap gap;

        Piece(Cell cell) {
            this.first = cell;
            this.text = cell.text().strip();
            this.kind = Value.of(cell).kind();
            this.gap = cell.gap();
        }

        private Boolean textual;

        boolean isText() {
            if (textual == null) {
                textual = (kind == Value.Kind.TEXT || kind == Value.Kind.UNIT)
                        && (!hasDigit(text) || gluedValues(LabelIndex.key(text)) < 2);
            }
            return textual;
        }

        Cell cell() {
            return text.equals(first.text().strip()) ? first : new Cell(text, first.location(), first.row(), first.column(), gap);
        }
    }

    private static List<Piece> joinValues(List<Cell> cells, boolean coreColumn) {
        List<Piece> pieces = new ArrayList<>();
        for (Cell cell : cells) {
            Value.Kind kind = Value.of(cell).kind();
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            // a 是 / 否 after a number is the 是否核心指标 column, not the number's unit
            boolean soft = cell.gap() != Cell.Gap.CELL && cell.gap() != Cell.Gap.ROW
                    && !(coreColumn && Value.isYesNo(cell.key()));
            if (last != null && soft && continues(last, kind, cell)) {
                last.text = last.text + (cell.gap() == Cell.Gap.SPACE && last.kind != Value.Kind.COMPARATOR ? " " : "") + cell.text().strip();
                last.textual = null;
                last.kind = Value.of(new Cell(last.text, null, 0, -1, Cell.Gap.NONE)).kind();
                if ((last.kind == Value.Kind.TEXT || last.kind == Value.Kind.MONEY) && kind == Value.Kind.UNIT) {
                    last.kind = Value.Kind.MEASURE;
                }
                continue;
            }
            pieces.add(new Piece(cell));
        }
        return pieces;
    }

    /** A unit after a number or measure (wrapped), or a number after a comparator printed alone. */
    private static final Pattern DATE_HEAD = Pattern.compile(".*\\d{4}年$|.*\\d{1,2}月$");
    private static final Pattern DATE_TAIL = Pattern.compile("^\\d{1,2}[月日].*");

    private static boolean continues(Piece last, Value.Kind kind, Cell cell) {
        if (cell.gap() != Cell.Gap.SPACE && DATE_TAIL.matcher(cell.key()).matches()
                && DATE_HEAD.matcher(LabelIndex.key(last.text)).matches()) {
            // a date wrapped in its column: 2024年 / 12月 / 31日前
            return true;
        }
        boolean lastIsValue = last.kind == Value.Kind.NUMBER || last.kind == Value.Kind.MEASURE || last.kind == Value.Kind.PERCENT
                || last.kind == Value.Kind.MONEY;
        if (lastIsValue && kind == Value.Kind.UNIT && !last.text.endsWith("%")) {
            return true;
        }
        return last.kind == Value.Kind.COMPARATOR && (kind == Value.Kind.NUMBER || kind == Value.Kind.PERCENT
                || kind == Value.Kind.MEASURE || kind == Value.Kind.MONEY);
    }

    /** "100%100%10" → 100% | 100% | 10; anything else stays whole. */
    /** What {@link #GLUED_VALUE} may start with: a comparator or an ASCII digit. */
    private static boolean mayStartGluedValue(char c) {
        return c >= '0' && c <= '9' || "≥≤=<>≧≦═﹦".indexOf(c) >= 0;
    }

    private static List<String> unglue(Piece piece) {
        if (piece.kind != Value.Kind.TEXT && piece.kind != Value.Kind.MEASURE) {
            return List.of(piece.text);
        }
        if (piece.text.indexOf('年') >= 0) {
            perfaudit.model.Measure measure = MeasureParser.parse(piece.text);
            if (measure != null && measure.kind() == perfaudit.model.Measure.Kind.DATE) {
                return List.of(piece.text);
            }
        }
        String compact = LabelIndex.key(piece.text);
        if (compact.isEmpty() || !mayStartGluedValue(compact.charAt(0))) {
            return List.of(piece.text); // no value run starts the text: spared the search through all of it
        }
        Matcher m = GLUED_VALUE.matcher(compact);
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (at < compact.length() && m.find(at) && m.start() == at) {
            parts.add(m.group());
            at = m.end();
        }
        boolean endsOnUnit = parts.size() >= 2 && parts.subList(0, parts.size() - 1).stream()
                .allMatch(p -> p.endsWith("%") || !Character.isDigit(p.charAt(p.length() - 1)));
        return at == compact.length() && endsOnUnit ? parts : List.of(piece.text);
    }

    /**
     * The words before a row's values: its 三级指标 and, for qualitative indicators, the target and
     * actual. Pieces the input separated (a space on one line, a "|") are cells of their own; lines of
     * one wrapped cell are told apart by the vocabulary's qualitative phrases, read from the end.
     */
    private static int firstComparator(List<Piece> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            String text = pieces.get(i).text;
            if (!text.isEmpty() && Value.COMPARATORS.indexOf(TextFold.fold(text.substring(0, 1)).charAt(0)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<RowAligner.Item> splitText(List<Piece> pieces, Lexicon lex, List<IndicatorField> fields, double nameWidth,
                                                   boolean wordsOnly) {
        List<RowAligner.Item> items = new ArrayList<>();
        if (pieces.isEmpty()) {
            return items;
        }
        List<List<Piece>> cells = new ArrayList<>();
        for (Piece piece : pieces) {
            boolean marked = piece.gap == Cell.Gap.CELL || piece.gap == Cell.Gap.SPACE || piece.gap == Cell.Gap.ROW;
            if (cells.isEmpty() || marked) {
                cells.add(new ArrayList<>());
            }
            cells.get(cells.size() - 1).add(piece);
        }
        if (cells.size() == 1 && pieces.size() > 1) {
            cells = byPhrases(pieces, lex, nameWidth);
            if (cells.size() == 1 && wordsOnly) {
                cells = sameWordsTargetAndActual(pieces, cells);
            }
        } else {
            cells = targetAndActualApart(cells, lex);
        }
        for (List<Piece> cell : cells) {
            items.add(item(cell));
        }
        return items;
    }

    /**
     * A target phrase and an actual phrase on two lines of one cell (效果明显 / 达成预期指标): a flattened
     * page put the two cells' texts on consecutive lines; whole phrases of the vocabulary tell them apart.
     */
    private static List<List<Piece>> targetAndActualApart(List<List<Piece>> cells, Lexicon lex) {
        List<List<Piece>> out = new ArrayList<>(cells.size() + 1);
        for (List<Piece> cell : cells) {
            int actual = cell.size() > 1 ? phraseSuffix(cell, cell.size(), lex.qualitativeActuals) : -1;
            if (actual > 0 && lex.qualitativeTargets.contains(keyOf(cell.subList(0, actual)))) {
                out.add(cell.subList(0, actual));
                out.add(cell.subList(actual, cell.size()));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    private static String keyOf(List<Piece> pieces) {
        StringBuilder key = new StringBuilder();
        pieces.forEach(piece -> key.append(LabelIndex.key(piece.text)));
        return key.toString();
    }

    /** Wrapped lines of one run: an actual phrase at the end, a target phrase before it, the name before that. */
    private static List<List<Piece>> byPhrases(List<Piece> pieces, Lexicon lex, double nameWidth) {
        int actual = phraseSuffix(pieces, pieces.size(), lex.qualitativeActuals);
        int end = actual < 0 ? pieces.size() : actual;
        int target = phraseSuffix(pieces, end, lex.qualitativeTargets);
        if (target < 0 && actual > 1 && nameWidth > 0) {
            // the name's lines fill the name column but its last: the target starts after that line
            for (int i = 0; i < actual - 1; i++) {
                if (TextWidth.of(pieces.get(i).text) < nameWidth - NAME_WRAP_SLACK) {
                    target = i + 1;
                    break;
                }
            }
        }
        List<List<Piece>> cells = new ArrayList<>();
        int nameEnd = target >= 0 ? target : end;
        if (nameEnd > 0) {
            cells.add(pieces.subList(0, nameEnd));
        }
        if (target >= 0) {
            cells.add(pieces.subList(target, end));
        }
        if (actual >= 0) {
            cells.add(pieces.subList(actual, pieces.size()));
        }
        return cells.isEmpty() ? List.of(pieces) : cells;
    }

    /**
     * A row of words only, each on a line of its own, whose last two lines print the same words (逐步提升 / 逐步提升):
     * a qualitative target met, printed again as the actual. No name wraps onto a repeat of its own last line, so
     * those two lines are the target and the actual and the lines before them the name. Otherwise the lines stay
     * one run, which the flow reader refuses (see {@link #wordsOverLines}).
     */
    private static List<List<Piece>> sameWordsTargetAndActual(List<Piece> pieces, List<List<Piece>> asOne) {
        int n = pieces.size();
        if (n < 3 || !pieces.subList(1, n).stream().allMatch(p -> ownLine(p.first))
                || !LabelIndex.key(pieces.get(n - 1).text).equals(LabelIndex.key(pieces.get(n - 2).text))) {
            return asOne;
        }
        return List.of(pieces.subList(0, n - 2), pieces.subList(n - 2, n - 1), pieces.subList(n - 1, n));
    }

    /**
     * Whether a row's items are one run of words that came as two or more lines of their own: the lines may be the
     * name wrapped, or the name, a qualitative target and an actual (C′ prints one cell per line and no 分值 to
     * anchor the row). Nothing tells which, so the row must not be read as one name.
     */
    public static boolean wordsOverLines(List<Cell> cells, List<RowAligner.Item> items) {
        if (items.size() != 1 || items.get(0).value().kind() != Value.Kind.TEXT) {
            return false;
        }
        long lines = cells.stream().filter(c -> !c.isBlank()).count();
        return lines >= 2 && cells.stream().skip(1).filter(c -> !c.isBlank()).allMatch(RowText::ownLine);
    }

    /** A cell that starts a line (after a line break or a blank line). */
    private static boolean ownLine(Cell cell) {
        return cell.gap() == Cell.Gap.LINE || cell.gap() == Cell.Gap.BLANK;
    }

    /** Where the longest run of pieces ending at {@code end} spells a phrase (never the first piece); -1 if none. */
    private static int phraseSuffix(List<Piece> pieces, int end, List<String> phrases) {
        int found = -1;
        StringBuilder suffix = new StringBuilder();
        for (int start = end - 1; start >= 1; start--) {
            suffix.insert(0, LabelIndex.key(pieces.get(start).text));
            if (phrases.contains(suffix.toString())) {
                found = start;
            }
        }
        return found;
    }

    private static RowAligner.Item item(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (!text.isEmpty()) {
                text.append(Tokens.separator(piece.gap, text.charAt(text.length() - 1), piece.text));
            }
            text.append(piece.text);
        }
        Cell first = pieces.get(0).first;
        Cell cell = new Cell(text.toString(), first.location(), first.row(), -1, first.gap());
        return new RowAligner.Item(-1, text.toString(), Value.of(cell));
    }

    private static List<RowAligner.Item> mergeTrailingTexts(List<RowAligner.Item> items) {
        int lastValue = -1;
        for (int i = 0; i < items.size(); i++) {
            Value.Kind kind = items.get(i).value().kind();
            if (kind != Value.Kind.TEXT && kind != Value.Kind.UNIT) {
                lastValue = i;
            }
        }
        if (lastValue < 0 || items.size() - lastValue <= 2) {
            return items;
        }
        List<RowAligner.Item> merged = new ArrayList<>(items.subList(0, lastValue + 1));
        StringBuilder text = new StringBuilder();
        for (RowAligner.Item item : items.subList(lastValue + 1, items.size())) {
            text.append(item.text());
        }
        Cell first = items.get(lastValue + 1).value().cell();
        merged.add(new RowAligner.Item(-1, text.toString(), Value.of(new Cell(text.toString(), first.location(), first.row(), -1, first.gap()))));
        return merged;
    }

    /**
     * A row whose figures fill every column after the 三级指标 (年初目标值 实际完成值 得分: 3 3 10) leaves no column
     * for words: the words before them are the name, wrapped by a PDF's narrow column (支持服务贸易、服务外 /
     * 包企业数量). So does a row whose figures fill every column but its 偏差原因, the last, left empty where the row
     * met its target (保统筹 100% 100% 15 15): a reason follows the figures, the words before them are no reason.
     * Those items as one name and the figures; null when the row is not of that shape.
     */
    public static List<RowAligner.Item> wrappedName(List<RowAligner.Item> items, List<IndicatorField> fields) {
        if (fields.isEmpty() || fields.get(0) != IndicatorField.NAME) {
            return null;
        }
        int words = 0;
        while (words < items.size() && items.get(words).value().kind() == Value.Kind.TEXT) {
            words++;
        }
        // words parted by cell boundaries ("|" rows, a grid's cells) are columns, not the pieces of one broken name
        boolean pieces = words > 0 && items.subList(1, words).stream().noneMatch(i -> i.value().cell().gap() == Cell.Gap.CELL);
        int sameWords = pieces ? sameWordsTargetAndActual(items, words, fields) : 0;
        if (sameWords > 0) {
            return withName(items, sameWords);
        }
        boolean reasonLast = fields.get(fields.size() - 1) == IndicatorField.DEVIATION;
        // a text after the figures, where they fill every column but the 偏差原因, is that reason (带动脱贫户 | 经营增收 |
        // 户数 | 15 | ≥1200户 | 1150户 | 14.38 | 部分贷款户…): the figures still part the name from it
        int end = pieces && reasonLast && items.size() > words + 1 && items.get(items.size() - 1).value().kind() == Value.Kind.TEXT
                ? items.size() - 1 : items.size();
        List<RowAligner.Item> figures = items.subList(words, end);
        // the 偏差原因 column, last, is empty where the row met its target: one figure fewer
        boolean reasonEmpty = reasonLast && figures.size() == fields.size() - 2;
        if (words < 2 || (figures.size() != fields.size() - 1 || end < items.size()) && !reasonEmpty
                || !figures.stream().allMatch(i -> i.value().isNumeric() || pieces && i.value().kind() == Value.Kind.MEASURE)) {
            return null;
        }
        return withName(items, words);
    }

    /**
     * Where the header prints 指标值 and 完成值 right after the 三级指标, the row's words end in the same words twice
     * (村卫生室 | 基本医疗服务能力 | 逐步提升 | 逐步提升, then figures only, as many as the columns after the 完成值 but
     * perhaps an empty 偏差原因): those two are the target and the actual (met as set), the words before them the name
     * broken by spaces. The number of the name's pieces, or 0 where the row is not so.
     */
    private static int sameWordsTargetAndActual(List<RowAligner.Item> items, int words, List<IndicatorField> fields) {
        if (words < 4 || fields.size() < 3 || fields.get(1) != IndicatorField.TARGET || fields.get(2) != IndicatorField.ACTUAL
                || !items.get(words - 1).value().cell().key().equals(items.get(words - 2).value().cell().key())) {
            return 0;
        }
        List<RowAligner.Item> figures = items.subList(words, items.size());
        int after = fields.size() - 3;
        boolean fits = figures.size() == after
                || fields.get(fields.size() - 1) == IndicatorField.DEVIATION && figures.size() == after - 1;
        return fits && figures.stream().allMatch(i -> i.value().isNumeric()) ? words - 2 : 0;
    }

    /** The first {@code words} items as one name, then the items after them. */
    private static List<RowAligner.Item> withName(List<RowAligner.Item> items, int words) {
        StringBuilder name = new StringBuilder();
        for (RowAligner.Item item : items.subList(0, words)) {
            String text = item.text().strip();
            boolean joinsWord = !name.isEmpty() && isHan(name.charAt(name.length() - 1)) && isHan(text.charAt(0));
            name.append(name.isEmpty() || joinsWord ? "" : " ").append(text);
        }
        Cell first = items.get(0).value().cell();
        List<RowAligner.Item> out = new ArrayList<>();
        out.add(new RowAligner.Item(-1, name.toString(), Value.of(new Cell(name.toString(), first.location(), first.row(), -1, first.gap()))));
        out.addAll(items.subList(words, items.size()));
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
