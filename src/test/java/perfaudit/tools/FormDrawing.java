package perfaudit.tools;

import perfaudit.bench.corpus.FormTable;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.Indicator;
import perfaudit.model.Measure;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.funds.FundColumn;
import perfaudit.model.funds.FundLine;
import perfaudit.model.funds.Funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parsed forms drawn the way units lay them out in Excel and Word ({@link FormTable}), rendered by
 * {@link perfaudit.bench.corpus.drawing.WorkbookWriter} and {@link WordWriter}. Every value is written exactly as
 * the parser read it (raw texts, amounts with their printed decimals), so reading a rendition back
 * must give the same facts.
 */
final class FormDrawing {

    private FormDrawing() {
    }

    /** The document heading and the project list, when the document has them. */
    static List<Item> preamble(Document document) {
        List<FormTable.Entry> list = new ArrayList<>();
        for (ProjectListEntry entry : document.projectList()) {
            list.add(new FormTable.Entry(String.valueOf(entry.seq()), entry.name(), entry.note()));
        }
        return FormTable.preamble(document.title(), list);
    }

    /** One form: 附件, its title and year lines, and its table. */
    static List<Item> form(Form form) {
        return FormTable.form(new FormTable.Texts(String.valueOf(form.year()), form.projectName(),
                form.department() == null ? null : form.department().raw(),
                form.implementingUnit() == null ? null : form.implementingUnit().raw(), funds(form),
                form.goal() == null ? null : form.goal().expected(), form.goal() == null ? null : form.goal().actual(),
                indicators(form.indicators()), form.total() == null ? null : plain(form.total().weight()),
                form.total() == null ? null : plain(form.total().score())));
    }

    /** Each amount with its printed decimals, the rate with its percent sign, a missing one as —. */
    private static String[][] funds(Form form) {
        String[][] texts = new String[FundLine.values().length][FundColumn.values().length];
        for (FundLine line : FundLine.values()) {
            Funds funds = form.fundLine(line);
            for (FundColumn column : FundColumn.values()) {
                BigDecimal value = funds == null ? null : funds.get(column);
                texts[line.ordinal()][column.ordinal()] = value == null ? "—" : column == FundColumn.EXECUTION_RATE
                        ? value.toPlainString() + "%" : value.toPlainString();
            }
        }
        return texts;
    }

    /** 一级 and 二级 labels only where their group starts: the drawing merges them down the rows that share them. */
    private static List<FormTable.Indicator> indicators(List<Indicator> rows) {
        List<FormTable.Indicator> drawn = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = rows.get(i);
            Indicator previous = i == 0 ? null : rows.get(i - 1);
            boolean newLevel1 = previous == null || !sameLevel1(previous, indicator);
            boolean newLevel2 = newLevel1 || !sameLevel2(previous, indicator);
            drawn.add(new FormTable.Indicator(newLevel1 ? orEmpty(indicator.level1Raw()) : null,
                    newLevel2 ? orEmpty(indicator.level2Raw()) : null, indicator.name(), raw(indicator.target()),
                    raw(indicator.actual()), plain(indicator.weight()), plain(indicator.score()), indicator.deviation()));
        }
        return drawn;
    }

    private static boolean sameLevel1(Indicator a, Indicator b) {
        return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level1Raw(), b.level1Raw())
                && Objects.equals(a.level1Points(), b.level1Points());
    }

    private static boolean sameLevel2(Indicator a, Indicator b) {
        return Objects.equals(a.level2(), b.level2()) && Objects.equals(a.level2Raw(), b.level2Raw());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String raw(Measure measure) {
        return measure == null ? null : measure.raw();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
