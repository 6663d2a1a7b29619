package perfaudit.ingest.grammar;

import perfaudit.model.CodedName;
import perfaudit.model.Form;
import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.Goal;
import perfaudit.model.Indicator;
import perfaudit.model.SourceLocation;
import perfaudit.model.Total;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the parts of one form as a reader meets them, then freezes them into a {@link Form}. */
public final class FormBuilder {

    public final SourceLocation location;
    public Integer year;
    public String projectName;
    public CodedName department;
    public CodedName implementingUnit;
    public final Map<FundLine, Funds> funds = new EnumMap<>(FundLine.class);
    public Goal goal;
    public final List<Indicator> indicators = new ArrayList<>();
    public Total total;

    public FormBuilder(SourceLocation location) {
        this.location = location;
    }

    public Form build() {
        return new Form(location, year, projectName, department, implementingUnit, funds, goal, indicators, total);
    }
}
