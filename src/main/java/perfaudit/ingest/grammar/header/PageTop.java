package perfaudit.ingest.grammar.header;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

/**
 * The top of a page inside a form's indicator table: blank cells, page chrome and the table's header printed again.
 * A form's title there, with the table's rows going on after the page top and no form's head (a year, a header field,
 * a funds or goal label), is the page's running header (PDF text, a printed page), not a new form.
 */
public final class PageTop {

    private final PartScan scan;
    private final Tokens t;
    private final Lexicon lex;
    private final FormTitles titles;
    private final PageChrome chrome;

    public PageTop(PartScan scan, FormTitles titles, PageChrome chrome) {
        this.scan = scan;
        this.t = scan.t;
        this.lex = scan.lex;
        this.titles = titles;
        this.chrome = chrome;
    }

    /**
     * Whether the indicator table's rows go on after a title ending before cell {@code k}: past the page top, a row
     * opens that is no other text, no part's label, no 总分 and no form's head.
     */
    public boolean rowsGoOnAfter(int k) {
        int row = past(k);
        return row < t.size() && titles.at(row) == null && !scan.startsOtherText(row) && !scan.isStop(row)
                && t.labelAt(row, lex.total, true) == null && !headOfForm(row, firstRowEnd(row)) && opensRow(row);
    }

    /** Past blank cells, page chrome and a reprinted indicator header (its column labels) at a page's top. */
    public int past(int k) {
        while (k < t.size()) {
            if (t.get(k).isBlank()) {
                k++;
            } else if (chrome.at(k)) {
                k = Math.max(t.lineEnd(k), k + 1);
            } else if (reprintsIndicatorHeader(k)) {
                k = t.printedLineEnd(k);
            } else if (labelRunEnd(k) > k) {
                k = labelRunEnd(k);
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * A line (as printed) holding two or more indicator column labels (一级指标 二级指标 …) and no figure: the table's
     * header again (a row's 二级 label may read as a column label; its figures tell it from the header).
     */
    private boolean reprintsIndicatorHeader(int k) {
        int end = t.printedLineEnd(k);
        int labels = 0;
        for (int j = k; j < end; j++) {
            String key = t.get(j).key();
            if (!key.isEmpty() && Character.isDigit(key.charAt(0))) {
                return false;
            }
            if (t.labelAt(j, lex.indicatorColumn, false) != null) {
                labels++;
            }
        }
        return labels >= 2;
    }

    /**
     * Text flattened one line a page: the page's top reprints the indicator header as three or more column labels in a
     * row (一级指标 二级指标 三级指标 …), the table's rows going on on the same line. The cell after them, or k where the
     * labels are fewer.
     */
    private int labelRunEnd(int k) {
        int j = k;
        int labels = 0;
        while (j < t.size() && (j == k || t.get(j).gap() == Cell.Gap.SPACE || t.get(j).gap() == Cell.Gap.CELL)) {
            Hit<Vocabulary.IndicatorField> label = t.labelAt(j, lex.indicatorColumn, false);
            if (label == null) {
                break;
            }
            labels++;
            j = label.next();
        }
        return labels >= 3 ? j : k;
    }

    /**
     * Where a form's head after a title at k would have to lie: the line's cells up to the first figure that is no
     * year (a row's 指标值). On a page flattened to one line the rest of the page follows, whose dates are no head.
     */
    private int firstRowEnd(int k) {
        int end = t.lineEnd(k);
        for (int j = k; j < end; j++) {
            String key = t.get(j).key();
            boolean figure = !key.isEmpty() && (Character.isDigit(key.charAt(0)) || Value.COMPARATORS.indexOf(key.charAt(0)) >= 0);
            if (figure && !TitleYears.YEAR_CELL.matcher(key).matches()) {
                return j;
            }
        }
        return end;
    }

    /** A form's head in cells from..to: a year line, a header field (项目名称, 主管部门), a funds or goal label. */
    private boolean headOfForm(int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.get(j).isBlank()) {
                continue;
            }
            String key = t.get(j).key();
            if (TitleYears.YEAR_CELL.matcher(key).matches() || TitleYears.opensWithYear(key) || t.headerAt(j) != null
                    || t.labelAt(j, lex.fundAnchor, Tokens.Rest.BRACKETED) != null || t.labelAt(j, lex.fundColumn, false) != null
                    || t.labelAt(j, lex.goal, false) != null) {
                return true;
            }
        }
        return false;
    }

    /** A line that begins an indicator row: a 一级 / 二级 label or block, or a 三级 name followed by more cells of the row. */
    private boolean opensRow(int k) {
        if (t.labelAt(k, lex.level1, false) != null || t.labelAt(k, lex.level2, false) != null || t.blockAt(k) != null) {
            return true;
        }
        return t.lineEnd(k) - k >= 3 && !t.get(k).key().isEmpty() && !Character.isDigit(t.get(k).key().charAt(0));
    }
}
