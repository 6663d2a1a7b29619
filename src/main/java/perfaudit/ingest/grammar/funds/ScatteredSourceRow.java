package perfaudit.ingest.grammar.funds;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one row under by-source headings (中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) when a flattened PDF put its
 * figures away from the headings and out of column order, among other header cells ("… (万元) 率 309 309 来源 项目年度目
 * 标 … 项目资金 日 309 100 %"). Column order is lost, so a figure is placed only by the form's own arithmetic: the
 * amounts must split, one way only, into a 合计, an 执行数 and source amounts that add up to the 合计, with the one
 * printed rate equal to 执行数 / 合计. Which source column a source amount stood in cannot be told: sources stay
 * unread. Anything else (no rate, two rates, two readings) is refused with a note.
 */
final class ScatteredSourceRow {

    /** How far past the headings the row's figures may lie: the rest of the form's head, not its tables. */
    private static final int REACH = 40;

    /** What the arithmetic read: the 合计, the 执行数, the rate, and how many source amounts added up to the 合计. */
    record Reading(BigDecimal total, BigDecimal executed, BigDecimal rate, int sources) {
    }

    private record Figure(int cell, int end, BigDecimal number) {
    }

    private final PartScan s;
    private final Tokens t;
    private final int sourceColumns;

    ScatteredSourceRow(PartScan s, int sourceColumns) {
        this.s = s;
        this.t = s.t;
        this.sourceColumns = sourceColumns;
    }

    /**
     * Reads the figures from cell {@code from} on; returns the reading, or null (with a note) where the text does
     * not support exactly one. Read cells are marked used; the scan itself goes on at {@code from}, the other
     * header cells among the figures being the form's.
     */
    Reading read(int from) {
        List<Figure> amounts = new ArrayList<>();
        List<Figure> rates = new ArrayList<>();
        int k = from;
        for (int seen = 0; k < t.size() && seen < REACH && rates.isEmpty(); k++) {
            Cell cell = t.get(k);
            if (cell.isBlank()) {
                continue;
            }
            seen++;
            if (k > from && pastHead(k) || !cell.value().isNumeric() && (Tokens.enumeratorLength(cell.key()) > 0
                    || isProse(cell.key()))) {
                break; // the goal's text, criteria prose, the indicator table: past the head
            }
            Value value = cell.value();
            if (value.kind() == Value.Kind.PERCENT) {
                rates.add(new Figure(k, k + 1, value.number()));
            } else if (value.kind() == Value.Kind.NUMBER) {
                int next = k + 1 < t.size() ? k + 1 : -1;
                String after = next < 0 ? "" : t.get(next).key();
                if (after.equals("%")) {
                    rates.add(new Figure(k, next + 1, value.number()));
                } else if (!Value.isUnit(after) || isMoneyUnit(after)) {
                    amounts.add(new Figure(k, k + 1, value.number()));
                }
                // a number with a unit word after it (2 分, 300 公里) is a measure of some other cell: not ours
            }
        }
        if (rates.size() != 1 || amounts.size() < 3) {
            note(from, "the figures after the by-source headings are " + amounts.size() + " amounts and " + rates.size()
                    + " rates: too few to tell 合计 from 执行数 and the sources — 按来源分列的资金数字不全，无法分辨合计、执行数与来源，未读");
            return null;
        }
        Reading only = solve(amounts, rates.get(0).number());
        if (only == null) {
            return null;
        }
        for (Figure figure : amounts) {
            s.use(figure.cell(), figure.end());
        }
        s.use(rates.get(0).cell(), rates.get(0).end());
        return only;
    }

    /** The one reading the arithmetic allows, or null (noted) when none or several do. */
    private Reading solve(List<Figure> amounts, BigDecimal rate) {
        Reading found = null;
        int readings = 0;
        for (int ti = 0; ti < amounts.size(); ti++) {
            for (int ei = 0; ei < amounts.size(); ei++) {
                if (ei == ti) {
                    continue;
                }
                BigDecimal total = amounts.get(ti).number();
                BigDecimal executed = amounts.get(ei).number();
                BigDecimal sum = BigDecimal.ZERO;
                int sources = 0;
                for (int oi = 0; oi < amounts.size(); oi++) {
                    if (oi != ti && oi != ei) {
                        sum = sum.add(amounts.get(oi).number());
                        sources++;
                    }
                }
                if (sources > sourceColumns || total.signum() <= 0 || sum.compareTo(total) != 0
                        || !RowArithmetic.close(executed.multiply(BigDecimal.valueOf(100)).divide(total, java.math.MathContext.DECIMAL64),
                        rate, Math.max(0, rate.scale()))) {
                    continue;
                }
                Reading reading = new Reading(total, executed, rate, sources);
                if (found == null || !sameFigures(found, reading)) {
                    readings++;
                }
                found = found == null ? reading : found;
            }
        }
        if (readings != 1) {
            note(amounts.get(0).cell(), readings + " readings of the scattered by-source figures add up (sources = 合计, "
                    + "执行数 / 合计 = 执行率): none is read — 按来源分列的资金数字顺序错乱，" + (readings == 0 ? "没有" : "不止")
                    + "一种读法能核对，未读");
            return null;
        }
        return found;
    }

    private static boolean sameFigures(Reading a, Reading b) {
        return a.total().compareTo(b.total()) == 0 && a.executed().compareTo(b.executed()) == 0;
    }

    /**
     * Where the head ends: another text, a 合计 / 总分, a block (项目决策 2分) or the indicator table. A flattened PDF
     * prints the head's other labels (项目属性, 项目资金, the goal's label, 单位领导审签) among the row's figures: those
     * are read past.
     */
    private boolean pastHead(int k) {
        return s.startsOtherText(k) || t.labelAt(k, s.lex.total, true) != null || t.blockAt(k) != null
                || t.labelAt(k, s.lex.indicatorAnchor, Tokens.Rest.BRACKETED) != null
                || t.labelAt(k, s.lex.indicatorColumn, false) != null;
    }

    /** A sentence's text (goal or criteria prose), not a header cell. */
    private static boolean isProse(String key) {
        for (int i = 0; i < key.length(); i++) {
            if ("，。；,;".indexOf(key.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMoneyUnit(String key) {
        return key.equals("万元") || key.equals("元");
    }

    void note(int k, String reason) {
        Cell cell = t.get(k);
        s.log.note(cell.row(), cell.location(), cell.text(), reason);
    }
}
