package perfaudit.audit.renditions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The printed labels swapped for other spellings the same templates print (../shared/LAYOUTS.md §3).
 * Only swaps that keep the family: a spelling that is another template's sign (全年实际完成值 of C,
 * 调整后预算数 of D) could rightly make the form another family, with other checks. Longer labels
 * that contain a swapped one (中央主管部门, 经济成本指标, 执行率权重) are listed as themselves so
 * they stay whole. One pass, longest label first, so a swap is never swapped again.
 */
final class Synonyms {

    private static final Map<String, String> SWAPS = new LinkedHashMap<>();

    static {
        swap("项目名称", "专项名称");
        swap("主管部门", "项目主管部门");
        keep("项目主管部门", "中央主管部门", "地方主管部门", "县级主管部门", "市级主管部门", "省级主管部门");
        swap("实施单位", "项目实施单位");
        keep("项目实施单位");
        swap("年度资金总额", "年度财政资金总额");
        swap("本年财政拨款", "当年财政拨款");
        swap("当年财政拨款", "本年财政拨款");
        swap("上年结转资金", "上年结转");
        swap("其他资金", "其它资金");
        swap("年初预算数", "年初预算");
        swap("执行率", "预算执行率");
        keep("预算执行率", "执行率权重", "执行率得分");
        // 得分(20分*执行率) is a formula: a spelling of its own, not 执行率 renamed
        keep("执行率)");
        swap("预期目标", "年初设定目标");
        swap("年度指标值", "年度目标指标值");
        swap("实际完成值", "实际完成指标值");
        keep("全年实际完成值", "单项指标实际完成值");
        swap("偏差原因分析及改进措施", "未完成原因及改进措施");
        swap("数量指标", "产出数量");
        swap("质量指标", "产出质量");
        swap("时效指标", "产出时效");
        swap("成本指标", "产出成本");
        keep("经济成本指标");
        swap("社会效益指标", "社会效益");
        swap("生态效益指标", "环境效益");
        swap("可持续影响指标", "可持续影响");
        swap("服务对象满意度指标", "服务对象满意度");
        keep("服务对象满意度指标等");
    }

    private static final Pattern LABELS = Pattern.compile(SWAPS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|")));

    private Synonyms() {
    }

    private static void swap(String printed, String synonym) {
        SWAPS.put(printed, synonym);
    }

    private static void keep(String... labels) {
        for (String label : labels) {
            SWAPS.putIfAbsent(label, label);
        }
    }

    static String swap(String text) {
        Matcher m = LABELS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(SWAPS.get(m.group())));
        }
        return m.appendTail(out).toString();
    }
}
