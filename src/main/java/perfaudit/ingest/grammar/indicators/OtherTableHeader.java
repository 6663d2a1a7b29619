package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A row inside the 绩效指标 table that is itself an indicator header (the header vocabulary fills it) printing
 * a column the table's own header does not print: another table's header. A page holding the untitled tail of
 * another form puts it there, its title and head lost. Its rows are not this table's rows, and whose they are
 * the text does not say: {@link #skip} leaves them unread with one parse problem, as text before any form is
 * not read as a form. A header reprinted with the table's own columns is no such row: a page break reprints
 * the table's headings (a partial reprint, one line of a two-line header, prints no other column either).
 */
final class OtherTableHeader {

    private final PartScan s;
    private final Tokens t;
    private final IndicatorHeader header;

    OtherTableHeader(PartScan scanner, IndicatorHeader header) {
        this.s = scanner;
        this.t = scanner.t;
        this.header = header;
    }

    /** Whether the row that cell {@code j} opens is another table's header. */
    boolean at(int j) {
        if (header.labelled().isEmpty() || !opensRow(j) || columnLabel(j) == null && anchor(j) == null) {
            return false; // no header printed to compare with (the national columns assumed), or no header cell here
        }
        return !otherColumns(j).isEmpty();
    }

    /**
     * The cell after the row that cell {@code j} opens where that row reprints the table's own header (a page
     * break: only columns the header prints, its 绩效指标 cell first, which no column label skips); -1 otherwise.
     */
    int reprintEnd(int j) {
        if (header.labelled().isEmpty() || anchor(j) == null || !opensRow(j) || !isHeaderRow(j) || !otherColumns(j).isEmpty()) {
            return -1;
        }
        int end = j;
        while (end < t.size() && sameRow(j, end)) {
            end++;
        }
        return end;
    }

    /**
     * Leaves the other table unread, its header and everything after it up to where another text begins
     * (a form title, a header field opening a line, a page's chrome): its 合计 and notes are its own too.
     * Returns the cell after it.
     */
    int skip(int j) {
        int end = j + 1;
        while (end < t.size() && !s.startsOtherText(end)) {
            end++;
        }
        s.problem(j, "a second 绩效指标 header with other columns (" + String.join(" ", otherLabels(j))
                + ") inside the form's table, no form title before it: another form's table whose title and head are lost?"
                + " its rows are not read as this form's, nor as a form of their own"
                + " — 指标表中出现列不同的另一表头（无表名），其下各行不作本表读取");
        s.use(j, end);
        return end;
    }

    /** The first filled cell of its row: only blank cells of the same row before it. */
    private boolean opensRow(int j) {
        int k = j;
        while (k > 0 && sameRow(k - 1, j) && t.get(k - 1).isBlank()) {
            k--;
        }
        return k == 0 || !sameRow(k - 1, j);
    }

    /** On one source row: a grid row, or a text line ("|" rows keep no line gap between their cells). */
    private boolean sameRow(int i, int k) {
        return t.get(i).row() == t.get(k).row();
    }

    /**
     * The columns the row's header labels name that the table's header does not print; empty when the row is no
     * header ({@link #isHeaderRow}, as {@link GridRows}'s reprinted header).
     */
    private Set<IndicatorField> otherColumns(int j) {
        if (!isHeaderRow(j)) {
            return Set.of();
        }
        Set<IndicatorField> fields = EnumSet.noneOf(IndicatorField.class);
        for (int k = j; k < t.size() && sameRow(j, k); k++) {
            Hit<IndicatorField> column = t.get(k).isBlank() ? null : columnLabel(k);
            if (column != null) {
                fields.add(column.value());
            }
        }
        fields.removeAll(header.labelled());
        fields.remove(IndicatorField.IGNORED); // a 备注 column says nothing of whose table it is
        return fields;
    }

    /** Header vocabulary fills the row: three whole-cell labels at least (绩效指标 counted), half its filled cells. */
    private boolean isHeaderRow(int j) {
        int labels = 0;
        int filled = 0;
        for (int k = j; k < t.size() && sameRow(j, k); k++) {
            if (!t.get(k).isBlank()) {
                filled++;
                labels += columnLabel(k) != null || anchor(k) != null ? 1 : 0;
            }
        }
        return labels >= 3 && labels * 2 >= filled;
    }

    /** The printed labels of the row's columns the table's header does not print, for the problem's text. */
    private List<String> otherLabels(int j) {
        Set<IndicatorField> other = otherColumns(j);
        List<String> labels = new ArrayList<>();
        for (int k = j; k < t.size() && sameRow(j, k); k++) {
            Hit<IndicatorField> column = t.get(k).isBlank() ? null : columnLabel(k);
            if (column != null && other.contains(column.value())) {
                labels.add(t.get(k).text().strip());
            }
        }
        return labels;
    }

    /** A whole cell that is an indicator column label. */
    private Hit<IndicatorField> columnLabel(int k) {
        Hit<IndicatorField> column = t.labelAt(k, s.lex.indicatorColumn, false);
        return column != null && column.next() == k + 1 ? column : null;
    }

    private Hit<Boolean> anchor(int k) {
        return t.labelAt(k, s.lex.indicatorAnchor, Tokens.Rest.BRACKETED);
    }
}
