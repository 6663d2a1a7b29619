package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.funds.FundLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A tabbed 繁體 mirror (family B, pinyin glosses): its 項(xiàng)目資金 and 年度總體目標 rows open their tables as the
 * simplified labels do, so each table's rows are measured against their own width. Compared as printed, the whole form
 * was one section 8 cells wide: the 6-cell funds rows were "broken", 其他資金 was joined with the goal's row, and the
 * goal was lost (blind form e05).
 */
class TabbedHantAnchorsTest {

    private static final String FORM = """
            績(jì)效目標自評表
            （2020年度）
            項(xiàng)目名稱\t示例電站運維
            主管部門\t[108]示例局
            實施單位\t[108003]示例所
            項(xiàng)目資金（萬元）\t全年預(yù)算數(A)\t全年執(zhí)行數(B)\t分值\t執(zhí)行率(B/A)\t得分
            年度資金總額\t120\t114\t10\t95%\t9.5
            其中：當年財政撥款\t120\t114\t—\t—\t—
            其他資金\t0\t0\t—\t—\t—
            年度總體目標\t預期目標\t實際完成情況
            \t運維電站30座。\t運維電站30座，發電正常。
            績(jì)效指標\t一級指標\t二級指標\t三級指標\t分值\t年度指標值\t實際完成值\t得分\t偏差原因分析及改進措施
            \t產出指標\t數量指標\t電站運維座數\t30\t≥30座\t30座\t30
            \t\t質量指標\t發電達標率\t30\t≥95%\t96%\t30
            \t效益指標\t經濟效益指標\t村集體收入\t20\t≥60萬元\t60萬元\t20
            \t滿意度指標\t服務對象滿意度指標\t群眾滿意度\t10\t≥90%\t93%\t10
            總分\t\t\t\t100\t\t\t100
            """;

    @Test
    void hantAnchorsOpenTheirTables() {
        Document doc = Inputs.read(FORM.getBytes(StandardCharsets.UTF_8), "hant.txt", Limits.DEFAULT);
        Form form = doc.forms().get(0);
        assertEquals("運維電站30座。", form.goal().expected());
        assertEquals("運維電站30座，發電正常。", form.goal().actual());
        assertEquals(0, form.funds().get(FundLine.OTHER).annualBudget().compareTo(BigDecimal.ZERO));
        assertEquals(0, form.funds().get(FundLine.OTHER).executed().compareTo(BigDecimal.ZERO));
        assertEquals(List.of(), doc.problems(), "no row is misjudged for its width");
    }
}
