package perfaudit.ingest.grammar.header;

import org.junit.jupiter.api.Test;
import perfaudit.model.Form;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 河北 system export (family G, held-out h28 成安) prints its whole header on one line: 项目名称: … 是否为专项资金:
 * 实施(主管)单位 … 金额单位: 万元. 是否为专项资金 and 金额单位 are labels of the vocabulary's header.other, so they end the
 * value before them; a name that merely contains 专项资金 keeps it.
 */
class HeaderOneLineExportTest {

    private static final Path H28 = Path.of("src/test/resources/perfaudit/heldout/h28-chengan-bainian-gaolingjintie-2020.txt");
    private static final String LINE = "一、基本情况 项目名称: 19名百岁老人高龄津贴 是否为专项资金: 实施(主管)单位 314002-成安县民政局机关 金额单位: 万元";

    private static Form read(String to) throws IOException {
        return perfaudit.Fixtures.readWith(H28, LINE, to, "h28.txt").forms().get(0);
    }

    @Test
    void theExportsOwnLabelsEndTheValuesBeforeThem() throws IOException {
        Form form = read(LINE);
        assertEquals("19名百岁老人高龄津贴", form.projectName());
        assertEquals("成安县民政局机关", form.implementingUnit().name());
        assertEquals("314002", form.implementingUnit().code());
    }

    @Test
    void aNameContainingTheWordsIsKeptWhole() throws IOException {
        Form form = read("一、基本情况 项目名称: 百岁老人高龄津贴专项资金 是否为专项资金: 实施(主管)单位 314002-成安县民政局机关");
        assertEquals("百岁老人高龄津贴专项资金", form.projectName());
        assertEquals("成安县民政局机关", form.implementingUnit().name());
    }
}
