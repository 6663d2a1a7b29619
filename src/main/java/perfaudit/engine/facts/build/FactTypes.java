package perfaudit.engine.facts.build;

import perfaudit.engine.facts.BlockFact;
import perfaudit.engine.facts.CategoryFact;
import perfaudit.engine.facts.FormFact;
import perfaudit.engine.facts.FormSummary;
import perfaudit.engine.facts.FundBalance;
import perfaudit.engine.facts.FundFact;
import perfaudit.engine.facts.FundNatureFact;
import perfaudit.engine.facts.GoalSumFact;
import perfaudit.engine.facts.IndicatorFact;
import perfaudit.engine.facts.ListMatch;

import java.util.List;

/**
 * Every kind of fact the rules match on: what a message placeholder may name a field of, and what the
 * auditors' guide (rules/README.md) lists. A new fact class belongs here.
 */
public final class FactTypes {

    /** Per-form facts, then the cross-form ones. */
    public static final List<Class<?>> ALL = List.of(FormFact.class, FundFact.class, FundBalance.class, FundNatureFact.class,
            IndicatorFact.class, CategoryFact.class, BlockFact.class, GoalSumFact.class, FormSummary.class, ListMatch.class);

    private FactTypes() {
    }
}
