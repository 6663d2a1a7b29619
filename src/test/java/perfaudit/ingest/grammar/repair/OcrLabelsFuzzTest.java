package perfaudit.ingest.grammar.repair;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random one-glyph changes of section labels (一级 / 二级 of OCR'd text) are corrected only to the
 * label they came from, or left. Split from the glued-rows fuzz when the OCR repairs got their own
 * package.
 */
class OcrLabelsFuzzTest {

    private static final Lexicon LEX = Lexicon.of(Vocabulary.standard());

    @Test
    void aSectionLabelIsCorrectedOnlyToTheLabelItCameFrom() {
        Random random = new Random(20261202L);
        List<String> labels = new ArrayList<>();
        LEX.vocabulary.level1().values().forEach(s -> s.stream().filter(l -> l.length() >= 4).forEach(labels::add));
        LEX.vocabulary.level2().values().forEach(l -> l.spellings().stream().filter(s -> s.length() >= 4).forEach(labels::add));
        String glyphs = "顼目产岀效益指标量质时成本济社会生态可持续满意度服务对象决策管理投入财务项";
        int corrected = 0;
        for (int n = 0; n < 3000; n++) {
            String label = labels.get(random.nextInt(labels.size()));
            StringBuilder misread = new StringBuilder(label);
            int changes = random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                misread.setCharAt(random.nextInt(label.length()), glyphs.charAt(random.nextInt(glyphs.length())));
            }
            String text = "管理制度6" + misread + "(" + (1 + random.nextInt(60)) + "分)数量指标";
            String fixed = OcrLabels.fix(text, LEX);
            if (fixed == null) {
                continue;
            }
            corrected++;
            String window = misread.toString();
            assertTrue(!labels.contains(window), "a label as printed was changed: " + text + " -> " + fixed);
            String read = fixed.substring(5, 5 + window.length());
            assertTrue(labels.contains(read), text + " -> " + fixed + ": not a label");
            assertTrue(OcrLabels.oneHanApart(window, read), text + " -> " + fixed + ": more than one glyph");
            for (String other : labels) {
                if (other.length() == window.length() && OcrLabels.oneHanApart(window, other)) {
                    assertEquals(canonical(read), canonical(other), text + " is one glyph from two labels: " + read + ", " + other);
                }
            }
        }
        assertTrue(corrected > 100, "only " + corrected + " corrections: the test no longer exercises them");
    }

    private static String canonical(String spelling) {
        for (var e : LEX.vocabulary.level1().entrySet()) {
            if (e.getValue().contains(spelling)) {
                return e.getKey();
            }
        }
        for (var l : LEX.vocabulary.level2().values()) {
            if (l.spellings().contains(spelling)) {
                return l.name();
            }
        }
        return spelling;
    }
}
