package perfaudit.ingest;

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
final class FormBuilder {

    final SourceLocation location;
    Integer year;
    String projectName;
    CodedName department;
    CodedName implementingUnit;
    final Map<FundLine, Funds> funds = new EnumMap<>(FundLine.class);
    Goal goal;
    final List<Indicator> indicators = new ArrayList<>();
    Total total;

    FormBuilder(SourceLocation location) {
        this.location = location;
    }

    Form build() {
        return new Form(location, year, projectName, department, implementingUnit, funds, goal, indicators, total);
    }
}
