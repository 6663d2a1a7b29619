package perfaudit.finding;

/**
 * The grade a 总分 earns (财预〔2020〕10号): 优, 良, 中 or 差. The bands are the settings table's
 * (gradeExcellentMin, gradeGoodMin, gradeFairMin; 90, 80 and 60 as shipped).
 */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese label printed on forms and reports: 优, 良, 中 or 差. */
    public String label() {
        return label;
    }
}
