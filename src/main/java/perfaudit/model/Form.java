package perfaudit.model;

import perfaudit.model.funds.FundBreakdown;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One 绩效自评表 as printed. Immutable; missing parts are null. {@code template} says which family
 * it is and what it prints; {@code formDeviation} is a form-wide 偏差原因 (湖北 偏差大或目标未完成原因分析);
 * {@code fundsByNature} the breakdowns of the funds by 收入性质 / 支出性质 printed under the funds table
 * (湖南 部门整体), empty where none is printed.
 */
public record Form(SourceLocation location, Integer year, String projectName, CodedName department,
                   CodedName implementingUnit, Map<FundLine, Funds> funds, Goal goal,
                   List<Indicator> indicators, Total total, Template template, String formDeviation,
                   List<FundBreakdown> fundsByNature) {

    public Form {
        EnumMap<FundLine, Funds> copy = new EnumMap<>(FundLine.class);
        if (funds != null) {
            copy.putAll(funds);
        }
        funds = java.util.Collections.unmodifiableMap(copy);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        template = template == null ? Template.NATIONAL : template;
        fundsByNature = fundsByNature == null ? List.of() : List.copyOf(fundsByNature);
    }

    public Form(SourceLocation location, Integer year, String projectName, CodedName department,
                CodedName implementingUnit, Map<FundLine, Funds> funds, Goal goal,
                List<Indicator> indicators, Total total) {
        this(location, year, projectName, department, implementingUnit, funds, goal, indicators, total, null, null, null);
    }

    public Funds fundLine(FundLine line) {
        return funds.get(line);
    }
}
