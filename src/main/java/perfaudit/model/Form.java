package perfaudit.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One 项目支出绩效自评表 as printed. Immutable; missing parts are null. */
public record Form(SourceLocation location, Integer year, String projectName, CodedName department,
                   CodedName implementingUnit, Map<FundLine, Funds> funds, Goal goal,
                   List<Indicator> indicators, Total total) {

    public Form {
        EnumMap<FundLine, Funds> copy = new EnumMap<>(FundLine.class);
        if (funds != null) {
            copy.putAll(funds);
        }
        funds = java.util.Collections.unmodifiableMap(copy);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Funds fundLine(FundLine line) {
        return funds.get(line);
    }
}
