package perfaudit.ingest.grammar.header;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.text.TextFold;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's year where the title gives it: in the title cell or the cells after it (2023年度), printed before a
 * title that glued text or a PDF's spacing cut off (2020年度|项目绩效自评表, 2018 | 年…), on the line before a
 * wrapped title, or in a page heading that kept the title. A year run into the next title ends the form before it.
 */
public final class TitleYears {

    /** A year in a text: 2023年, 2023 年度. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年度?");
    /** A cell (or line) that is a year and nothing else: (2023年度), 2022年, （2021年度）. */
    public static final Pattern YEAR_CELL = Pattern.compile("^[(（]?(\\d{4})年度?[)）]?$");
    /** A year of the page heading that names the form (…绩效自评表(2022年度)). */
    private static final Pattern HEADING_YEAR = Pattern.compile("(\\d{4})\\s*年度");

    private final PartScan scan;
    private final Tokens t;
    private final ProblemLog log;
    private final FormTitles titles;

    public TitleYears(PartScan scan, FormTitles titles) {
        this.scan = scan;
        this.t = scan.t;
        this.log = scan.log;
        this.titles = titles;
    }

    /** Whether a text opens with a year (2023年…, 2023 年度…). */
    public static boolean opensWithYear(String key) {
        return YEAR.matcher(key).lookingAt();
    }

    /** The year in the title cell or in the one or two cells after it: (2023年度), 2022年度…, 2019年度). */
    public void read(int i, FormDraft form) {
        if (i > 0 && (t.get(i).gap() == Cell.Gap.NONE || yearSplitOff(i))) {
            // glued text cut at the title: the year is printed just before it (2020年度水土保持监测|项目绩效自评表),
            // or PDF text split it off at a space (2018 | 年部门整体支出绩效评价得分表)
            Matcher before = YEAR.matcher(t.get(i - 1).key() + t.get(i).key());
            if (before.find() && form.year == null) {
                form.year = Integer.parseInt(before.group(1));
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < Math.min(t.size(), i + 4); k++) {
            if (k > i && (titles.at(k) != null || t.headerAt(k) != null)) {
                break;
            }
            joined.append(t.get(k).key());
            Matcher year = YEAR.matcher(joined);
            if (year.find() && (k == i || joined.length() - t.get(i).key().length() <= 12)) {
                if (form.year == null) {
                    form.year = Integer.parseInt(year.group(1));
                }
                scan.use(i, k + 1);
                return;
            }
        }
        ofWrappedTitle(i, form);
    }

    /** A title's first line: a year of 年度 followed by words only (溪口县2022年度学生营养改善计划), after an optional 1、. */
    private static final Pattern WRAPPED_TITLE_HEAD = Pattern.compile("^(?:\\d{1,2}、)?\\D{0,12}((?:19|20)\\d{2})年度\\D{2,40}$");

    /**
     * A long title wrapped over two lines (溪口县2022年度学生营养改善计划 | 项目支出绩效评价得分表): the year is in the
     * line before the title's, a line of its own holding nothing but the title's head. Read only where the title and
     * the cells after it give no year, noted.
     */
    private void ofWrappedTitle(int i, FormDraft form) {
        int k = i - 1;
        while (k >= 0 && t.get(k).isBlank()) {
            k--;
        }
        if (form.year != null || k < 0 || t.get(i).gap() == Cell.Gap.NONE || t.get(k).gap() == Cell.Gap.NONE
                || t.headerAt(k) != null || titles.at(k) != null || k > 0 && t.get(k - 1).row() == t.get(k).row()) {
            return;
        }
        Matcher head = WRAPPED_TITLE_HEAD.matcher(t.get(k).key());
        if (!head.matches() || YEAR.matcher(t.get(i).key()).find()) {
            return;
        }
        form.year = Integer.parseInt(head.group(1));
        log.note(t.get(k).row(), t.get(k).location(), t.get(k).text(), "年度取自标题的上一行（标题折行）：" + form.year
                + " — a title wrapped over two lines: its year is in the line before it");
    }

    /**
     * A year alone in its cell run into the title after it (2022年度|县级专项资金绩效目标自评表, glued text cut at the
     * title): the next form's year, printed before its title, so the text before it (the last row of a form run
     * together with the next) ends there.
     */
    public boolean beforeNextTitle(int k) {
        return k + 1 < t.size() && t.get(k + 1).gap() == Cell.Gap.NONE && YEAR_BEFORE_TITLE.matcher(t.get(k).key()).matches()
                && titles.at(k + 1) != null;
    }

    private static final Pattern YEAR_BEFORE_TITLE = Pattern.compile("(19|20)\\d{2}年度?");

    /** "2018" alone just before a title cell that starts with 年, on the same line. */
    private boolean yearSplitOff(int i) {
        return t.get(i).gap() == Cell.Gap.SPACE && t.get(i).key().startsWith("年")
                && BARE_YEAR.matcher(t.get(i - 1).key()).matches();
    }

    private static final Pattern BARE_YEAR = Pattern.compile("(19|20)\\d{2}");

    /**
     * The year of a form whose title stayed in the page heading and that prints none of its own: the heading's
     * "(2022年度)" where the heading names a self-evaluation form (…绩效自评表), noted.
     */
    public void fromHeading(FormDraft done, int startCell, CharSequence heading) {
        // folded, as every label is matched: a mirror's 績效自評表(2022年度), glossed or typed full-width, names the form alike
        String title = TextFold.fold(heading.toString());
        int form = title.indexOf("自评表");
        Matcher year = HEADING_YEAR.matcher(title);
        if (form >= 0 && year.find() && Math.abs(year.start() - form) <= 12) {
            done.year = Integer.parseInt(year.group(1));
            Cell at = t.get(startCell);
            log.note(at.row(), at.location(), at.text(), "年度取自页面标题：'" + title.substring(0, Math.min(title.length(), year.end() + 1)).strip()
                    + "' — the form prints no year of its own; its title, left in the page heading, gives " + done.year);
        }
    }
}
