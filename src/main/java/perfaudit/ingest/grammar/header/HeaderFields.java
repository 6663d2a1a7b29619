package perfaudit.ingest.grammar.header;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.LabelIndex;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.text.TextFold;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField;
import perfaudit.model.CodedName;
import perfaudit.model.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header fields of a form (项目名称, 主管部门, 实施单位, 项目起止时间, 自评总分 …): each label's value
 * runs to the next label or part, the first value of a field is kept, and a 自评总分 that is no score
 * is reported rather than guessed. A part reader like the tables, for the form's head.
 */
public final class HeaderFields {

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private final Lexicon lex;

    public HeaderFields(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
        this.lex = scanner.lex;
    }

    /** Header values longer than this many cells ran into something unlabelled: only the first cell is kept. */
    private static final int MAX_HEADER_VALUE_CELLS = 8;
    /** A header label run into a value is looked for only this long or longer: short ones (单位) occur in names. */
    private static final int MIN_RUN_IN_LABEL = 4;
    private static final Pattern PERIOD_YEAR = Pattern.compile("((?:19|20)\\d{2})(?:年|[-./])");

    /**
     * Whether cell {@code j} opens a new row of text that marks its rows ("|" rows: a line of cells not closed by "|")
     * after a value printed in the label's own cell (金额单位：元): the value of a field read only to keep it out of the
     * way (金额单位, 报表编号) ends with its row, the next row (资金 | 年初预算数 …) is the next part, not more of it.
     */
    private boolean endsMarkedRow(int j, String rest) {
        boolean inLabelCell = rest != null && !rest.isEmpty();
        return inLabelCell && t.get(j).gap() == Cell.Gap.ROW && t.get(j).row() != t.get(j - 1).row();
    }

    /** 金额单位 before a value starting with a money unit (金额单位：元): the unit of the form's amounts. */
    private static final Pattern MONEY_UNIT_LABEL = Pattern.compile("(?:金额)?单位");
    private static final Pattern MONEY_UNIT_VALUE = Pattern.compile("^[:：]?\\s*(万元|亿元|元)(?![\\p{IsHan}])");

    private void moneyUnit(Hit<HeaderField> label, String value) {
        if (value == null || !MONEY_UNIT_LABEL.matcher(LabelIndex.spellingKey(label.spelling())).matches()) {
            return;
        }
        java.util.regex.Matcher unit = MONEY_UNIT_VALUE.matcher(value.strip());
        if (unit.find() && form.statedMoneyUnit == null) {
            form.statedMoneyUnit = unit.group(1);
        }
    }

    /** Reads the field whose label starts at cell i; returns the cell after its value. */
    public int read(int i, Hit<HeaderField> label) {
        form.saw(label.spelling());
        form.headerLabelsSeen.add(label.value());
        // chrome fields (报表编号, 填报日期 …) do not make a form: only the project's own do
        form.hasContent |= label.value() != HeaderField.OTHER;
        int k = label.next();
        String rest = null;
        if (label.next() == i + 1) {
            // the label may start a longer cell: 实施单位:北京市… / 项目名称委托业务项目
            Cell cell = t.get(i);
            String key = cell.key();
            int end = Tokens.enumeratorLength(key) + LabelIndex.spellingKey(label.spelling()).length();
            if (end < key.length()) {
                // 单位名称:塘湖镇政府 填报日期:2021.5.18 on one line: the value ends where the next label runs in
                int runIn = lex.header.indexOf(key, end + 1, MIN_RUN_IN_LABEL);
                rest = cell.textOf(end, runIn < 0 ? key.length() : runIn).strip();
                rest = rest.startsWith(":") || rest.startsWith("：") ? rest.substring(1).strip() : rest;
            }
        }
        int end = k;
        boolean chrome = label.value() == HeaderField.OTHER;
        while (end < t.size() && !s.isStop(end) && t.headerAt(end) == null && !(chrome && endsMarkedRow(end, rest))) {
            end++;
        }
        int cut = isName(label.value()) ? secondCellOfTextRow(k, end) : end;
        if (cut < end) {
            s.problem(cut, "同一行中值之后另有一格文字，没有栏目名（栏目名识别错误？），未并入名称 — a further cell on the value's"
                    + " line that no label names (its label misread?): not read into the name");
            s.use(cut, end);
            end = cut;
        }
        if (end - k > MAX_HEADER_VALUE_CELLS) {
            end = k;
            while (end < t.size() && t.get(end).isBlank()) {
                end++;
            }
            end = Math.min(end + 1, t.size());
            wrappedTailLeft(end - 1, label.value());
        }
        if ((rest == null || rest.isEmpty()) && opensWithColumnLabel(k, end)) {
            // xlsx text out of reading order: the label's value is printed elsewhere, a table's column
            // headings follow it (实施单位 全年预算数 全年执行数 …). A heading is no unit's or project's name:
            // the field is left unread, not missing, and a note says so
            end = k;
            unreadValue(i, label.value());
        }
        String value = t.text(k, end);
        if (rest != null && !rest.isEmpty()) {
            value = value == null ? rest : rest + " " + value;
        }
        if (form.headerRunEnd != i) {
            form.headerLabelsWaiting.clear();
        }
        boolean bare = value == null && end < t.size() && t.headerAt(end) != null;
        value = copiesForWaitingUnits(i, label.value(), k, end, rest, value);
        value = unlessNoName(i, label.value(), value);
        form.headerRunEnd = end;
        s.use(i, end);
        if (label.value() == HeaderField.DEPARTMENT && !form.nameLabelSeen
                && (form.titleFamily == null || !form.titleFamily.lacks(HeaderField.PROJECT_NAME))) {
            // 项目名称 always precedes 主管部门: without it the form is damaged, not merely unnamed (MISS-HEADER)
            s.problem(i, "form has no 项目名称 before its 主管部门 — 主管部门之前缺少项目名称");
        }
        if (label.value() == HeaderField.PROJECT_NAME) {
            form.nameLabelSeen = true;
        }
        switch (label.value()) {
            case PROJECT_NAME -> form.projectName = form.projectName == null ? value : form.projectName;
            case DEPARTMENT -> department(label, value);
            case IMPLEMENTING_UNIT -> form.implementingUnit = form.implementingUnit == null
                    ? CodedName.parse(value) : form.implementingUnit;
            case UNIT_NAME -> form.unitName = form.unitName == null ? value : form.unitName;
            case PERIOD -> form.year = form.year == null ? periodEndYear(value) : form.year;
            case TOTAL_SCORE -> headerTotal(i, value);
            case OTHER -> moneyUnit(label, value);
        }
        if (bare && label.value() == HeaderField.PROJECT_NAME && form.bareNameLabel < 0) {
            form.bareNameLabel = i;
        }
        if (bare && isUnit(label.value())) {
            form.headerLabelsWaiting.add(label.value());
        }
        return end;
    }

    /**
     * A project's or unit's name of nothing but marks, no letter or digit in it ("|", "“|", "_"): what an OCR tool
     * reads off a ruling where the name was lost, never a name. Reported and left unread (null), so that the form lacks
     * the name rather than carries the debris. (Words in Latin letters are left as printed: a name may be typed so.)
     */
    private String unlessNoName(int i, HeaderField field, String value) {
        if (!isName(field) || value == null || value.isBlank()) {
            return value;
        }
        long letters = value.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters == 1) {
            // one character is no project's or unit's name: what OCR kept of a cell it lost (OCRmyPDF's 实施单位 '和')
            s.problem(i, nameLabel(field) + " '" + value.strip() + "' 只有一个字，不是名称（识别丢失？），不读 — "
                    + nameLabel(field) + " '" + value.strip() + "' is one character: no name (lost in recognition?), left unread");
            return null;
        }
        if (letters > 1) {
            return value;
        }
        s.problem(i, nameLabel(field) + " '" + value.strip() + "' 只有符号，不是名称（识别自表格线？），不读 — "
                + nameLabel(field) + " '" + value.strip() + "' is marks only: no name (OCR of a ruling?), left unread");
        return null;
    }

    /** The fields that hold a name (a project's, a unit's), not a choice of boxes (评价类型 □ ■) or a date. */
    private static boolean isName(HeaderField field) {
        return field == HeaderField.PROJECT_NAME || field == HeaderField.DEPARTMENT
                || field == HeaderField.IMPLEMENTING_UNIT || field == HeaderField.UNIT_NAME;
    }

    private static String nameLabel(HeaderField field) {
        return switch (field) {
            case PROJECT_NAME -> "项目名称";
            case UNIT_NAME -> "单位名称";
            default -> fieldName(field);
        };
    }

    /**
     * A name's end at the second filled cell of a text row ("|" rows, cells set apart by a column gap): the value
     * is one cell of the table, as the form prints it; a filled cell after it on its line that no label claims is
     * another column's text (OCR'd "[221]黄岭县乡村振兴局 | ”全瑚单位”换崔县…", its 实施单位 label misread), left for the
     * grammar to report as unread rather than run into the name. A grid's cells keep their reading (a code and a
     * name may stand in two cells).
     */
    private int secondCellOfTextRow(int k, int end) {
        if (s.grid) {
            return end;
        }
        boolean filled = false;
        for (int c = k; c < end; c++) {
            Cell cell = t.get(c);
            if (cell.isBlank()) {
                continue;
            }
            if (filled && (cell.gap() == Cell.Gap.CELL && s.sameRow(k, c) || opensRowOfCells(c, end))) {
                return c;
            }
            filled = true;
        }
        return end;
    }

    /**
     * Whether cell c opens a further line holding two filled cells or more and then the next field's label: a header
     * row of its own (an OCR'd 主管部站 石门县卫生便估局 项目实施单位 …, its first label misread), not the tail of a name
     * wrapped in its cell, which is one piece.
     */
    private boolean opensRowOfCells(int c, int end) {
        if (t.get(c).gap() != Cell.Gap.LINE || c + 1 >= end || t.get(c + 1).isBlank() || end >= t.size()
                || t.headerAt(end) == null) {
            return false;
        }
        for (int d = c + 1; d <= end; d++) {
            if (t.get(d).gap() != Cell.Gap.SPACE) {
                return false;
            }
        }
        return true;
    }

    /** A name's wrapped last line is at most this long (心, 中心): a longer line is text of its own. */
    private static final int MAX_WRAPPED_TAIL = 3;

    /**
     * A name kept as its one cell (the value ran on into unlabelled text) whose next line is a lone short piece of
     * words: the tail of the name wrapped in its cell (农田建设服务中 / 心, in a table whose rows touch), its other
     * lines perhaps elsewhere too. The name is not read whole, and which lines are its own cannot be told from the
     * text: reported at the value, never passed as a name.
     */
    private void wrappedTailLeft(int kept, HeaderField field) {
        int next = kept + 1;
        if (field == HeaderField.OTHER || field == HeaderField.PERIOD || field == HeaderField.TOTAL_SCORE
                || next >= t.size() || t.get(next).gap() != Cell.Gap.LINE || !aloneOnLine(next)) {
            return;
        }
        String key = t.get(next).key();
        if (key.isEmpty() || key.length() > MAX_WRAPPED_TAIL || !key.codePoints().allMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return;
        }
        s.problem(kept, "value '" + t.get(kept).text().strip() + "' seems cut: the line after it holds only '"
                + t.get(next).text().strip() + "', a wrapped piece of it not joined — 数值所在单元格折行，其余各行未能拼合，名称不完整");
    }

    private boolean aloneOnLine(int c) {
        return c + 1 >= t.size() || t.get(c + 1).gap() != Cell.Gap.SPACE && t.get(c + 1).gap() != Cell.Gap.NONE
                && t.get(c + 1).gap() != Cell.Gap.CELL;
    }

    /** Whether the first filled cell of k..end is, whole, a column heading of the funds or indicator table. */
    private boolean opensWithColumnLabel(int k, int end) {
        int c = k;
        while (c < end && t.get(c).isBlank()) {
            c++;
        }
        return c < end && (whole(c, lex.fundColumn) || whole(c, lex.indicatorColumn));
    }

    private <V> boolean whole(int c, LabelIndex<V> index) {
        Hit<V> hit = t.labelAt(c, index, Tokens.Rest.NONE);
        return hit != null && hit.next() == c + 1;
    }

    private void unreadValue(int i, HeaderField field) {
        form.headerValuesUnread.add(field);
        Cell at = t.get(i);
        s.log.note(at.row(), at.location(), at.text(), "标签后紧接表格列名（单元格顺序错乱），其数值未读取 — the label is followed by"
                + " a table's column headings (cells out of reading order): its value is printed elsewhere and is not read");
    }

    /** A displaced project name is at least this many characters before its ending (项目): 该项目, 个项目 are words. */
    private static final int MIN_NAME_STEM = 4;

    /**
     * A form whose 项目名称 label was printed with no value, the next cell another label, and that read no name
     * elsewhere: PDF text put the label's value later, among other cells of the head (…单位领导审签: 乡村道路建设养护项目
     * 项目属性 …). Between that label and the indicator table, the one whole cell that ends as a project's name does
     * (the vocabulary's projectNameEndings), letters and figures only (no 1:… of a goal, no sentence), and is no
     * label of any kind nor another field's value is read as the
     * name; where two different such cells are there, none is taken. Noted, so the auditor can check the reading.
     *
     * @param end       the cell where the form ends
     * @param opensTable whether the indicator table begins at a cell
     * @param isLabel   whether a part's label (of any kind) begins at a cell
     */
    public void displacedProjectName(int end, IntPredicate opensTable,
                                     IntPredicate isLabel) {
        if (form.projectName != null || form.bareNameLabel < 0) {
            return;
        }
        String found = null;
        Cell foundAt = null;
        for (int c = form.bareNameLabel + 1; c < Math.min(end, t.size()) && !opensTable.test(c); c++) {
            Cell cell = t.get(c);
            String key = cell.key();
            if (cell.isBlank() || cell.gap() == Cell.Gap.NONE || c + 1 < t.size() && t.get(c + 1).gap() == Cell.Gap.NONE
                    || !endsAsName(key) || Tokens.enumeratorLength(key) > 0 || !TextFold.withoutGlosses(cell.text()).strip().codePoints().allMatch(Character::isLetterOrDigit)
                    || t.headerAt(c) != null || isLabel.test(c) || isUnitValue(key)) {
                continue;
            }
            if (found != null && !found.equals(key)) {
                return;
            }
            found = key;
            foundAt = foundAt == null ? cell : foundAt;
        }
        if (found == null) {
            return;
        }
        // a mirror's pinyin glosses (項(xiàng)目) are no part of the name, as of every value the head reads
        form.projectName = TextFold.withoutGlosses(foundAt.text()).strip();
        s.log.note(foundAt.row(), foundAt.location(), foundAt.text(), "项目名称标签后没有数值，取表头中唯一形如项目名称（以“项目”等结尾）的单元格 — the 项目名称"
                + " label is followed by another label (PDF text put its value later): the one cell of the head that"
                + " ends as a project's name is read as it");
    }

    private boolean endsAsName(String key) {
        for (String ending : lex.vocabulary.projectNameEndings()) {
            String e = LabelIndex.key(ending);
            if (!e.isEmpty() && key.endsWith(e) && key.length() >= e.length() + MIN_NAME_STEM) {
                return true;
            }
        }
        return false;
    }

    private boolean isUnitValue(String key) {
        return form.department != null && form.department.name() != null && LabelIndex.key(form.department.name()).equals(key)
                || form.implementingUnit != null && form.implementingUnit.name() != null
                && LabelIndex.key(form.implementingUnit.name()).equals(key)
                || form.unitName != null && LabelIndex.key(form.unitName).equals(key);
    }

    private static boolean isUnit(HeaderField field) {
        return field == HeaderField.DEPARTMENT || field == HeaderField.IMPLEMENTING_UNIT;
    }

    private boolean unset(HeaderField field) {
        return field == HeaderField.DEPARTMENT ? form.department == null : form.implementingUnit == null;
    }

    /**
     * PDF text may print a header row's labels before its values (项目主管单位 自评总分: 95 项目实施单位 广水市交通运输局
     * 广水市交通运输局): a unit label left with no value, the next cell being another label, then a unit's value
     * that is one name printed more than once. No field prints its value twice: each further copy is the value
     * of a unit label waiting in the same run of labels, in order — a 主管部门 and an 实施单位 are often the same
     * unit, while a copy of a unit's name is never a project's name, so only unit labels take one, and only
     * when the copies and the waiting unit labels are as many. Noted, so the auditor can check the reading.
     */
    private String copiesForWaitingUnits(int i, HeaderField field, int k, int end, String rest, String value) {
        if (!isUnit(field) || rest != null && !rest.isEmpty() || value == null) {
            return value;
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = k; c < end; c++) {
            if (!t.get(c).isBlank()) {
                cells.add(t.get(c));
            }
        }
        String name = cells.isEmpty() ? "" : cells.get(0).key();
        if (cells.size() < 2 || name.length() < 2 || !name.codePoints().anyMatch(
                cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || cells.stream().anyMatch(c -> !c.key().equals(name))) {
            return value;
        }
        List<HeaderField> waiting = form.headerLabelsWaiting.stream()
                .filter(f -> f != field && unset(f)).distinct().toList();
        if (waiting.size() != cells.size() - 1 || waiting.size() != form.headerLabelsWaiting.size()) {
            return value;
        }
        String one = cells.get(0).text().strip();
        for (HeaderField f : waiting) {
            if (f == HeaderField.DEPARTMENT) {
                form.department = CodedName.parse(one);
            } else {
                form.implementingUnit = CodedName.parse(one);
            }
        }
        form.headerLabelsWaiting.clear();
        Cell at = t.get(i);
        s.log.note(at.row(), at.location(), value, "标签先于数值：同一单位名称重复出现，分给前面没有数值的"
                + waiting.stream().map(HeaderFields::fieldName).collect(Collectors.joining("、"))
                + " — a unit's name printed " + cells.size() + " times after a run of header labels (PDF text puts the labels"
                + " before their values): each further copy is read as the value of the unit label left empty before it");
        return one;
    }

    private static String fieldName(HeaderField field) {
        return field == HeaderField.DEPARTMENT ? "主管部门" : "实施单位";
    }

    /**
     * The first 主管部门 is kept, unless a later one is labelled with a spelling listed before its own: a
     * form naming two (市级主管部门 重庆市水利局, then 县级主管部门 忠县水利局) is audited as the local one's,
     * and the vocabulary lists the local spellings first.
     */
    private void department(Hit<HeaderField> label, String value) {
        int rank = lex.vocabulary.header().get(HeaderField.DEPARTMENT).indexOf(label.spelling());
        int ranked = rank < 0 ? Integer.MAX_VALUE - 1 : rank;
        if (form.department == null || ranked < form.departmentRank && value != null) {
            form.department = CodedName.parse(value);
            form.departmentRank = ranked;
        }
    }

    /** The most points a self-evaluation form awards (budget and indicators together). */
    private static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);
    private static final Pattern SCORE = Pattern.compile("^[(（]?分?[)）]?\\s*(\\d{1,3}(?:\\.\\d{1,3})?)\\s*分?$");
    /** A score, then words at once: no figure can go on in a Chinese character, so the score ends there. */
    private static final Pattern GLUED_SCORE = Pattern.compile("^[(（]?分?[)）]?(\\d{1,3}(?:\\.\\d{1,3})?)分?(?=\\p{IsHan})");

    /**
     * 自评总分 99.60 in the header: the form's total score (a 总分 row after the table, where the
     * template prints one too, is read over it). A value that is no score is reported, not guessed.
     */
    private void headerTotal(int i, String value) {
        String key = value == null ? "" : LabelIndex.key(value);
        Matcher score = SCORE.matcher(key);
        Matcher glued = GLUED_SCORE.matcher(key);
        String points;
        if (score.matches()) {
            points = score.group(1);
        } else if (glued.find()) {
            // 自评得分98财政审1度评分…: the next label, damaged by OCR, was not recognised and its text ran on
            points = glued.group(1);
            Cell at = t.get(i);
            String rest = key.substring(glued.end());
            s.log.note(at.row(), at.location(), value, "自评总分 read as " + points + ": the words after it ('"
                    + (rest.length() > 12 ? rest.substring(0, 12) + "…" : rest) + "') belong to the next field — 自评总分后的文字属于下一栏");
        } else {
            if (!key.isEmpty()) {
                s.problem(i, "自评总分 is not a score: '" + value + "' — 自评总分不是分数");
            }
            return;
        }
        if (new BigDecimal(points).compareTo(MAX_TOTAL) > 0) {
            // 957 for 97.1 (an OCR'd decimal point lost): no self-evaluation form awards more than 100 points
            s.problem(i, "自评总分 '" + points + "' 超过 100 分（小数点丢失？），不读 — 自评总分 " + points
                    + " is more than any form awards (100: a decimal point lost?): left unread");
            return;
        }
        if (form.total == null) {
            form.total = new Total(t.get(i).location(), null, new BigDecimal(points));
            form.totalFromHeader = true;
        }
    }

    /** 项目起止时间 2019年3月1日至2019年12月31日: the form reports on the year the project ended. */
    private static Integer periodEndYear(String value) {
        Matcher year = PERIOD_YEAR.matcher(value == null ? "" : value);
        Integer last = null;
        while (year.find()) {
            last = Integer.valueOf(year.group(1));
        }
        return last;
    }
}
