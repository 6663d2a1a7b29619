package perfaudit.bench.corpus;

import java.util.List;

/**
 * A synthetic form as the generator builds it: plain values ready to print, and the defects planted
 * in it (each named by the rule id that must find it). {@code listName} is its name in the project
 * list of its file (the project name unless a LIST-MISMATCH is planted).
 */
record GeneratedForm(String projectName, int year, String department, String unit, String[][] funds,
                     String goalExpected, String goalActual, List<Row> rows, String totalWeight, String totalScore,
                     List<String> defects, String listName, FundsColumn fundsColumn) {

    GeneratedForm(String projectName, int year, String department, String unit, String[][] funds,
                  String goalExpected, String goalActual, List<Row> rows, String totalWeight, String totalScore,
                  List<String> defects) {
        this(projectName, year, department, unit, funds, goalExpected, goalActual, rows, totalWeight, totalScore,
                defects, projectName, null);
    }

    /**
     * A column some templates print after the funds table's 得分 (四川 原因, 湖南 结余): its heading and one cell per
     * funds line. Null on the national template's forms.
     */
    record FundsColumn(String heading, List<String> cells) {
        FundsColumn {
            cells = List.copyOf(cells);
        }
    }

    GeneratedForm withFundsColumn(FundsColumn column) {
        return new GeneratedForm(projectName, year, department, unit, funds, goalExpected, goalActual, rows,
                totalWeight, totalScore, defects, listName, column);
    }

    /**
     * One indicator row, values as printed; level1 carries its stated points, e.g. {@code 产出指标 (50分)}.
     * {@code shift} moves the row's cells in the text layouts as exports do (0: none; see {@link Shift}).
     */
    record Row(String level1, String level2, String name, String target, String actual, String weight,
               String score, int shift) {

        Row(String level1, String level2, String name, String target, String actual, String weight, String score) {
            this(level1, level2, name, target, actual, weight, score, Shift.NONE);
        }

        Row withScore(String newScore) {
            return new Row(level1, level2, name, target, actual, weight, newScore, shift);
        }

        Row withValues(String newTarget, String newActual, String newWeight, String newScore) {
            return new Row(level1, level2, name, newTarget, newActual, newWeight, newScore, shift);
        }

        Row withName(String newName) {
            return new Row(level1, level2, newName, target, actual, weight, score, shift);
        }

        Row withLevel1(String newLevel1) {
            return new Row(newLevel1, level2, name, target, actual, weight, score, shift);
        }

        Row withLevels(String newLevel1, String newLevel2) {
            return new Row(newLevel1, newLevel2, name, target, actual, weight, score, shift);
        }

        Row withShift(int newShift) {
            return new Row(level1, level2, name, target, actual, weight, score, newShift);
        }
    }

    /**
     * How a row's cells move against the header in an export. In tabbed text: the merged cell before
     * the labels dropped (the whole row one column left), the spacer after 三级指标 dropped (the values
     * one column left), or both. In flow text (no columns): the values share lines differently.
     */
    static final class Shift {
        static final int NONE = 0;
        static final int LABELS_LEFT = 1;
        static final int SPACER_DROPPED = 2;
        static final int BOTH = 3;

        private Shift() {
        }
    }

    static final String[] FUND_LABELS = {"年度资金总额：", "其中：本年财政拨款", "上年结转资金", "其他资金"};

    GeneratedForm withFunds(String[][] newFunds, String newTotalScore) {
        return new GeneratedForm(projectName, year, department, unit, newFunds, goalExpected, goalActual, rows,
                totalWeight, newTotalScore, defects, listName, fundsColumn);
    }

    GeneratedForm withRows(List<Row> newRows, String newTotalWeight, String newTotalScore) {
        return new GeneratedForm(projectName, year, department, unit, funds, goalExpected, goalActual, newRows,
                newTotalWeight, newTotalScore, defects, listName, fundsColumn);
    }

    GeneratedForm withGoalExpected(String newGoal) {
        return new GeneratedForm(projectName, year, department, unit, funds, newGoal, goalActual, rows, totalWeight,
                totalScore, defects, listName, fundsColumn);
    }

    GeneratedForm withGoal(String newExpected, String newActual) {
        return new GeneratedForm(projectName, year, department, unit, funds, newExpected, newActual, rows, totalWeight,
                totalScore, defects, listName, fundsColumn);
    }

    GeneratedForm withDepartment(String newDepartment) {
        return new GeneratedForm(projectName, year, newDepartment, unit, funds, goalExpected, goalActual, rows,
                totalWeight, totalScore, defects, listName, fundsColumn);
    }

    GeneratedForm withListName(String newListName) {
        return new GeneratedForm(projectName, year, department, unit, funds, goalExpected, goalActual, rows,
                totalWeight, totalScore, defects, newListName, fundsColumn);
    }

    GeneratedForm withDefects(List<String> newDefects) {
        return new GeneratedForm(projectName, year, department, unit, funds, goalExpected, goalActual, rows,
                totalWeight, totalScore, List.copyOf(newDefects), listName, fundsColumn);
    }

    /** A deep copy of the funds, to change one cell. */
    String[][] fundsCopy() {
        String[][] copy = new String[funds.length][];
        for (int i = 0; i < funds.length; i++) {
            copy[i] = funds[i].clone();
        }
        return copy;
    }
}
