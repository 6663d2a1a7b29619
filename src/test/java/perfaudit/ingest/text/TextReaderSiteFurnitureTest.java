package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A document site's furniture between the copied cells, and OCR's rulings read as 丨 or I. */
class TextReaderSiteFurnitureTest {

    private static List<TextLine> lines(String... texts) {
        java.util.ArrayList<TextLine> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new TextLine(i + 1, texts[i]));
        }
        return out;
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void aSitesBannerUploaderAndButtonsAreBlankedWhereverTheyStand() {
        List<TextLine> copied = lines("10", "道客巴巴 www.doc88.com", "本文档由 someone 于 2023-03-21 上传 | 页数：3",
                "成本指标", "下载文档原格式（DOC 45.50KB） 下载积分：800", "每亩改造成本", "本年度完成情况良好");
        assertEquals(List.of("10", "", "", "成本指标", "", "每亩改造成本", "本年度完成情况良好"),
                texts(TextReader.withoutSiteFurniture(copied)));
    }

    @Test
    void aLongLineKeepsItsText() {
        // a page flattened to one line may end in the banner: its cells are the form's
        String line = "项目名称 " + "某".repeat(200) + " 道客巴巴 www.doc88.com";
        assertEquals(List.of(line), texts(TextReader.withoutSiteFurniture(lines(line))));
    }

    @Test
    void rulingsReadAsACharacterOrALetterAreBars() {
        List<TextLine> ocr = lines("名称 丨 农村饮水", "水质达标率 I ≥95% I 91.5%", "丨 完成3处", "I类水质", "丨字路口", "Class I");
        assertEquals(List.of("名称 | 农村饮水", "水质达标率 | ≥95% | 91.5%", "| 完成3处", "I类水质", "丨字路口", "Class I"),
                texts(TextCells.withRulingsAsBars(ocr)));
    }
}
