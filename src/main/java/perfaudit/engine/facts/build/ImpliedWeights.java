package perfaudit.engine.facts.build;

import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The full marks of indicator rows on a template that prints no 分值 (湖北 E: 得分 only), where the form's own
 * points show them: a group of rows with printed points (效益指标（30分）, 年度绩效目标1（40分）) whose rows all print a
 * 得分 adding up to exactly those points. As no row can score above its 分值 and the 分值 add up to the group's
 * points, every row of it then scored its full 分值: its 得分 is its full marks (15 of 15 for 88 % against ≥90 %).
 * A group with a row lacking its 得分 (one 得分 merged over two rows), a 不适用 row, or a row the reader could not
 * read implies nothing.
 */
final class ImpliedWeights {

    private ImpliedWeights() {
    }

    /** Each row whose full marks the points imply, with the group that implies them ("效益指标 30分"). */
    static Map<Indicator, Implied> of(Form form) {
        Map<Indicator, Implied> implied = new IdentityHashMap<>();
        if (form.template().weights()) {
            return implied;
        }
        List<Indicator> rows = form.indicators().stream().filter(ImpliedWeights::counted).toList();
        group(rows, Indicator::level1, Indicator::level1Points, form.template().unreadIn(), implied);
        group(rows, Indicator::block, Indicator::blockPoints, List.of(), implied);
        return implied;
    }

    /** A row's full marks and the group whose points show them. */
    record Implied(BigDecimal weight, String group) {
    }

    /** Rows that hold points of their own: no child (its parent counts it), no empty placeholder. */
    private static boolean counted(Indicator row) {
        return !row.child() && !(row.name() == null && row.target() == null && row.actual() == null);
    }

    private static void group(List<Indicator> rows, Function<Indicator, String> key, Function<Indicator, BigDecimal> points,
                              List<String> unread, Map<Indicator, Implied> implied) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        rows.stream().filter(row -> key.apply(row) != null)
                .forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        groups.forEach((name, members) -> {
            BigDecimal stated = members.stream().map(points).filter(p -> p != null).findFirst().orElse(null);
            if (stated != null && !unread.contains(name) && scoredWhole(members, stated)) {
                String label = name + " " + stated.stripTrailingZeros().toPlainString() + "分";
                members.forEach(row -> implied.putIfAbsent(row, new Implied(row.score(), label)));
            }
        });
    }

    /** Every row prints a 得分, none is 不适用, and the 得分 add up to exactly the group's points. */
    private static boolean scoredWhole(List<Indicator> members, BigDecimal stated) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator row : members) {
            if (row.score() == null || row.score().signum() < 0
                    || row.target() != null && row.target().raw().contains(Terms.NOT_APPLICABLE)) {
                return false;
            }
            sum = sum.add(row.score());
        }
        return stated.signum() > 0 && sum.compareTo(stated) == 0;
    }
}
