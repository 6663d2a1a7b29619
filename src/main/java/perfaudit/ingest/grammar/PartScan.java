package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.rows.ProblemLog;

/**
 * The scan of one section as a part reader (the funds table, the goal, the indicator table) sees
 * it: the cells and labels, where the part must stop, and the bookkeeping of what it read. The
 * readers live in their own packages; this is all of the scanner they may touch, so its own state
 * (the form being closed, the project list, the title cache) stays its own.
 */
public abstract class PartScan {

    public final Lexicon lex;
    public final Tokens t;
    public final ProblemLog log;
    /** The cells keep their grid columns (a sheet, a Word or HTML table), not text that lost them. */
    public final boolean grid;

    PartScan(Lexicon lex, Tokens t, ProblemLog log, boolean grid) {
        this.lex = lex;
        this.t = t;
        this.log = log;
        this.grid = grid;
    }

    /** True where a part of the form (or the next form) begins: every part reads up to here. */
    public abstract boolean isStop(int i);

    /**
     * True where another text begins at cell k: the next form's title, a page's chrome (索引号, 下载本文档),
     * an 附件 marker. A row whose cells stop right before it is where this form's text was cut.
     */
    public abstract boolean startsOtherText(int k);

    /** The text left in cell i after a label that started it, or null. */
    public abstract String restOfCell(int i, Hit<?> label);

    /** Whether cell k is on the same row (grid row, or text line) as cell i. */
    public abstract boolean sameRow(int i, int k);

    /** Marks cells {@code from}..{@code to} as read, so they are not reported as unrecognised. */
    public abstract void use(int from, int to);

    /** Reports cell i as a problem of the input (and as read). */
    public abstract void problem(int i, String reason);
}
