package perfaudit.ingest.grammar.funds;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfaudit.ingest.Inputs;
import perfaudit.ingest.Limits;
import perfaudit.model.Document;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fund sub-row spellings LAYOUTS.md §3 lists, each read as its line under the total. */
class FundRowLabelsTest {

    private static final Path CLEAN = Path.of("rules/tests/clean.txt");
    private static final String PRINTED = "其中：本年财政拨款";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"其中:当年财政拨款, CURRENT_YEAR", "一般预算内拨款, CURRENT_YEAR", "财政资金, CURRENT_YEAR",
        "中央补助, CENTRAL", "中央、省补助, CENTRAL", "中央、市级补助, CENTRAL", "中央、省、市补助, CENTRAL",
        "上级补助资金, CENTRAL", "自治区财政资金, PROVINCIAL", "盟市财政资金, CITY", "旗县财政资金, COUNTY",
        "本级资金(包括结转结余), LOCAL", "财政专户管理资金, SPECIAL_ACCOUNT", "单位资金, UNIT_FUNDS"})
    void aSubRowIsReadAsItsLine(String label, FundLine line) throws IOException {
        String text = Files.readString(CLEAN, StandardCharsets.UTF_8);
        assertTrue(text.contains(PRINTED), "the fixture's funds table moved");
        Document document = Inputs.read(text.replace(PRINTED, label).getBytes(StandardCharsets.UTF_8), "funds.txt", Limits.DEFAULT);
        assertEquals(0, document.problems().size(), document.problems().toString());
        Funds total = document.forms().get(0).fundLine(FundLine.TOTAL);
        Funds sub = document.forms().get(0).fundLine(line);
        assertNotNull(total, "total read");
        assertNotNull(sub, label + " read as " + line);
        assertEquals(0, new BigDecimal("95").compareTo(sub.executed()), sub.toString());
    }
}
