package perfaudit.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One 绩效自评表 as printed. Immutable; missing parts are null. {@code template} says which family
 * it is and what it prints; {@code formDeviation} is a form-wide 偏差原因 (湖北 偏差大或目标未完成原因分析).
 */
public record Form(SourceLocation location, Integer year, String projectName, CodedName department,
                   CodedName implementingUnit, Map<FundLine, Funds> funds, Goal goal,
                   List<Indicator> indicators, Total total, Template template, String formDeviation) {

    public Form {
        EnumMap<FundLine, Funds> copy = new EnumMap<>(FundLine.class);
        if (funds != null) {
            copy.putAll(funds);
        }
        funds = java.util.Collections.unmodifiableMap(copy);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        template = template == null ? Template.NATIONAL : template;
    }

    public Form(SourceLocation location, Integer year, String projectName, CodedName department,
                CodedName implementingUnit, Map<FundLine, Funds> funds, Goal goal,
                List<Indicator> indicators, Total total) {
        this(location, year, projectName, department, implementingUnit, funds, goal, indicators, total, null, null);
    }

    public Funds fundLine(FundLine line) {
        return funds.get(line);
    }
}
