package perfaudit.ingest.grammar.total;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 总分 row of glued text: its 分值 and 得分 run together, and into the notes after them
 * ("总分100100注:1.一级指标分值…"). The templates' 总分 分值 is 100, so a digit run that starts with 100
 * and leaves a 得分 of at most 100 (no leading zero) is read as 100 | 得分; any other run is left unread,
 * never guessed.
 */
final class GluedTotal {

    private static final Pattern RUN = Pattern.compile("^100((?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?)(?![\\d.])");
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private GluedTotal() {
    }

    /** [100, 得分] from the start of {@code key}, or an empty list. */
    static List<BigDecimal> points(String key) {
        Matcher run = RUN.matcher(key);
        if (!run.find()) {
            return List.of();
        }
        BigDecimal score = new BigDecimal(run.group(1));
        return score.compareTo(FULL) <= 0 ? List.of(FULL, score) : List.of();
    }
}
