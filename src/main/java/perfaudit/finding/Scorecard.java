package perfaudit.finding;

import perfaudit.model.SourceLocation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One form's scores as reported next to the scores recomputed from its own figures: 执行率, budget
 * score, Σ indicator 分值 and 得分, 总分 and grade. The engine computes it from the facts the rules saw
 * ({@code perfaudit.engine.Scorecards}); the report only reads it.
 *
 * <p>The recomputed 总分 is the recomputed budget score + Σ indicator 得分 as printed: indicator scores
 * involve judgement (qualitative bands) and are checked row by row by the rules, not replaced here.
 */
public record Scorecard(SourceLocation location, String projectName, String unitCode, String unitName,
                        BigDecimal reportedRate, BigDecimal recomputedRate, BigDecimal budgetWeight,
                        BigDecimal reportedBudgetScore, BigDecimal recomputedBudgetScore,
                        int indicatorCount, BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum,
                        BigDecimal reportedTotalWeight, BigDecimal reportedTotal, BigDecimal recomputedTotal,
                        Grade reportedGrade, Grade recomputedGrade, List<String> notes) implements Serializable {

    public Scorecard {
        notes = List.copyOf(notes);
    }

    /** The file the form was read from. */
    public String file() {
        return location.file();
    }
}
