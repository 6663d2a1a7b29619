package perfaudit.ingest.grammar.indicators;

import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Tokens.Hit;
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
        builder.blockPoints = stated.find() ? new BigDecimal(stated.group(1)) : null;
        String name = name(j, blockLabel.next());
        int next = blockLabel.next();
        Matcher numbered = BLOCK_NUMBER.matcher(next < t.size() ? t.get(next).key() : "");
        if (builder.blockPoints == null && numbered.matches()) {
            name = name + t.get(next).key().replaceAll("[(（].*", "");
            builder.blockPoints = numbered.group(1) == null ? null : new BigDecimal(numbered.group(1));
            next++;
        }
        // 年度目标1:(80分) | 增强政府工作效率…: the block's own goal, printed on its row up to the next label, is no row
        while (next < t.size() && s.sameRow(j, next) && t.labelAt(next, lex.structural, true) == null) {
            next++;
        }
        builder.startBlock(name);
        s.use(j, next);
        return next;
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
