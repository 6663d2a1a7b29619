package perfaudit.audit.renditions;

import java.util.ArrayList;
import java.util.List;

/**
 * What sits around a form on the page it was published on (../shared/LAYOUTS.md §2): a government
 * site's chrome before it, a document-sharing site's wrapper and page markers, a 自评报告 in prose
 * before the form as its 附件1, and a page whose 内容概述 metadata holds a glued copy of the form.
 * The form's own text is kept as it is; the wrapper takes the original's serialisation ("|" rows
 * or plain lines), as the page's text would come out of the same tool.
 */
final class Wrappers {

    private Wrappers() {
    }

    /** A 索引号 / 发布机构 table, the date banner and the 字号 / 分享 buttons before the form. */
    static String pageChrome(String body) {
        boolean piped = Rendition.isPiped(body);
        List<List<String>> chrome = List.of(
                List.of("首页", ">", "政务公开", ">", "财政预决算"),
                List.of("今天是:2025年12月04日", "星期四"),
                List.of("索引号:", "11532626MB1C23457X/2025-00318", "发布机构:", "县财政局"),
                List.of("主题分类:", "财政", "成文日期:", "2025-06-30"),
                List.of("文号:", "发布日期:", "2025-06-30", "浏览次数:", "1024"),
                List.of("字号:", "[", "大", "中", "小", "]", "分享到:", "【打印本页】", "【关闭窗口】"));
        StringBuilder out = new StringBuilder();
        for (List<String> row : chrome) {
            out.append(piped ? "| " + String.join(" | ", row) + " |" : String.join(" ", row)).append('\n');
        }
        return out + body;
    }

    static boolean hasSiteWrapper(String text) {
        return text.contains("由会员分享") || text.contains("文本内容");
    }

    /**
     * A document-sharing site's wrapper line, then the document in pages numbered "1、", "2、", "3、".
     * A page starts on a new line; where the text has fewer lines than pages, its longest line is
     * broken at spaces (see {@link #breakLongest}).
     */
    static String documentSite(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        while (lines.stream().filter(l -> !l.isBlank()).count() < 3 && breakLongest(lines)) {
            // keep breaking until three pages can start on a line of their own
        }
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                filled.add(i);
            }
        }
        for (int page = 0; page < 3 && page < filled.size(); page++) {
            int at = filled.get(page * filled.size() / 3);
            lines.set(at, (page + 1) + "、" + lines.get(at));
        }
        return "《项目支出绩效自评表.docx》由会员分享,可在线阅读,更多相关《项目支出绩效自评表.docx(3页珍藏版)》请在文库网上搜索。\n"
                + String.join("\n", lines);
    }

    /**
     * Breaks the longest line at the space nearest its middle that stands beside a figure; false when
     * no line has one. A page break between two words of text ("单项业务成本" / "符合相关规定") cannot be
     * told from a cell wrapped over two lines ("城市管理" / "精细化"), which real pages also have: a
     * break there would make the rendition say something the original does not, so it is not made.
     */
    private static boolean breakLongest(List<String> lines) {
        int longest = 0;
        for (int i = 1; i < lines.size(); i++) {
            longest = lines.get(i).length() > lines.get(longest).length() ? i : longest;
        }
        String line = lines.get(longest);
        int middle = line.length() / 2;
        int at = -1;
        for (int i = 1; i + 1 < line.length(); i++) {
            boolean besideFigure = Character.isDigit(line.charAt(i - 1)) || Character.isDigit(line.charAt(i + 1));
            if (line.charAt(i) == ' ' && besideFigure && (at < 0 || Math.abs(i - middle) < Math.abs(at - middle))) {
                at = i;
            }
        }
        if (at <= 0) {
            return false;
        }
        lines.set(longest, line.substring(0, at));
        lines.add(longest + 1, line.substring(at + 1));
        return true;
    }

    /**
     * A 自评报告 in prose, then the form as its 附件1. The prose names what the form's labels name
     * (项目资金, 预算执行率, 产出指标, 满意度) in sentences, with figures of its own, as real reports do.
     */
    static String afterReport(String body) {
        return """
                项目支出绩效自评报告
                一、项目基本情况
                (一)项目概况。本项目由主管部门组织实施,资金来源为本级财政拨款,用于保障项目按计划推进。
                (二)项目绩效目标。按照年初设定的绩效目标,从产出、效益和满意度三个方面设置了绩效指标。
                二、项目资金使用及管理情况
                项目资金按照财政资金管理办法拨付使用,资金到位率100%,预算执行情况见附件1。
                三、项目绩效目标实现情况
                产出指标、效益指标和服务对象满意度指标完成情况见附件1,个别指标未达预期的原因已在表中说明。
                四、存在的问题及改进措施
                一是绩效目标设置还不够细化;二是绩效监控有待加强。下一步将加强预算绩效管理,提高资金使用效益。
                五、自评结果应用
                自评结果将作为以后年度预算安排的重要依据。
                附件1:项目支出绩效自评表
                """ + body;
    }

    /**
     * A 自评报告 that names the form in its sentences, as real reports do ("填报了项目支出绩效自评表", a long
     * paragraph opening with the title and naming labels with figures), then the form as its 附件1: prose
     * that names the form is no form.
     */
    static String afterReportNamingForm(String body) {
        return """
                项目支出绩效自评报告
                一、自评工作开展情况
                根据财政部门关于开展项目支出绩效自评工作的通知,我单位对照年初绩效目标,逐项核实项目资金、产出指标和效益指标的完成情况,如实填报了项目支出绩效自评表,并对扣分指标逐一分析了原因。
                项目支出绩效自评表显示,本项目全年预算数120万元,全年执行数118.5万元,执行率98.75%,产出指标、效益指标和满意度指标总体完成较好,个别效益指标未达预期,原因已在表中偏差原因分析栏说明。自评工作采取资料核查与实地抽查相结合的方式,共抽查项目实施点6个,查阅合同、验收报告和资金支付凭证42份,抽查结果与填报数据一致,未发现资金截留挪用等问题。对自评中发现的绩效目标设置不够细化、部分指标值偏保守等问题,我单位已组织项目实施科室逐项整改,下一步将在编制下年度预算时同步细化绩效目标,加强执行过程中的绩效监控,对偏离目标的项目及时纠偏,确保项目资金安全、规范、有效使用,切实提高财政资金使用效益和公共服务水平。
                二、自评结果应用
                自评结果将作为以后年度预算安排的重要依据,项目支出绩效自评表随本报告一并公开。
                附件1:项目支出绩效自评表
                """ + body;
    }

    /**
     * A page whose 内容概述 (description) metadata holds the form's text glued, every separator and
     * line break gone, before the form itself: one form, told twice.
     */
    static String gluedCopyFirst(String body) {
        String glued = body.replaceAll("[|\\s]+", "");
        return "内容概述:" + glued + "\n\n" + body;
    }
}
