package perfaudit.bench;

import java.util.List;

/**
 * A synthetic form as the generator builds it: plain values ready to print, and the defects planted
 * in it (each named by the rule id that must find it).
 */
record GeneratedForm(String projectName, int year, String department, String unit, String[][] funds,
                     String goalExpected, String goalActual, List<Row> rows, String totalWeight, String totalScore,
                     List<String> defects) {

    /** One indicator row, values as printed; level1 carries its stated points, e.g. {@code 产出指标 (50分)}. */
    record Row(String level1, String level2, String name, String target, String actual, String weight,
               String score) {
    }

    static final String[] FUND_LABELS = {"年度资金总额：", "其中：本年财政拨款", "上年结转资金", "其他资金"};
}
