package perfaudit.finding;

import java.math.BigDecimal;

/** The grade a 总分 earns (财预〔2020〕10号): 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
public enum Grade {
    EXCELLENT("优", 90), GOOD("良", 80), FAIR("中", 60), POOR("差", 0);

    private final String label;
    private final BigDecimal lowerBound;

    Grade(String label, int lowerBound) {
        this.label = label;
        this.lowerBound = BigDecimal.valueOf(lowerBound);
    }

    /** The Chinese label printed on forms and reports: 优, 良, 中 or 差. */
    public String label() {
        return label;
    }

    /** The grade of a 总分; null for a missing score. */
    public static Grade of(BigDecimal total) {
        if (total == null) {
            return null;
        }
        for (Grade grade : values()) {
            if (total.compareTo(grade.lowerBound) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
