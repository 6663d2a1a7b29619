package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.header.FormTitles;
import perfaudit.ingest.grammar.header.PageChrome;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

/**
 * Which part of a form each cell's label begins, found once per cell: every part reads up to the next
 * part's label, so every part's loop asks every cell. A title, a header field, page chrome, an 附件
 * mark, the 总分, a block label, the notes and a passage always begin a part; the funds table, the
 * goal and the indicator table only in a form that has not read them yet (the scanner decides that).
 */
final class PartLabels {

    private static final int COMPUTED = 1;
    private static final int ALWAYS = 2;
    private static final int FUNDS = 4;
    private static final int GOAL = 8;
    private static final int TABLE = 16;
    private final Tokens t;
    private final Lexicon lex;
    private final FormTitles titles;
    private final PageChrome chrome;
    private final int[] kinds;

    PartLabels(Tokens t, Lexicon lex, FormTitles titles, PageChrome chrome) {
        this.t = t;
        this.lex = lex;
        this.titles = titles;
        this.chrome = chrome;
        this.kinds = new int[t.size()];
    }

    boolean always(int i) {
        return (kinds(i) & ALWAYS) != 0;
    }

    boolean funds(int i) {
        return (kinds(i) & FUNDS) != 0;
    }

    boolean goal(int i) {
        return (kinds(i) & GOAL) != 0;
    }

    boolean table(int i) {
        return (kinds(i) & TABLE) != 0;
    }

    /** The notes after the table (备注, 说明) or the form-wide 偏差原因 begin at cell i. */
    boolean isTail(int i) {
        return t.labelAt(i, lex.tail, true) != null || t.labelAt(i, lex.formDeviation, true) != null;
    }

    /**
     * The 一级指标 header cell, or a 三级 name column's label (指标名称) with another column's label right after
     * it: the indicator table begins there (a header field's value, a goal text, ends before it). A
     * template without 一级 / 二级 columns (部门整体) opens its header with the name column, which text run
     * together may glue to the goal text before it; a name label alone may be a goal's word.
     */
    boolean opensTable(int i) {
        Hit<IndicatorField> column = t.labelAt(i, lex.indicatorColumn, false);
        if (column == null) {
            return false;
        }
        if (column.value() == IndicatorField.LEVEL1) {
            return true;
        }
        if (column.value() != IndicatorField.NAME || column.next() >= t.size()) {
            return false;
        }
        Hit<IndicatorField> next = t.labelAt(column.next(), lex.indicatorColumn, false);
        return next != null && next.value() != IndicatorField.NAME;
    }

    private int kinds(int i) {
        if (kinds[i] == 0) {
            kinds[i] = find(i);
        }
        return kinds[i];
    }

    private int find(int i) {
        Cell cell = t.get(i);
        int found = COMPUTED;
        if (cell.isBlank()) {
            return found;
        }
        if (titles.at(i) != null || t.headerAt(i) != null || chrome.at(i) || FormScanner.isAttachmentMark(cell.key())
                || t.labelAt(i, lex.total, true) != null || t.blockAt(i) != null || isTail(i)
                || t.labelAt(i, lex.passage, true) != null) {
            found |= ALWAYS;
        }
        if (t.labelAt(i, lex.fundAnchor, Tokens.Rest.BRACKETED) != null) {
            found |= FUNDS;
        }
        if (t.labelAt(i, lex.goal, false) != null) {
            found |= GOAL;
        }
        if (t.labelAt(i, lex.indicatorAnchor, Tokens.Rest.BRACKETED) != null || opensTable(i)) {
            found |= TABLE;
        }
        return found;
    }
}
