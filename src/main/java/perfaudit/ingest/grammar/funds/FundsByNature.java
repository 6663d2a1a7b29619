package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;
import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundNature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funds broken down by nature under the 项目资金 table (湖南 部门整体): 按收入性质分:2030.12 and
 * 按支出性质分:1925.67, then their parts. The two breakdowns are printed as two columns, so their
 * parts arrive interleaved in reading order (一般公共预算, 基本支出, 政府性基金拨款, 项目支出, …); each goes
 * to the open breakdown whose vocabulary lists it. A part label counts only once its breakdown's total
 * opened it: 其他资金 and 项目支出 name other things elsewhere. A label carries its figure in its own
 * cell (label:value) or in the next filled cell (label | value, one cell a line); a label with neither
 * is a part printed empty. The breakdown ends at the first cell that is none of these.
 */
final class FundsByNature {

    /** A breakdown being read: its total's label cell, the total, the parts so far. */
    private static final class Draft {
        final FundNature nature;
        final Cell cell;
        final String label;
        BigDecimal total;
        final List<FundBreakdown.Part> parts = new ArrayList<>();

        Draft(FundNature nature, Cell cell, String label) {
            this.nature = nature;
            this.cell = cell;
            this.label = label;
        }
    }

    /** A figure read for a label, and the first cell after it. */
    private record Figure(BigDecimal amount, int next) {
    }

    private final PartScan s;
    private final Tokens t;
    private final FundsTable table;
    /** The breakdowns opened, in print order. */
    private final Map<FundNature, Draft> open = new LinkedHashMap<>();

    FundsByNature(PartScan scanner, FundsTable table) {
        this.s = scanner;
        this.t = scanner.t;
        this.table = table;
    }

    /** True when cell {@code k} opens a breakdown (按收入性质分, 按支出性质分 with or without its figure). */
    static boolean startsAt(PartScan s, int k) {
        return s.t.labelAt(k, s.lex.natureTotal, true) != null;
    }

    /** Reads the breakdowns from cell {@code k}; returns the first cell after them. */
    int read(int k) {
        int j = k;
        int end = k;
        while (j < t.size()) {
            if (t.get(j).isBlank()) {
                j++;
                continue;
            }
            int next = leadIn(j) ? nextFilled(j + 1) : j;
            int after = label(next);
            if (after < 0) {
                break;
            }
            s.use(j, after);
            j = after;
            end = after;
        }
        for (Draft draft : open.values()) {
            table.form().fundsByNature.add(new FundBreakdown(draft.nature, draft.cell.location(), draft.label, draft.total,
                    draft.parts, table.unit()));
        }
        return end;
    }

    /** A breakdown's total or an open breakdown's part at cell {@code j}, read with its figure; -1 when neither. */
    private int label(int j) {
        if (j >= t.size()) {
            return -1;
        }
        Hit<FundNature> total = t.labelAt(j, s.lex.natureTotal, true);
        if (total != null) {
            Figure figure = open.containsKey(total.value()) ? null : figure(j, total);
            if (figure == null) {
                // the same breakdown again, or words after its label: no breakdown of ours
                return -1;
            }
            table.form().saw(total.spelling());
            Draft draft = new Draft(total.value(), t.get(j), labelText(j, total));
            draft.total = figure.amount();
            open.put(total.value(), draft);
            return figure.next();
        }
        Draft into = null;
        Hit<String> part = null;
        for (Draft draft : open.values()) {
            Hit<String> hit = t.labelAt(j, s.lex.natureParts.get(draft.nature), true);
            if (hit != null && (part == null || longer(hit, part))) {
                into = draft;
                part = hit;
            }
        }
        Figure figure = part == null ? null : figure(j, part);
        if (figure == null) {
            return -1;
        }
        table.form().saw(part.spelling());
        into.parts.add(new FundBreakdown.Part(part.value(), labelText(j, part), t.get(j).location(), figure.amount()));
        return figure.next();
    }

    /** The longer label wins where two open breakdowns list spellings that both match (first opened on a tie). */
    private static boolean longer(Hit<String> hit, Hit<String> than) {
        return hit.next() > than.next()
                || hit.next() == than.next() && LabelIndex.spellingKey(hit.spelling()).length() > LabelIndex.spellingKey(than.spelling()).length();
    }

    /**
     * The figure of the label at cell {@code j}: the rest of its cell (label:value), else the next filled
     * cell when it is an amount (label | value); a label alone is printed empty (null amount). Null when
     * the rest of the cell is words: the label only starts another text there (项目支出绩效…).
     */
    private Figure figure(int j, Hit<?> label) {
        String rest = s.restOfCell(j, label);
        if (rest != null && !rest.isBlank()) {
            Cell cell = t.get(j);
            Value value = Value.of(new Cell(rest, cell.location(), cell.row(), -1, Cell.Gap.NONE));
            return amount(value) ? new Figure(table.toWan(value), label.next()) : null;
        }
        int next = nextFilled(label.next());
        if (next < t.size() && amount(t.get(next).value()) && !s.isStop(next)) {
            return new Figure(table.toWan(t.get(next).value()), next + 1);
        }
        return new Figure(null, label.next());
    }

    /** An amount: a bare number or one with its money unit (a rate is no amount of a breakdown). */
    private static boolean amount(Value value) {
        return value.kind() == Value.Kind.NUMBER || value.kind() == Value.Kind.MONEY;
    }

    /** The label as printed, without its figure, the colon before it and a leading 其中. */
    private String labelText(int j, Hit<?> label) {
        String text = t.text(j, label.next());
        String rest = s.restOfCell(j, label);
        if (rest != null && text.endsWith(rest)) {
            text = text.substring(0, text.length() - rest.length());
        }
        // 其中 leads the parts in (其中:基本支出): not part of the label
        return text.replaceAll("[:：\\s]+$", "").replaceFirst("^其中[:：]?\\s*", "");
    }

    /** "其中" / "其中:" alone before a part's label (其中: | 一般公共预算:1325.68). */
    private boolean leadIn(int j) {
        return t.isSubRowLeadIn(j) && !open.isEmpty();
    }

    private int nextFilled(int from) {
        int j = from;
        while (j < t.size() && t.get(j).isBlank()) {
            j++;
        }
        return j;
    }
}
