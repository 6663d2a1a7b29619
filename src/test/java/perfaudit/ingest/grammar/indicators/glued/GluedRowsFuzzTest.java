package perfaudit.ingest.grammar.indicators.glued;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.IndicatorField;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random glued indicator text (names, digit runs, OCR letters O / I / l / L / M, units, OCR'd
 * comparators, dashes) never yields a cut the row or section does not confirm: every row read is the
 * text itself cut in the header's order, its 分值 within the section's points and its 得分 within its
 * 分值, an OCR letter read as a digit only in a 分值 / 得分 of two or more characters (a lettered 分值
 * only beside an equal 得分); a section-sum cut covers the whole text and its 分值 add up to the
 * points exactly. {@code -Dperfaudit.fuzz.rows=N} runs N texts (default 1500). (The OCR'd section
 * labels have their own fuzz, {@code repair.OcrLabelsFuzzTest}.)
 */
class GluedRowsFuzzTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());
    private static final List<IndicatorField> WEIGHT_FIRST = List.of(IndicatorField.NAME, IndicatorField.WEIGHT,
            IndicatorField.TARGET, IndicatorField.ACTUAL, IndicatorField.SCORE, IndicatorField.DEVIATION);
    private static final String[] PIECES = {"保障人数", "合格率", "可行性", "实际需求", "成本", "完成时间", "满意度", "指标1",
        "是", "完成", "一", "人", "万元", "%", "亩", "^", "工", "$", "IO", "I", "O", "l", "L", "M.", ".", "12月", "2021年"};

    @Test
    void randomGluedRowsAreCutOnlyWhereConfirmed() {
        Random random = new Random(20261201L);
        int runs = Integer.getInteger("perfaudit.fuzz.rows", 1500);
        int read = 0;
        int settled = 0;
        for (int n = 0; n < runs; n++) {
            String text = LabelIndex.key(randomText(random));
            BigDecimal bound = BigDecimal.valueOf(2 + random.nextInt(30));
            GluedIndicatorRows.Result result = GluedIndicatorRows.read(text, WEIGHT_FIRST, bound, LEX);
            int at = 0;
            for (GluedIndicatorRows.Row row : result.rows()) {
                assertEquals(at, row.start(), text);
                check(text, row, bound);
                at = row.end();
                read++;
            }
            BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(20));
            List<GluedIndicatorRows.Row> rows = GluedIndicatorRows.settle(text, WEIGHT_FIRST, bound, points, random.nextBoolean(), LEX);
            if (rows != null) {
                settled++;
                BigDecimal sum = BigDecimal.ZERO;
                int from = 0;
                for (GluedIndicatorRows.Row row : rows) {
                    assertEquals(from, row.start(), text);
                    check(text, row, bound.min(points));
                    sum = sum.add(new BigDecimal(row.cells().get(IndicatorField.WEIGHT).reading()));
                    from = row.end();
                }
                assertEquals(text.length(), from, "a section-sum cut covers the whole text: " + text);
                assertEquals(0, points.compareTo(sum), "分值 add up to the section's points: " + text + " " + rows);
            }
        }
        assertTrue(read > runs / 20, "only " + read + " rows read: the test no longer exercises the reader");
        assertTrue(settled > 0, "no section-sum cut: the test no longer exercises settling");
    }

    /** The row is its text cut in the header's order, its points within bounds, letters read as digits only where allowed. */
    private static void check(String text, GluedIndicatorRows.Row row, BigDecimal bound) {
        Map<IndicatorField, GluedIndicatorRows.Read> cells = row.cells();
        StringBuilder joined = new StringBuilder();
        for (IndicatorField field : WEIGHT_FIRST) {
            GluedIndicatorRows.Read cell = cells.get(field);
            if (cell != null) {
                joined.append(cell.text());
            }
        }
        String span = text.substring(row.start(), row.end());
        // a dash as 年度指标值 is printed but read as no target
        if (!joined.toString().equals(span) && !span.equals(dashInserted(joined.toString(), cells))) {
            fail("row cells " + cells + " are not the text '" + span + "'");
        }
        BigDecimal weight = new BigDecimal(cells.get(IndicatorField.WEIGHT).reading());
        BigDecimal score = new BigDecimal(cells.get(IndicatorField.SCORE).reading());
        assertTrue(weight.signum() > 0 && weight.compareTo(bound) <= 0, "分值 " + weight + " beyond " + bound + " in " + span);
        assertTrue(score.compareTo(weight) <= 0, "得分 above 分值 in " + span);
        for (Map.Entry<IndicatorField, GluedIndicatorRows.Read> e : cells.entrySet()) {
            GluedIndicatorRows.Read cell = e.getValue();
            if (LetteredNumerals.isNumeral(cell.text()) && cell.corrected()) {
                assertTrue(e.getKey() == IndicatorField.WEIGHT || e.getKey() == IndicatorField.SCORE, "letters read as digits in " + e);
                assertTrue(cell.text().length() >= 2, "a lone letter read as a digit: " + span);
                if (e.getKey() == IndicatorField.WEIGHT) {
                    assertEquals(0, weight.compareTo(score), "a lettered 分值 without the same 得分: " + span);
                }
            } else if (e.getKey() == IndicatorField.WEIGHT || e.getKey() == IndicatorField.SCORE) {
                assertEquals(cell.text(), cell.reading());
            }
        }
    }

    private static String dashInserted(String joined, Map<IndicatorField, GluedIndicatorRows.Read> cells) {
        int after = cells.get(IndicatorField.NAME).text().length() + cells.get(IndicatorField.WEIGHT).text().length();
        for (char dash : "一-—–－".toCharArray()) {
            String candidate = joined.substring(0, after) + dash + joined.substring(after);
            if (!cells.containsKey(IndicatorField.TARGET)) {
                return candidate; // compared by the caller; one dash spelling is enough to tell
            }
        }
        return joined;
    }

    /** Rows of the header's shape, some with their dash lost, glued, then damaged: pieces dropped, inserted or misread. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int rows = 1 + random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            int weight = 1 + random.nextInt(15);
            String value = random.nextInt(4) == 0 ? "是" : (1 + random.nextInt(3000)) + PIECES[11 + random.nextInt(5)];
            text.append(PIECES[random.nextInt(8)]).append(weight);
            switch (random.nextInt(4)) {
                case 0 -> text.append("一").append("实际需求");
                case 1 -> text.append("实际需求"); // the dash lost
                default -> text.append(random.nextInt(5) == 0 ? PIECES[15 + random.nextInt(3)] : "").append(value).append(value);
            }
            int score = random.nextInt(weight + 2);
            text.append(random.nextInt(6) == 0 ? String.valueOf(score).replace('1', 'I').replace('0', 'O') : String.valueOf(score));
        }
        int damage = random.nextInt(4);
        for (int d = 0; d < damage && text.length() > 1; d++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                default -> text.insert(at, (char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }
}
