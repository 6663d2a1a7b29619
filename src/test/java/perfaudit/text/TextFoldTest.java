package perfaudit.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import perfaudit.text.TextFold;
import perfaudit.tools.HantHansTableMaker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The matching key of cell text: traditional-character mirrors (real forms 05 and 16, with their pinyin
 * glosses), full-width digits and punctuation, and simplified text left exactly as it is.
 */
class TextFoldTest {

    private static final Path REAL_FORMS = Path.of("..", "shared", "real-forms");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2020年度項(xiàng)目支出績效自評表 | 2020年度项目支出绩效自评表
            項(xiàng)目名稱                  | 项目名称
            主管部門                         | 主管部门
            實(shí)施單位                  | 实施单位
            年初預(yù)算數(shù)         | 年初预算数
            全年預(yù)算數(shù)         | 全年预算数
            全年執(zhí)行數(shù)         | 全年执行数
            執(zhí)行率                    | 执行率
            年度資金總額                     | 年度资金总额
            年度資(zī)金總額               | 年度资金总额
            其中:當(dāng)年財政撥款        | 其中:当年财政拨款
            上年結(jié)轉(zhuǎn)資金      | 上年结转资金
            預(yù)期目標(biāo)           | 预期目标
            實(shí)際完成情況              | 实际完成情况
            績效指標(biāo)                  | 绩效指标
            年度指標(biāo)值                | 年度指标值
            偏差原因分析及改進(jìn)措施      | 偏差原因分析及改进措施
            指標(biāo)性質(zhì)           | 指标性质
            產(chǎn)出指標(biāo)           | 产出指标
            數(shù)量指標(biāo)           | 数量指标
            質(zhì)量指標(biāo)           | 质量指标
            時效指標(biāo)                  | 时效指标
            社會效益指標(biāo)              | 社会效益指标
            滿意度指標(biāo)                | 满意度指标
            服務(wù)對象滿意度指標(biāo) | 服务对象满意度指标
            項(xiàng)目驗(yàn)收合格率    | 项目验收合格率
            """)
    void foldsTheLabelsOfForm05(String printed, String key) {
        assertEquals(key, TextFold.fold(printed));
        assertTrue(TextFold.hasTraditional(printed));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            預(yù)算執(zhí)行情況(萬元)(20分) | 预算执行情况(万元)(20分)
            預(yù)算數(shù)(A)                   | 预算数(A)
            執(zhí)行數(shù)(B)                   | 执行数(B)
            執(zhí)行率(B/A)                      | 执行率(B/A)
            得分(20分*執(zhí)行率)                 | 得分(20分*执行率)
            年度財(cái)政資金總額                 | 年度财政资金总额
            年度績效目標(biāo)1(40分)               | 年度绩效目标1(40分)
            年初目標(biāo)值(A)                     | 年初目标值(A)
            進(jìn)度指標(biāo)                   | 进度指标
            社會(huì)效益指標(biāo)               | 社会效益指标
            偏差大或目標(biāo)未完成原因分析       | 偏差大或目标未完成原因分析
            預(yù)算數(shù)為調(diào)整後財(cái)政資金 | 预算数为调整后财政资金
            """)
    void foldsTheLabelsOfForm16(String printed, String key) {
        assertEquals(key, TextFold.fold(printed));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            數（shù）          | 数
            項(xiàng）目         | 项目
            綠(lǜ)化率          | 绿化率
            項(xiang)目          | 项目
            項(xia\u0300ng)目    | 项目
            預算數(a)            | 预算数(a)
            預算數(à)           | 预算数
            𠀀(xiàng)          | 𠀀
            調整後預算數        | 调整后预算数
            評價標準            | 评价标准
            不低於95%           | 不低于95%
            權重佔比            | 权重占比
            結餘                | 结余
            管理製度健全        | 管理制度健全
            什麽                | 什么
            長度(km)            | 长度(km)
            項(XIANG)           | 项(XIANG)
            項(xiàngmùzhōng)    | 项(xiàngmùzhōng)
            """)
    void dropsGlossesAndFoldsAmbiguousCharactersTheSimplifiedWay(String printed, String key) {
        assertEquals(key, TextFold.fold(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"预算数(A)", "执行率(B/A)", "项目资金(万元)", "abc(xxx)", "产出指标(50分)", "时长(min)",
        "长度(km)", "项(xiang)目", "(xiàng)", "项(", "≧ ═ ﹦ ≥ ≤", "1、2、完成。", "“完成”", "显著提高", "慰藉",
        "俱乐部", "姊妹", "摔跤", "乾坤", "年度资金总额", "偏差原因分析及改进措施", "", "plain ASCII 100%"})
    void leavesSimplifiedTextAndOrdinaryBracketsAsTheSameInstance(String text) {
        assertSame(text, TextFold.fold(text));
        assertFalse(TextFold.hasTraditional(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            １２．５％              | 12.5%
            产出指标（５０分）      | 产出指标(50分)
            ＝１００                | =100
            ＞＝９０％              | >=90%
            全年预算数（Ａ）        | 全年预算数(A)
            其中：当年财政拨款      | 其中:当年财政拨款
            １，０１６；２          | 1,016;2
            －３                    | -3
            """)
    void foldsFullWidthAsciiToAscii(String printed, String key) {
        assertEquals(key, TextFold.fold(printed));
        assertFalse(TextFold.hasTraditional(printed));
    }

    @Test
    void foldsTheIdeographicSpaceAndKeepsOtherFormSymbols() {
        assertEquals("年度 总体 目标 ≧﹦═、。“”", TextFold.fold("年度\u3000总体\u3000目标 ≧﹦═、。“”"));
        assertNotSame("项目", TextFold.fold("項目"));
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> TextFold.fold(null));
        assertThrows(NullPointerException.class, () -> TextFold.hasTraditional(null));
    }

    /** Every line of every real form folds, and folding is idempotent and leaves nothing to fold. */
    @Test
    void foldsEveryLineOfTheRealForms() throws IOException {
        assumeTrue(Files.isDirectory(REAL_FORMS), REAL_FORMS + " is not beside the repository");
        Map<String, Boolean> traditional = new TreeMap<>();
        int lines = 0;
        for (Path file : realForms()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String key = TextFold.fold(line);
                assertSame(key, TextFold.fold(key), () -> file + ": " + line);
                assertFalse(TextFold.hasTraditional(key), () -> file + ": " + key);
                assertTrue(key.chars().noneMatch(c -> c == '\u3000' || c >= '\uFF01' && c <= '\uFF5E'), key);
                assertFalse(key.matches(".*\\p{IsHan}[(（][a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]+[)）].*"), key);
                traditional.merge(file.getFileName().toString().substring(0, 2), TextFold.hasTraditional(line),
                        Boolean::logicalOr);
                lines++;
            }
        }
        assertTrue(lines > 100, "read " + lines + " lines");
        traditional.values().removeIf(has -> !has);
        assertEquals(List.of("05", "16"), List.copyOf(traditional.keySet()), "forms holding traditional characters");
    }

    /** The committed table is exactly what the maker writes from ICU: nobody edits it by hand. */
    @Test
    void theCommittedTableIsTheMakersOutput() throws IOException {
        assertEquals(HantHansTableMaker.tableText(), Files.readString(HantHansTableMaker.TABLE));
    }

    @Test
    void everyPairOfTheTableFoldsToASimplifiedCharacterThatStays() throws IOException {
        List<String> pairs = Files.readAllLines(HantHansTableMaker.TABLE).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertTrue(pairs.size() > 2500, pairs.size() + " pairs");
        for (String pair : pairs) {
            String traditional = pair.substring(0, 1);
            String simplified = pair.substring(1);
            assertEquals(simplified, TextFold.fold(traditional));
            assertTrue(TextFold.hasTraditional(traditional), traditional);
            assertSame(simplified, TextFold.fold(simplified), pair);
        }
    }

    @Test
    void displayTextLosesTheGlossesAndKeepsItsCharacters() {
        assertEquals("監測數據必須合格", TextFold.withoutGlosses("監(jiān)測數(shù)據(jù)必須合格"));
        assertEquals("項目（中央）", TextFold.withoutGlosses("項(xiàng)目（中央）"));
        // units, column marks and points are not glosses
        for (String kept : List.of("时长(min)", "预算数(A)", "执行率(B/A)", "产出指标(50分)", "金额(万元)", "培训人数")) {
            assertSame(kept, TextFold.withoutGlosses(kept), kept);
        }
        assertEquals(null, TextFold.withoutGlosses(null));
    }

    private static List<Path> realForms() throws IOException {
        try (Stream<Path> files = Files.list(REAL_FORMS)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
