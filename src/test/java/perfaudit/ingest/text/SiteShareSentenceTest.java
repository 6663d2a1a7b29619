package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;
import perfaudit.model.Indicator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A document-sharing site prints its sentence about the file (《….docx》由会员分享,…请在文库网上搜索。) on a line of its
 * own above the document. It is the site's, not the form's: kept, its long line tipped a "|" form whose goal
 * cells are long into text run together (most characters in long cells), and the form's cut last indicator
 * row was lost (document-site h10).
 */
class SiteShareSentenceTest {

    private static final String SHARE = "《项目支出绩效自评表.docx》由会员分享,可在线阅读,更多相关《项目支出绩效自评表.docx(2页珍藏版)》请在文库网上搜索。";

    /** A "|" form with long goal cells, its text cut inside its one indicator row (as h10's OCR stops). */
    private static final List<String> FORM = List.of(
            "项目支出绩效自评表(2023年度) | | | | | | | | | | |",
            "项目名称 | | 城区绿化养护专项经费 | | | | | | | | |",
            "主管部门 | | 某县林业局 | | | | | 实施单位 | 某县园林所 | | |",
            "项目基本情况 | 1.项目年度目标完成情况 | 项目年度目标 | | | | | 年度目标完成情况 | | | |",
            "| | 完成城区主次干道绿化带日常养护,及时补植死株,修剪整形,病虫害防治,保持绿化景观整洁美观,提升城区人居环境质量,全年巡查养护不少于三百天,确保绿化成活率和保存率达到考核要求。 | | | | | 完成城区主次干道绿化带日常养护,及时补植死株,修剪整形,病虫害防治,保持绿化景观整洁美观。 | | | |",
            "| 2.项目实施内容及过程概述 | 完成城区主次干道绿化带日常养护,及时补植死株,修剪整形,病虫害防治,保持绿化景观整洁美观,提升城区人居环境质量,全年巡查养护不少于三百天,确保绿化成活率和保存率达到考核要求。 | | | | | | | | |",
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |",
            "| 总额 | 8.00 | 8.00 | 8.00 | | | 100.00% | 10 | | |",
            "| 其中:财政资金 | 8.00 | 8.00 | 8.00 | | | 100.00% | / | / | |",
            "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
            "| 产出指标 | 数量指标 | 养护绿化带面积(亩) | ≥ | 120 | 亩 | 125 ");

    @TempDir
    Path dir;

    @Test
    void theFormAloneReadsItsCutRow() throws Exception {
        assertCutRowRead(read("form.txt", FORM));
    }

    @Test
    void theSitesSentenceAboveTheFormChangesNothingOfIt() throws Exception {
        Document document = read("site.txt", concat(List.of(SHARE, "1、" + FORM.get(0)), FORM.subList(1, FORM.size())));
        assertCutRowRead(document);
        assertEquals(List.of(), document.problems());
        // the site's sentence is no heading: the document's title is the form's own
        assertEquals("项目支出绩效自评表(2023年度)", document.title());
    }

    @Test
    void textAfterTheSentenceOnItsLineIsKept() throws Exception {
        Document document = read("same-line.txt", concat(List.of(SHARE + FORM.get(0)), FORM.subList(1, FORM.size())));
        assertCutRowRead(document);
        assertEquals(2023, document.forms().get(0).year());
    }

    private static void assertCutRowRead(Document document) {
        assertEquals(1, document.forms().size());
        List<Indicator> rows = document.forms().get(0).indicators();
        assertEquals(1, rows.size());
        assertEquals("≥120亩", rows.get(0).target().raw());
        assertEquals("125", rows.get(0).actual().raw());
    }

    private Document read(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Inputs.read(file, name);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
