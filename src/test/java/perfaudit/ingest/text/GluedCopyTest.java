package perfaudit.ingest.text;

import org.junit.jupiter.api.Test;
import perfaudit.ingest.grammar.rows.ProblemLog;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GluedCopyTest {

    private static final List<String> FORM = List.of(
            "项目支出绩效自评表 (2023年度)",
            "项目名称 | 农村公路养护经费 | 主管部门 | 226-东至县交通运输局 |",
            "实施单位 | 226003-东至县农村公路养护中心 |",
            "年度资金总额: | 120 | 120 | 118 | 10 | 98.33% | 9.83 |",
            "其中:本年财政拨款 | 120 | 120 | 118 | — | — | — |",
            "年度总体目标 | 完成全县1260公里农村公路日常养护,及时修复路面坑槽和水毁路段 |");

    @Test
    void aGluedCopyBeforeTheFormIsBlankedWithANote() {
        String glued = String.join("", FORM).replaceAll("[|\\s]+", "").replaceAll("—+", "—");
        List<TextLine> lines = lines("内容概述:" + glued.substring(0, 120) + "…", "附件:");
        ProblemLog log = new ProblemLog("page.txt");
        List<TextLine> read = GluedCopy.withoutCopies(lines, log);
        assertTrue(read.get(0).isBlank());
        assertEquals(lines.subList(1, lines.size()), read.subList(1, read.size()));
        assertEquals(1, log.notes().size());
    }

    @Test
    void aLongLineThatIsNotTheFollowingTextStays() {
        List<TextLine> lines = lines("内容概述:2023年度东至县交通运输局项目支出绩效自评结果公开,共涉及农村公路养护经费等3个项目,自评结果均为优。"
                + "本单位按照县财政局的统一部署开展自评工作,现将结果公开如下,欢迎社会各界监督。");
        ProblemLog log = new ProblemLog("page.txt");
        assertSame(lines, GluedCopy.withoutCopies(lines, log));
        assertEquals(0, log.notes().size());
    }

    private static List<TextLine> lines(String... before) {
        List<TextLine> lines = new ArrayList<>();
        for (String line : before) {
            lines.add(new TextLine(lines.size() + 1, line));
        }
        for (String line : FORM) {
            lines.add(new TextLine(lines.size() + 1, line));
        }
        return lines;
    }
}
