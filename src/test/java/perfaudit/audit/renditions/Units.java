package perfaudit.audit.renditions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same form printed in the other unit of money (../shared/LAYOUTS.md §3: forms print 万元 or 元):
 * the 项目资金 table's unit label and its money figures, and 万元 targets and actuals, scaled by
 * 10,000. Only made from a "|" original, where cells are known, and only where every row of the funds
 * table can be told: its figures stand in the header's order, so the execution rate the row prints
 * confirms which figures are money (a row whose figures do not confirm it — an empty cell dropped,
 * figures printed before their labels — would be scaled blindly: no rendition is made then).
 */
final class Units {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern UNIT_LABEL = Pattern.compile("(资金|資金|预算|預算|执行|執行).*[(（]\\s*(万元|萬元|元)\\s*[)）]");
    private static final Pattern BLOCK_END = Pattern.compile("目标|目標|绩效指标|績效指標");
    private static final Pattern MONEY_COLUMN = Pattern.compile("预算|預算|执行数|執行數");
    private static final Pattern NOT_MONEY_COLUMN = Pattern.compile("率|情况|情況|分值|得分|权重|權重|[(（]\\s*(万元|萬元|元)");
    /** A money cell: a number, or a number of 万 ("150万") in a 万元 table. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万|萬)?");
    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d+)?%");
    private static final Pattern PLACEHOLDER = Pattern.compile("[—\\-/]+");
    private static final Pattern WAN_FIGURE = Pattern.compile("([≥≤<>=≧≦]*\\s*)(\\d+(?:\\.\\d+)?)\\s*(万元|萬元)");
    /** A pinyin gloss after a converted character: "預(yù)算" reads as "預算". */
    private static final Pattern GLOSS = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)");

    private Units() {
    }

    /** The body in the other unit, or null where the funds table's money cells cannot be told. */
    static String otherUnit(String body) {
        if (!Rendition.isPiped(body)) {
            return null;
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.split("\\|", -1));
        }
        int[] start = find(lines, 0, 0, UNIT_LABEL);
        if (start == null) {
            return null;
        }
        String unit = unitOf(lines.get(start[0])[start[1]]);
        boolean toYuan = !unit.equals("元");
        int[] end = find(lines, start[0], start[1] + 1, BLOCK_END);
        if (end == null || !scaleFunds(lines, start, end, toYuan)) {
            return null;
        }
        String[] label = lines.get(start[0]);
        // a glossed label (資(zī)金(jīn)(萬(wàn)元(yuán))) loses its glosses: the unit is rewritten in the text they interrupt
        label[start[1]] = GLOSS.matcher(label[start[1]]).replaceAll("").replaceFirst("([(（]\\s*)(万元|萬元|元)", "$1" + (toYuan ? "元" : "万元"));
        if (toYuan) {
            scaleWanFigures(lines, end);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(String.join("|", lines.get(i))).append(i + 1 < lines.size() ? "\n" : "");
        }
        return out.toString();
    }

    private static String unitOf(String label) {
        Matcher m = UNIT_LABEL.matcher(GLOSS.matcher(label).replaceAll(""));
        m.find();
        return m.group(2);
    }

    /** {line, cell} of the first cell from {line, cell} on whose text matches, or null. */
    private static int[] find(List<String[]> lines, int line, int cell, Pattern pattern) {
        for (int i = line; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            for (int c = i == line ? cell : 0; c < cells.length; c++) {
                if (pattern.matcher(GLOSS.matcher(cells[c]).replaceAll("")).find()) {
                    return new int[] {i, c};
                }
            }
        }
        return null;
    }

    /**
     * Scales the money figures of the funds table: a row is a run of figure cells between label
     * cells; its first {@code money} figures are money (the header's money columns), and a row with
     * one figure more before its rate also prints a 分值 there. False when a row's figures do not
     * confirm its rate (executed / budget).
     */
    private static boolean scaleFunds(List<String[]> lines, int[] start, int[] end, boolean toYuan) {
        List<int[]> cells = new ArrayList<>();
        int money = 0;
        for (int i = start[0]; i <= end[0]; i++) {
            String[] line = lines.get(i);
            for (int c = i == start[0] ? start[1] + 1 : 0; c < (i == end[0] ? end[1] : line.length); c++) {
                String text = GLOSS.matcher(line[c].strip()).replaceAll("");
                if (text.isEmpty()) {
                    continue;
                }
                if (isFigure(text)) {
                    cells.add(new int[] {i, c});
                } else {
                    cells.add(null);
                    money += MONEY_COLUMN.matcher(text).find() && !NOT_MONEY_COLUMN.matcher(text).find() ? 1 : 0;
                }
            }
        }
        if (money == 0) {
            return false;
        }
        List<List<int[]>> rows = new ArrayList<>();
        List<int[]> row = new ArrayList<>();
        for (int[] cell : cells) {
            if (cell == null) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                row.add(cell);
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<int[]> scaled = new ArrayList<>();
        for (List<int[]> figures : rows) {
            List<int[]> moneyCells = moneyCells(lines, figures, money);
            if (moneyCells == null) {
                return false;
            }
            scaled.addAll(moneyCells);
        }
        for (int[] at : scaled) {
            String text = lines.get(at[0])[at[1]];
            Matcher m = AMOUNT.matcher(text);
            m.find();
            BigDecimal value = new BigDecimal(m.group(1));
            BigDecimal other = toYuan ? value.multiply(TEN_THOUSAND) : value.divide(TEN_THOUSAND);
            lines.get(at[0])[at[1]] = text.substring(0, m.start()) + plain(other) + text.substring(m.end());
        }
        return true;
    }

    /** The row's money cells (placeholders left out), or null when its rate does not confirm them. */
    private static List<int[]> moneyCells(List<String[]> lines, List<int[]> figures, int money) {
        int rate = -1;
        for (int k = 0; k < figures.size() && rate < 0; k++) {
            rate = RATE.matcher(text(lines, figures.get(k))).matches() ? k : -1;
        }
        if (rate < 0) {
            // no rate to confirm them: money only where nothing but placeholders follows the money columns
            boolean rest = figures.stream().skip(money).allMatch(cell -> PLACEHOLDER.matcher(text(lines, cell)).matches());
            return rest ? numbers(lines, figures.subList(0, Math.min(money, figures.size()))) : null;
        }
        if (rate != money && rate != money + 1) {
            return null;
        }
        List<int[]> cells = figures.subList(0, money);
        if (rate >= 0 && !confirms(lines, cells, text(lines, figures.get(rate)))) {
            return null;
        }
        return numbers(lines, cells);
    }

    private static boolean confirms(List<String[]> lines, List<int[]> cells, String rate) {
        List<BigDecimal> values = new ArrayList<>();
        for (int[] cell : cells) {
            String text = text(lines, cell);
            Matcher m = AMOUNT.matcher(text);
            values.add(m.matches() ? new BigDecimal(m.group(1)) : null);
        }
        BigDecimal executed = values.get(values.size() - 1);
        BigDecimal budget = values.size() > 1 ? values.get(values.size() - 2) : null;
        BigDecimal percent = new BigDecimal(rate.substring(0, rate.length() - 1));
        if (executed == null || budget == null) {
            return false;
        }
        if (budget.signum() == 0) {
            return executed.signum() == 0 && percent.signum() == 0;
        }
        double got = executed.doubleValue() * 100 / budget.doubleValue();
        return Math.abs(got - percent.doubleValue()) < 0.6;
    }

    private static List<int[]> numbers(List<String[]> lines, List<int[]> cells) {
        return cells.stream().filter(cell -> AMOUNT.matcher(text(lines, cell)).matches()).toList();
    }

    private static String text(List<String[]> lines, int[] cell) {
        return lines.get(cell[0])[cell[1]].strip();
    }

    private static boolean isFigure(String text) {
        return AMOUNT.matcher(text).matches() || RATE.matcher(text).matches() || PLACEHOLDER.matcher(text).matches();
    }

    /** 万元 targets and actuals after the funds table, in 元. */
    private static void scaleWanFigures(List<String[]> lines, int[] from) {
        for (int i = from[0]; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            for (int c = 0; c < cells.length; c++) {
                Matcher m = WAN_FIGURE.matcher(cells[c].strip());
                if (m.matches()) {
                    cells[c] = " " + m.group(1) + plain(new BigDecimal(m.group(2)).multiply(TEN_THOUSAND)) + "元 ";
                }
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
