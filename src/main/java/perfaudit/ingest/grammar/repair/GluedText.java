package perfaudit.ingest.grammar.repair;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with no separators left (a page's text run together: "项目名称水土保持监测主管部门黄冈市…")
 * is cut at the labels of the vocabulary, so the grammar sees label cells and value cells as in any
 * other input. Only done where most of the text sits in long cells, or where its labels mostly run
 * into the text around them ({@link RunInLabels}): elsewhere a label word inside a cell (an indicator
 * named 预算执行率, a goal that mentions 资金总额) is text, not a label.
 */
public final class GluedText {

    /** A cell this long (in key characters) holding labels is glued text. */
    private static final int LONG_CELL = 40;

    private GluedText() {
    }

    public static List<Cell> split(List<Cell> cells, Lexicon lex) {
        cells = withSpacesJoined(cells, lex);
        List<Cell> out = new ArrayList<>(cells.size() * 2);
        boolean continuesValue = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (continuesValue) {
                // the line goes on with the value the line before began after its label: one text, no break
                cell = cell.slice(0, cell.key().length(), Cell.Gap.NONE);
                continuesValue = false;
            }
            boolean lineEnd = i + 1 == cells.size() || cells.get(i + 1).row() != cell.row();
            boolean wrapped = cell.column() < 0 && cell.key().length() < LONG_CELL / 4 && lineEnd && wrapsAfterLabel(cell, lex);
            if (cell.column() >= 0 || cell.key().length() < LONG_CELL / 4 && !wrapped) {
                out.add(cell);
                continue;
            }
            splitCell(cell, lex, out);
            continuesValue = wrapped;
        }
        return out;
    }

    /**
     * A short cell ending a line that is a long label and the first characters of its value: the line
     * wrapped right after them (年度总体目标通 / 过规范地区…), so the label is cut off as in a long cell.
     */
    private static boolean wrapsAfterLabel(Cell cell, Lexicon lex) {
        String key = cell.key();
        var label = lex.structural.longestAt(key, 0);
        return label != null && label.end() >= WRAPPED_LABEL && label.end() < key.length();
    }

    /** The shortest label cut off a short wrapped cell: shorter ones (产出指标1) are too often a name. */
    private static final int WRAPPED_LABEL = 6;

    /**
     * Glued text whose spaces are a cell's own line breaks kept (绩 效 指 标) has them joined. Judged over the whole
     * text where most of it is not in long cells; else over each form's stretch of it, from one title (with the year
     * printed before it) to the next: forms back to back may each arrive their own way, the first with its line breaks
     * kept as spaces, the next run together with none, and the next form's long cells must not make the first one's
     * spaces cells (its labels, 绩 效 指 标, would be lost with its rows).
     */
    private static List<Cell> withSpacesJoined(List<Cell> cells, Lexicon lex) {
        if (!mostlyLongCells(cells)) {
            return RunInLabels.joinedAcrossSpaces(cells);
        }
        List<List<Cell>> stretches = formStretches(cells, lex);
        if (stretches.size() < 2) {
            return cells;
        }
        List<Cell> out = new ArrayList<>(cells.size());
        boolean joined = false;
        for (List<Cell> stretch : stretches) {
            boolean join = !mostlyLongCells(stretch) && RunInLabels.holds(stretch, lex);
            out.addAll(join ? RunInLabels.joinedAcrossSpaces(stretch) : stretch);
            joined |= join;
        }
        return joined ? out : cells;
    }

    /** The cells cut where a form title (or the year printed before it) begins, a cell holding one cut there. */
    private static List<List<Cell>> formStretches(List<Cell> cells, Lexicon lex) {
        List<List<Cell>> stretches = new ArrayList<>();
        List<Cell> stretch = new ArrayList<>();
        for (Cell cell : cells) {
            String key = cell.key();
            int from = 0;
            for (int[] title = titleAt(key, 0, lex); title != null; title = titleAt(key, title[1], lex)) {
                int start = yearBefore(key, from, title[0]);
                if (start > from) {
                    stretch.add(piece(cell, from, start));
                }
                if (!stretch.isEmpty()) {
                    stretches.add(stretch);
                    stretch = new ArrayList<>();
                }
                from = start;
            }
            stretch.add(piece(cell, from, key.length()));
        }
        stretches.add(stretch);
        return stretches;
    }

    private static Cell piece(Cell cell, int from, int to) {
        return from == 0 && to == cell.key().length() ? cell : cell.slice(from, to, from == 0 ? cell.gap() : Cell.Gap.NONE);
    }

    /** The first form title at or after {@code from} in {@code key}: its start and end, or null. */
    private static int[] titleAt(String key, int from, Lexicon lex) {
        if (!lex.mayHoldTitle(key, from)) {
            return null; // every title holds a mark (表, 评)
        }
        for (int at = from; at < key.length(); at++) {
            var title = lex.titles.longestAt(key, at);
            if (title != null) {
                return new int[] {at, title.end()};
            }
        }
        return null;
    }

    public static boolean isGlued(List<Cell> cells, Lexicon lex) {
        return mostlyLongCells(cells) || RunInLabels.holds(cells, lex);
    }

    private static boolean mostlyLongCells(List<Cell> cells) {
        long all = 0;
        long inLong = 0;
        for (Cell cell : cells) {
            if (cell.column() >= 0) {
                return false;
            }
            int length = cell.key().length();
            all += length;
            if (length >= LONG_CELL) {
                inLong += length;
            }
        }
        return all > 0 && inLong * 2 > all;
    }

    /** A column letter printed after a label, (B) or (B/A): part of the label (实际完成指标值(B)), not of the next cell. */
    private static final java.util.regex.Pattern COLUMN_LETTER = java.util.regex.Pattern.compile("^[(（][A-E](?:/[A-E])?[)）]");

    private static int columnLetterLength(String key, int at) {
        if (at >= key.length() || key.charAt(at) != '(' && key.charAt(at) != '（') {
            return 0;
        }
        java.util.regex.Matcher letter = COLUMN_LETTER.matcher(key.substring(at, Math.min(key.length(), at + 5)));
        return letter.find() ? letter.end() : 0;
    }

    /**
     * A form's footnote starting inside glued text: 注 and a colon after a figure or a mark, not after a word
     * (关注:, 备注 read as a label elsewhere). Its text restates the template's scoring (产出指标50分、…), which
     * read as labels would start indicator rows; in its own cell it is the tail label 注 and its text. The
     * colon is printed text (keys drop it).
     */
    static boolean noteLeadAt(Cell cell, int at) {
        String key = cell.key();
        if (at + 1 >= key.length() || key.charAt(at) != '注'
                || at > 0 && Character.UnicodeScript.of(key.charAt(at - 1)) == Character.UnicodeScript.HAN) {
            return false;
        }
        String printed = cell.textOf(at, at + 1 + 1);
        return printed.indexOf(':') > 0 || printed.indexOf('：') > 0;
    }

    /** Where a footnote ends: at the next form's title or header label, else at the end of the text. */
    private static int noteEnd(String key, int from, Lexicon lex) {
        for (int at = from; at < key.length(); at++) {
            var header = lex.header.longestAt(key, at);
            if (header != null && header.end() - at >= 4 || lex.titles.longestAt(key, at) != null) {
                return at;
            }
        }
        return key.length();
    }

    /** A year ending the text before a title (2022年度, 2021年): where it starts in {@code key}, else {@code at}. */
    private static int yearBefore(String key, int from, int at) {
        java.util.regex.Matcher year = YEAR_BEFORE_TITLE.matcher(key.substring(from, at));
        return year.find() ? from + year.start() : at;
    }

    private static final java.util.regex.Pattern YEAR_BEFORE_TITLE = java.util.regex.Pattern.compile("(?<![0-9.])(19|20)[0-9]{2}年度?$");

    private static void splitCell(Cell cell, Lexicon lex, List<Cell> out) {
        String key = cell.key();
        int start = 0;
        int at = 0;
        Cell.Gap gap = cell.gap();
        while (at < key.length()) {
            if (noteLeadAt(cell, at)) {
                // the form's footnote (…总分100100注:1.一级指标分值统一设置为:产出指标50分…) is one cell, the tail's, up
                // to the next form: the labels it names are the template's scoring, not rows
                if (at > start) {
                    out.add(cell.slice(start, at, gap));
                    gap = Cell.Gap.NONE;
                }
                int end = noteEnd(key, at + 1, lex);
                out.add(cell.slice(at, end, gap));
                gap = Cell.Gap.NONE;
                start = end;
                at = end;
                continue;
            }
            int end = lex.structural.longestAt(key, at) == null ? -1 : lex.structural.longestAt(key, at).end();
            if (end < 0) {
                at++;
                continue;
            }
            end += columnLetterLength(key, end);
            int year = lex.titles.longestAt(key, at) == null ? at : yearBefore(key, start, at);
            if (year > start) {
                out.add(cell.slice(start, year, gap));
                gap = Cell.Gap.NONE;
            }
            if (at > year) {
                // the next form's year printed before its title (…95%2022年度|项目支出绩效自评表) is that title's, no
                // figure of the row the text before it ends in
                out.add(cell.slice(year, at, gap));
                gap = Cell.Gap.NONE;
            }
            out.add(cell.slice(at, end, gap));
            gap = Cell.Gap.NONE;
            start = end;
            at = end;
        }
        if (start < key.length()) {
            out.add(cell.slice(start, key.length(), gap));
        }
    }
}
