package perfaudit.audit;

import org.junit.jupiter.api.Test;
import perfaudit.model.Form;

import java.util.List;
import java.util.Map;


/**
 * The fifth round of hand-made forms (f01–f06 in src/test/resources/perfaudit/blind, see its README.md), written blind
 * from LAYOUTS.md / DOMAIN.md: a family D form as PDF text over two pages with the title and the indicator header
 * reprinted on page 2, a family B form in "|" rows without a trailing bar with fund sub-rows by source and comparators
 * in words, an OCR'd family E form (look-alike glyphs, a figure whose integer part the OCR dropped), a 部门整体 (I)
 * form in "|" rows with amounts in 元 and 其中 sub-rows, a 繁體 family C form in "cell |" per line, and a family A′
 * form one cell per line with a 偏差原因 broken over two lines. Facts in {@link BlindFormsTest#facts(Form)}'s notation.
 */
public class BlindForms6Test {


    private static final Map<String, String> READ = Map.ofEntries(
            Map.entry("f01-tongle-shebei-familyD-pdftext-twopages-2023", """
                    D 2023 | 51162123T000000412385-同乐县乡镇卫生院诊疗设备购置 | - 同乐县卫生健康局 | - 同乐县人民医院
                    total 150 180 171 10 95 9.5
                    currentYear 150 150 144 - 96 -
                    other 0 0 0 - - -
                    specialAccount 0 0 0 - - -
                    unitFunds 0 30 27 - 90 -
                    产出指标 数量指标 购置诊疗设备数量 | ≥36台套 | 34 | 15 14.17
                    产出指标 数量指标 覆盖乡镇卫生院数量 | =12个 | 12 | 10 10
                    产出指标 质量指标 设备验收合格率 | =100% | 100 | 10 10
                    产出指标 时效指标 设备安装调试完成时间 | ≤11月 | 12 | 5 5
                    产出指标 成本指标 设备购置总成本 | ≤180万元 | 171 | 10 10
                    效益指标 社会效益指标 乡镇卫生院门诊量增长率 | ≥10% | 8 | 15 12
                    效益指标 可持续影响指标 设备使用年限 | ≥5年 | 5 | 10 10
                    满意度指标 服务对象满意度指标 就诊群众满意度 | ≥90% | 93 | 15 15
                    总分 100 95.67"""),
            Map.entry("f02-shuangfeng-rouniu-familyB-pipe-notrail-2022", """
                    B 2022 | 双峰县肉牛养殖产业扶持项目 | 306 双峰县农业农村局 | 306012 双峰县畜牧兽医服务中心
                    total - 260 234 10 90 9
                    central - 160 160 - - -
                    provincial - 60 50 - - -
                    county - 40 24 - - -
                    产出指标 数量指标 ★新增能繁母牛数量 | ≥800头 | 760头 | 20 19
                    产出指标 数量指标 新建标准化牛舍面积 | ≥6000平方米 | 6200平方米 | 10 10
                    产出指标 质量指标 能繁母牛免疫密度 | 100% | 100% | 10 10
                    产出指标 时效指标 补助资金兑付时间 | ≤2022-10-31 | 2022-12-15 | 5 5
                    产出指标 成本指标 每头能繁母牛补助标准 | ≤3000元/头 | 3000元/头 | 5 5
                    效益指标 经济效益指标 ★带动脱贫户户均增收(≥**元) | ≥2000元 | 2150元 | 15 15
                    效益指标 社会效益指标 带动脱贫户数 | ≥300户 | 286户 | 10 10
                    效益指标 可持续影响指标 肉牛养殖产业持续发展 | 持续发展 | 持续发展 | 5 5
                    满意度指标 服务对象满意度指标 受益脱贫户满意度 | ≥90% | 96% | 10 10
                    总分 100 98"""),
            Map.entry("f03-baiyan-lunzuo-familyE-ocr-2021", """
                    E 2021 | 耕地轮作休耕试点项目 | - 白岩县农业农村局 | - 白岩县农业技术推广中心
                    total - 85 74.8 20 88 17.6
                    产出指标 数量指标 耕地轮作面积 | ≥1.2万亩 | - | - 28
                    产出指标 数量指标 休耕面积 | ≥0.3万亩 | 0.28万亩 | - -
                    产出指标 质量指标 轮作作物种植合格率 | ≥90% | 92% | - 10
                    产出指标 时效指标 补助资金兑付时间 | ≤2021-12-31 | 2022-01-10 | - 10
                    效益指标 经济效益指标 项目区亩均节本增效 | ≥50元 | 62元 | - 10
                    效益指标 生态效益指标 耕地有机质含量 | 逐步提高 | 逐步提高 | - 10
                    满意度指标 服务对象满意度指标 参与农户满意度 | ≥90% | 95% | - 10
                    总分 - 95.6"""),
            Map.entry("f04-jinhe-wenlv-bumenzhengti-yuan-pipe-2023", """
                    I 2023 | null | - - | - 金河区文化和旅游发展中心
                    total 642 685 630.2 10 92 9.2
                    产出指标 数量指标 举办群众文化活动场次 | ≥120场 | 126 | 20 20
                    产出指标 数量指标 免费开放公共文化场馆数量 | =6个 | 6 | 10 10
                    产出指标 质量指标 文物安全检查覆盖率 | =100% | 100 | 15 15
                    产出指标 时效指标 项目支出执行进度 | ≥90% | 80.91 | 10 8.99
                    效益指标 社会效益指标 公共文化场馆接待人次 | ≥35万人次 | 31.5 | 15 13.5
                    效益指标 经济效益指标 旅游综合收入增长率 | ≥8% | 9.2 | 10 10
                    满意度指标 服务对象满意度指标 群众满意度 | ≥90% | 92 | 10 10
                    总分 - 97.69"""),
            Map.entry("f05-fenghu-gonglu-fanti-familyC-cellperline-2024", """
                    C 2024 | 農村公路養護補助資金 | - 鳳湖縣交通運輸局 | - 鳳湖縣農村公路管理所
                    total - 420 399 - 95 -
                    central - 300 300 - 100 -
                    local - 120 99 - 82.5 -
                    产出指标 数量指标 農村公路養護里程 | ≥860公里 | 872公里 | - -
                    产出指标 质量指标 優良中等路率 | ≥85% | 83% | - -
                    产出指标 时效指标 資金撥付時限 | ≤30天 | 35天 | - -
                    产出指标 成本指标 每公里養護成本 | ≤0.5万元 | 0.46万元 | - -
                    效益指标 社会效益指标 群眾出行條件 | 明顯改善 | 明顯改善 | - -
                    效益指标 可持续影响指标 農村公路列養率 | 100% | - | - -
                    满意度指标 服务对象满意度指标 沿線群眾滿意度 | ≥90% | 92% | - -
                    总分 - -"""),
            Map.entry("f06-liangxi-shaoniangong-Aprime-flow-2022", """
                    A' 2022 | 乡村学校少年宫运行补助 | - 凉溪县教育体育局 | - 凉溪县青少年校外活动中心
                    total 64 64 60.8 10 95 9.5
                    currentYear 64 64 60.8 - - -
                    carryOver 0 0 0 - - -
                    other 0 0 0 - - -
                    产出指标 数量指标 运行乡村学校少年宫数量 | ≥16个 | 16 | 20 20
                    产出指标 质量指标 少年宫活动开展达标率 | ≥90% | 85 | 15 14.17
                    产出指标 时效指标 补助资金拨付时间 | ≤6月 | 8 | 5 5
                    产出指标 成本指标 每所少年宫年运行补助 | ≤4万元 | 3.8 | 10 10
                    效益指标 社会效益指标 参与活动学生人次 | ≥2.4万人次 | 2.6 | 20 20
                    效益指标 可持续影响指标 少年宫持续运行年限 | ≥3年 | 3 | 10 10
                    满意度指标 服务对象满意度指标 学生家长满意度 | ≥90% | 94 | 10 10
                    总分 100 98.67"""));

    /**
     * Each form's 预期目标 and 实际完成情况 as printed (f03, family E, prints its goal after 年度绩效目标1 (8O分), the
     * points' 0 OCR'd, and no achievement of it).
     */
    private static final Map<String, List<String>> GOALS = Map.of(
            "f03-baiyan-lunzuo-familyE-ocr-2021", java.util.Arrays.asList(
                    "完成耕地轮作1.2万亩、休耕0.3万亩，项目区亩均节本增效5O元以上。", null),
            "f01-tongle-shebei-familyD-pdftext-twopages-2023", List.of(
                    "为12个乡镇卫生院购置基本诊疗设备36台套，设备验收合格率100%。",
                    "为12个乡镇卫生院购置基本诊疗设备34台套，验收合格率100%。"),
            "f02-shuangfeng-rouniu-familyB-pipe-notrail-2022", List.of(
                    "扶持脱贫户发展肉牛养殖，新增能繁母牛不少于800头，带动300户脱贫户户均增收2000元以上。",
                    "扶持脱贫户新增能繁母牛760头，带动286户脱贫户户均增收2150元。"),
            "f04-jinhe-wenlv-bumenzhengti-yuan-pipe-2023", List.of(
                    "全年举办群众文化活动120场以上，免费开放公共文化场馆6个，接待群众35万人次。",
                    "举办群众文化活动126场，免费开放场馆6个，接待群众31.5万人次。"),
            "f05-fenghu-gonglu-fanti-familyC-cellperline-2024", List.of(
                    "完成農村公路養護里程860公里，優良中等路率不低於85%，沿線群眾滿意度不低於90%。",
                    "完成農村公路養護里程872公里，優良中等路率83%，沿線群眾滿意度92%。"),
            "f06-liangxi-shaoniangong-Aprime-flow-2022", List.of(
                    "保障全县16所乡村学校少年宫正常运行，开展课外活动，参与学生2.4万人次以上。",
                    "保障全县16所乡村学校少年宫正常运行，开展课外活动，参与学生2.4万人次以上。"));

    /** The rows that print a 偏差原因 (未完成原因, 说明), by name; every other row has none. */
    private static final Map<String, Map<String, String>> DEVIATIONS = Map.of(
            "f01-tongle-shebei-familyD-pdftext-twopages-2023", Map.of("购置诊疗设备数量", "两台彩超供货延迟，2024年1月到货"),
            "f02-shuangfeng-rouniu-familyB-pipe-notrail-2022", Map.of("★新增能繁母牛数量", "部分农户补栏推迟至2023年"),
            "f04-jinhe-wenlv-bumenzhengti-yuan-pipe-2023", Map.of("项目支出执行进度", "两个文化设施项目结算滞后"),
            "f05-fenghu-gonglu-fanti-familyC-cellperline-2024", Map.of("優良中等路率", "雨季水毀路段較多，下年度加強預防性養護"),
            "f06-liangxi-shaoniangong-Aprime-flow-2022", Map.of("少年宫活动开展达标率",
                    "3所学校兼职辅导员调离，活动次数不足；下年度补充辅导员队伍"));

    @Test
    void eachFormReadsAsTheAuditorReadsIt() {
        BlindFormsTest.assertRead(READ);
    }

    @Test
    void goalTextsAreEachInTheirField() {
        BlindFormsTest.assertGoals(GOALS);
    }

    @Test
    void deviationsAreOnTheirRowsOnly() {
        BlindFormsTest.assertDeviations(DEVIATIONS);
    }


}
