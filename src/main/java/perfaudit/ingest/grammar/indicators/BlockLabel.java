package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Value;
import perfaudit.ingest.grammar.indicators.cells.PointsLabel;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block label with its own points above the 一级指标 (湖北 年度绩效目标1 (40分), or 年度绩效目标 /
 * 2(40分) in two cells): the rows after it belong to it. Apart from the row readers because it may
 * come before the header as well as between the rows of a table that lost its grid.
 */
final class BlockLabel {

    /** The second cell of a label split in two: the block's number, its points after it (2(40分)). */
    private static final Pattern BLOCK_NUMBER = Pattern.compile("^\\d{0,2}(?:[(（](\\d+(?:\\.\\d+)?)分[)）])?$");

    /** A points label whose 0 OCR read as O: (8O分). */
    private static final Pattern OCR_POINTS = Pattern.compile("^[(（]\\d[\\dOo]*(?:\\.\\d+)?分[)）]$");

    private final PartScan s;
    private final Tokens t;
    private final Lexicon lex;
    private final IndicatorBuilder builder;

    BlockLabel(PartScan scanner, IndicatorBuilder builder) {
        this.s = scanner;
        this.t = scanner.t;
        this.lex = scanner.lex;
        this.builder = builder;
    }

    /** Reads the label at {@code j} (there is one: {@code t.blockAt(j)}); returns the index after it. */
    int read(int j) {
        Hit<Boolean> blockLabel = t.blockAt(j);
        Matcher stated = PointsLabel.statedIn(t.text(j, blockLabel.next()));
        BigDecimal points = stated.find() ? new BigDecimal(stated.group(1)) : null;
        String name = name(j, blockLabel.next());
        int next = blockLabel.next();
        Matcher numbered = BLOCK_NUMBER.matcher(next < t.size() ? t.get(next).key() : "");
        if (points == null && numbered.matches()) {
            name = name + t.get(next).key().replaceAll("[(（].*", "");
            points = numbered.group(1) == null ? null : new BigDecimal(numbered.group(1));
            next++;
        }
        // 年度目标1:(80分) | 增强政府工作效率…: the block's own goal, printed on its row up to the next label, is no row
        int goalFrom = next;
        while (next < t.size() && s.sameRow(j, next) && t.labelAt(next, lex.structural, true) == null) {
            next++;
        }
        String goal = goalText(goalFrom, next, points != null);
        if (goal != null) {
            builder.blockGoal(t.get(goalFrom).location(), goal);
        }
        builder.startBlock(name, points);
        s.use(j, next);
        return next;
    }

    /**
     * The block's goal in cells {@code from}..{@code to} (family E prints no 年度总体目标: 年度绩效目标1 (80分) | its text is
     * the form's goal), or null where it is not plainly one: only words (no lone figure, which may be a cell of the
     * table), and ended by a label (一级指标 …) on its row or on the next, so no rest of it runs on unread; after a
     * label stating its points, so that a heading the label only begins (年度绩效目标完成情况, glued) gives none.
     */
    private String goalText(int from, int to, boolean pointsStated) {
        StringBuilder text = new StringBuilder();
        boolean points = pointsStated;
        for (int k = from; k < to; k++) {
            Cell cell = t.get(k);
            if (cell.isBlank()) {
                continue;
            }
            if (text.isEmpty() && OCR_POINTS.matcher(cell.key()).matches()) {
                points = true; // the block's points with an OCR'd 0 ((8O分)), not read as its points: no goal text
                continue;
            }
            if (text.isEmpty() && cell.gap() == Cell.Gap.NONE) {
                return null; // glued to the label: the label's own rest, not a text of its own
            }
            if (Value.of(cell).kind() != Value.Kind.TEXT) {
                return null;
            }
            if (!text.isEmpty()) {
                text.append(Tokens.separator(cell.gap(), text.charAt(text.length() - 1), cell.text()));
            }
            text.append(cell.text().strip());
        }
        int after = to;
        while (after < t.size() && t.get(after).isBlank()) {
            after++;
        }
        boolean ended = after < t.size() && t.labelAt(after, lex.structural, true) != null;
        return text.isEmpty() || !ended || !points ? null : text.toString();
    }

    /** A block's name as the folded label reads (traditional characters and pinyin glosses gone), without its points. */
    private String name(int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            name.append(t.get(k).key());
        }
        return name.toString().replaceAll("[(（][^)）]*分[)）]?$", "");
    }
}
