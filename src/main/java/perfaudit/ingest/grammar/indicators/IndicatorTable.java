package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.indicators.cells.Placeholders;
import perfaudit.ingest.grammar.indicators.columns.IndicatorHeader;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;
import perfaudit.model.Terms;

import java.util.List;

/**
 * The 绩效指标 table: its header (columns in the order printed, a two-row header and the split
 * 指标性质 / 指标值 / 度量单位 target resolved: {@link IndicatorHeader}), then its rows up to the 总分
 * row or the notes after it. Where the grid is known each grid row is a row ({@link GridRows}); where
 * it is not, a row ends where the next one's 一级 / 二级 label or 三级 name begins ({@link FlowRows},
 * {@link RowEnds}), and glued text is cut by {@link GluedSection}. 一级 and 二级 cells are merged over
 * their rows in the original table, so a row without them inherits the last ones seen
 * ({@link IndicatorBuilder}). This class reads the parts in order and says how the table ended.
 */
public final class IndicatorTable {

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorHeader header;
    private final Placeholders placeholders;
    /** The 一级 / 二级 / block in force; turns each row read into an indicator of the form. */
    private final IndicatorBuilder builder;
    private final BlockLabel blockLabel;

    public IndicatorTable(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.header = new IndicatorHeader(scanner, form);
        this.placeholders = new Placeholders(lex, scanner.log);
        this.builder = new IndicatorBuilder(scanner, form, header);
        this.blockLabel = new BlockLabel(scanner, builder);
    }

    public int read(int i) {
        form.partsRead.add(Terms.INDICATOR_HEADER);
        form.hasContent = true;
        int k = i;
        if (t.blockAt(k) != null) {
            k = blockLabel.read(k); // a block label (年度绩效目标1 (60分)) may come before the header
        }
        k = header.read(k);
        return rows(k);
    }

    /**
     * The table's rows again after a page's running header (the form's title reprinted at the top of the next page,
     * see FormScanner.runningHeader): the same header and labels in force, the table not ended at that title.
     */
    public int resume(int k) {
        form.tableEndWithoutTotal = -1;
        return rows(k);
    }

    private int rows(int k) {
        // the rows' columns after 一级 / 二级, and where rows and the table end: known once the header is read
        List<IndicatorField> valueFields = header.fields().stream()
                .filter(f -> f != IndicatorField.LEVEL1 && f != IndicatorField.LEVEL2).toList();
        RowEnds ends = new RowEnds(s, header, valueFields);
        GluedSection glued = new GluedSection(s, form, builder, ends, placeholders, valueFields);
        int end = s.grid
                ? new GridRows(s, header, builder, ends, placeholders).read(k)
                : new FlowRows(s, header, builder, ends, placeholders, blockLabel,
                        nameWidth -> new FlowRowReader(s, form, valueFields, builder, ends, glued, placeholders, nameWidth)).read(k);
        glued.settleByTotal(end);
        builder.endTable();
        int lastFilled = lastFilled(k, end);
        boolean otherTable = ends.otherTableAt(end);
        if (form.stoppedAt < 0 && end < t.size() && lastFilled >= 0 && (s.startsOtherText(end) || otherTable)
                && (lex.startsLevelName(t.get(lastFilled).key()) || form.lastRowCut())) {
            // the table's last words are a label cut short (满 of 满意度指标), or its last row was read as cut, right
            // before another text: the text stops inside the table, as where a file ends
            form.stoppedAt = lastFilled;
        }
        form.tableRanToEnd = end >= t.size();
        endWithoutTotal(k, end);
        // another table's header: what follows to the next text is that table's, not this form's
        return otherTable ? ends.skipOtherTable(end) : end;
    }

    /**
     * A table that ends in the next part or form, not at its 总分, may have lost its total (the text
     * did not stop); the form decides once it ends, since some templates print the 总分 after notes.
     */
    private void endWithoutTotal(int from, int end) {
        // a table with neither 分值 nor 得分 column (a transfer-payment form whose title the vocabulary does not name)
        // has no total to print, so none is missing
        boolean printsTotal = (form.titleFamily == null || form.titleFamily.printsTotal())
                && (header.fields().contains(IndicatorField.WEIGHT) || header.fields().contains(IndicatorField.SCORE));
        if (form.stoppedAt >= 0 || end >= t.size() || !printsTotal || t.labelAt(end, lex.total, true) != null || end <= from) {
            return;
        }
        int last = end - 1;
        while (last > from && t.get(last).isBlank()) {
            last--;
        }
        form.tableEndWithoutTotal = last;
    }

    /** The last filled cell in {@code from}..{@code end}, or -1. */
    private int lastFilled(int from, int end) {
        for (int k = end - 1; k >= from; k--) {
            if (!t.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
