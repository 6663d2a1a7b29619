package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.funds.FundsTable;
import perfaudit.ingest.grammar.goal.GoalText;
import perfaudit.ingest.grammar.header.FormTitles;
import perfaudit.ingest.grammar.header.HeaderFields;
import perfaudit.ingest.grammar.header.PageChrome;
import perfaudit.ingest.grammar.header.PageTop;
import perfaudit.ingest.grammar.header.TitleYears;
import perfaudit.ingest.grammar.indicators.IndicatorTable;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.total.TotalRow;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.Family;
import perfaudit.ingest.grammar.vocabulary.Vocabulary.HeaderField;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.CodedName;
import perfaudit.model.Form;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Document.RecognisedForm;
import perfaudit.model.SourceLocation;
import perfaudit.model.Terms;
import perfaudit.model.funds.FundColumn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the cells of one section of input and reads the forms in it. Every part of a form is found
 * by its label (from the forms vocabulary), in whatever order the template prints the parts, and
 * ends where the next part's label begins: the title (a new form), the header fields, the 项目资金
 * table, the 年度总体目标, the 绩效指标 table, the 总分 row, and the notes after it.
 */
final class FormScanner extends PartScan {

    private static final Pattern ATTACHMENT = Pattern.compile("^附件[0-9一二三四五六七八九十]{0,3}$");
    /** Where forms begin: the cells holding a title. */
    private final FormTitles titles;
    /** Where a page's chrome begins (索引号, 发布时间): the next page, inside no form. */
    private final PageChrome chrome;
    private final List<Form> forms;
    /** The forms of kinds recognised but not audited, where their titles stand. */
    private final List<RecognisedForm> recognised;
    /** The document's heading and project list, before the first form. */
    private final Preamble preamble;
    /** Which part each cell's label begins. */
    private final PartLabels parts;
    /** A page's top inside the indicator table, after which a repeated title is a running header. */
    private final PageTop pageTop;
    /** The form's year, where its title gives it. */
    private final TitleYears years;
    private FormDraft form;
    /** The form's indicator table last read, resumed after a page's running header. */
    private IndicatorTable openTable;
    /** The problems logged when {@link #form} began: what a mention of a title takes back. */
    private ProblemLog.Mark formMark;
    /** Another part of the text follows this section's (see {@link #read}). */
    private boolean textGoesOn;
    /** The document's heading, as the preamble read it. */
    private final StringBuilder heading;
    /** The first form, started at its first field because its title stayed in the page heading; else null. */
    private FormDraft titledByHeading;

    /** Cells consumed by a part of a form; the rest are reported as not recognised. */
    private final java.util.BitSet used = new java.util.BitSet();

    FormScanner(Lexicon lex, Tokens t, ProblemLog log, List<Form> forms, List<RecognisedForm> recognised,
                List<ProjectListEntry> projectList, StringBuilder heading) {
        super(lex, t, log, t.cells().stream().anyMatch(c -> c.column() >= 0 && !c.isBlank() && c.column() > 0));
        this.forms = forms;
        this.recognised = recognised;
        this.titles = new FormTitles(t, lex);
        this.chrome = new PageChrome(t, lex);
        // text after the document's first form (a workbook's 填表说明 sheet after the form's) is no heading of it
        this.preamble = new Preamble(this, heading, projectList, forms.isEmpty() && recognised.isEmpty(), chrome);
        this.heading = heading;
        this.parts = new PartLabels(t, lex, titles, chrome);
        this.pageTop = new PageTop(this, titles, chrome);
        this.years = new TitleYears(this, titles);
    }

    /**
     * Reads the section's forms; {@code textGoesOn} when another part of the text follows this one (the
     * next form in text of the other kind): a title with nothing after it here announces that part's form.
     */
    void read(boolean textGoesOn) {
        this.textGoesOn = textGoesOn;
        int i = 0;
        while (i < t.size()) {
            if (t.get(i).isBlank()) {
                i++;
                continue;
            }
            int next;
            try {
                next = step(i);
            } catch (RuntimeException e) {
                problem(i, "could not read from here: " + e);
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
        finishForm(t.size(), true);
        // rows (lines, grid rows) none of whose cells a part took are reported by the ProblemLog at its finish
    }

    private int step(int i) {
        Hit<Family> title = titles.at(i);
        if (title != null && runningHeader(title)) {
            return resumeAfterRunningHeader(i, title);
        }
        if (title != null) {
            if (titles.doubtful(i)) {
                // a title inside a row, a form's head only some cells after it: a new form or words of the row's name
                problem(i, "a form title inside a row, with a form's head only some cells after it: read as a new form,"
                        + " though it may be words of this row (an indicator named after the form) — 行内出现表名，"
                        + "其后表头不紧随，无法判断是新表还是本行文字，按新表读取");
            }
            return startForm(i, title);
        }
        if (form != null && years.beforeNextTitle(i)) {
            // the next form's year before its title: the title reads it (readYear), this form's text ended here
            use(i, i + 1);
            return i + 1;
        }
        if (form == null) {
            return beforeFirstForm(i);
        }
        if (opensDocument(i)) {
            // a document's file name opening a line (a document site's heading of the next document): this form's text
            // ended there; the name is that heading, no unread part of a form
            finishForm(i, false);
            int end = t.lineEnd(i);
            use(i, end);
            return end;
        }
        if (chrome.at(i)) {
            return pageChrome(i);
        }
        Hit<HeaderField> header = t.headerAt(i);
        if (header != null && repeatsHeader(header.value()) && !form.indicators.isEmpty() && signsForm(i, header.value())) {
            // 项目单位(盖章):<this form's unit> under the form: its signature line, not a new form
            int end = t.lineEnd(i);
            use(i, end);
            return end;
        }
        if (header != null && repeatsHeader(header.value()) && !form.indicators.isEmpty() && t.get(i).gap() != Cell.Gap.NONE) {
            // a header field the form already has, after its table: the next form, its title lost (in text run together
            // a unit label cut out of a note, 资金使用单位财政资金…, is the note's word; a 项目名称 still opens the next form)
            finishForm(i, false);
            startUntitled(i, "form has no title; a new form starts at its " + header.spelling());
            return new HeaderFields(this, form).read(i, header);
        }
        if (header != null) {
            if (header.value() == HeaderField.PROJECT_NAME && form.projectName != null) {
                finishForm(i, false);
                startUntitled(i, "form has no title; a new form starts at its 项目名称");
                return new HeaderFields(this, form).read(i, header);
            }
            return new HeaderFields(this, form).read(i, header);
        }
        if (form.partsRead.contains(Terms.FUNDS_HEADER) && !form.fundRowsWithoutFigures.isEmpty()
                && t.labelAt(i, lex.fundColumn, false) != null && !isStop(i)) {
            // column headings after funds rows read with no figure: the rows' figures may follow them
            int resumed = new FundsTable(this, form).resume(i);
            if (resumed > i) {
                return resumed;
            }
        }
        if (!form.partsRead.contains(Terms.FUNDS_HEADER) && t.labelAt(i, lex.fundAnchor, Tokens.Rest.BRACKETED) != null || opensFunds(i)
                || !form.partsRead.contains(Terms.FUNDS_HEADER) && FundsTable.opensBySource(this, i)) {
            return new FundsTable(this, form).read(i);
        }
        if (!form.partsRead.contains(Terms.GOAL_HEADER) && t.labelAt(i, lex.goal, false) != null
                || labelledGoalAfterUnlabelled(i)) {
            return new GoalText(this, form).read(i);
        }
        boolean table = !form.partsRead.contains(Terms.INDICATOR_HEADER) && t.labelAt(i, lex.indicatorAnchor, Tokens.Rest.BRACKETED) != null
                || opensIndicators(i);
        if (form.columnOrderLost && !form.partsRead.contains(Terms.INDICATOR_HEADER) && (table || t.blockAt(i) != null)) {
            return tableOutOfOrder(i);
        }
        if (table) {
            openTable = new IndicatorTable(this, form);
            return openTable.read(i);
        }
        Hit<Boolean> total = t.labelAt(i, lex.total, true);
        if (total != null && earlyTotal(i)) {
            // the 合计 of a table before the indicators (项目支出明细): not the form's 总分
            int end = t.lineEnd(i);
            use(i, end);
            return end;
        }
        if (total != null) {
            return new TotalRow(this, form).read(i, total);
        }
        if (isTail(i)) {
            return tail(i);
        }
        Hit<Boolean> passage = t.labelAt(i, lex.passage, true);
        if (passage != null) {
            return passage(i, passage);
        }
        int lineEnd = t.lineEnd(i);
        Matcher year = t.get(i).key().indexOf('(') < 0 && !Character.isDigit(t.get(i).key().charAt(0)) ? null
                : TitleYears.YEAR_CELL.matcher(keys(i, lineEnd));
        if (year != null && year.matches()) {
            int next = yearCell(i, year);
            use(i, lineEnd);
            return Math.max(next, lineEnd);
        }
        if (isAttachmentMark(t.get(i).key())) {
            use(i, i + 1);
            return i + 1;
        }
        if (!form.hasContent) {
            // between a title and its first field: a subtitle, a unit line, page chrome
            use(i, i + 1);
            return i + 1;
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- titles, preamble, list

    /**
     * A form of a family the vocabulary knows but perfaudit does not audit (a department-wide form):
     * the file says what it holds, and everything up to the next form is left alone.
     */
    private int otherForm(int i, Hit<Family> title) {
        finishForm(i, false);
        Family family = title.value();
        recognised.add(new RecognisedForm(t.get(i).location(), family.id(), family.name()));
        problem(i, "this is a " + family.name() + " (family " + family.id() + "), a kind of form perfaudit recognises"
                + " but does not audit: nothing in it was checked — 此类表单（" + family.id() + "）暂不审核");
        int k = i + 1;
        while (k < t.size()) {
            Hit<Family> next = titles.at(k);
            if (next != null && next.value().audited()) {
                break;
            }
            k++;
        }
        use(i, k);
        return k;
    }

    /** The form's title as evidence of its family: a printed title, or one in a file name, which a printed one outweighs. */
    private void sawTitle(int i, Hit<Family> title) {
        if (FormTitles.isFileName(t.get(title.next() - 1).key())) {
            form.sawInFileName(title.spelling());
        } else {
            form.saw(title.spelling());
        }
    }

    private int startForm(int i, Hit<Family> title) {
        if (!title.value().audited()) {
            return otherForm(i, title);
        }
        if (form != null && !form.hasContent) {
            // a second title before any field: page chrome repeating the title, or the title and its subtitle
            form.titleFamily = title.value();
            sawTitle(i, title);
            years.read(i, form);
            use(i, title.next());
            return title.next();
        }
        if (form != null && form.hasContent && form.isEmpty()) {
            dropMention();
        }
        boolean first = form == null && forms.isEmpty() && recognised.isEmpty();
        finishForm(i, false);
        formMark = log.mark();
        form = new FormDraft(t.get(i).location(), i);
        form.titleFamily = title.value();
        sawTitle(i, title);
        if (first && !FormTitles.isFileName(t.get(title.next() - 1).key())) {
            // a file name (…自评表.docx, a site's link) is no title printed on the form
            preamble.formTitled(t.text(i, title.next()));
        }
        preamble.formStarted();
        years.read(i, form);
        use(i, title.next());
        return title.next();
    }

    /**
     * A title met while the form's indicator table is open (rows read, no 总分 yet), followed, past page chrome and a
     * reprinted table header, by more rows of that table and not by a form's head (a year, a header field, the funds
     * or goal table): the form's title printed at the top of the next page (PDF text), not a new form.
     */
    private boolean runningHeader(Hit<Family> title) {
        if (form == null || openTable == null || form.indicators.isEmpty() || form.total != null || form.stoppedAt >= 0
                || !title.value().audited()) {
            return false;
        }
        return pageTop.rowsGoOnAfter(title.next());
    }

    /** The running header and the page top after it are chrome; the indicator table reads on from its next row. */
    private int resumeAfterRunningHeader(int i, Hit<Family> title) {
        int k = pageTop.past(title.next());
        use(i, k);
        Cell cell = t.get(i);
        log.note(cell.row(), cell.location(), cell.text(), "the form's title repeated at a page's top inside its 绩效指标"
                + " table, the table's rows going on after it: read as the page's running header, not a new form — "
                + "表名为分页后的页眉，指标表续接");
        return openTable.resume(k);
    }

    /**
     * The title before this one read nothing a form holds up to here: it was named in running text (a
     * 自评报告's "…项目支出绩效自评表显示,全年预算数…"), not printed over a form. What reading its words as a
     * form's parts logged is taken back; one note says where the mention was.
     */
    private void dropMention() {
        log.rollBack(formMark);
        Cell at = t.get(form.startCell);
        log.note(at.row(), at.location(), at.text(), "正文提及表名，其后没有表单内容，按正文处理 — a form title named in"
                + " running text with no form after it, read as prose");
        form = null;
    }

    private void startUntitled(int i, String reason) {
        finishForm(i, false);
        formMark = log.mark();
        form = new FormDraft(t.get(i).location(), i);
        preamble.formStarted();
        problem(i, reason);
    }

    /**
     * Before the first form: the document heading and the project list, or an untitled form's start. The
     * title stayed in the page heading: the form starts at the first field it prints, 项目名称 or, in the
     * 湖北-style forms whose header opens with it, 单位名称 (a unit name alone, with nothing after, is no form;
     * one cut out of running text, 执行数为资金使用单位财政资金实际支出数 in a glued note, is no header field).
     */
    private int beforeFirstForm(int i) {
        Hit<HeaderField> header = t.headerAt(i);
        if (header != null && (header.value() == HeaderField.PROJECT_NAME
                || header.value() == HeaderField.UNIT_NAME && t.get(i).gap() != Cell.Gap.NONE)) {
            startUntitled(i, "form has no title; a new form starts at its " + header.spelling());
            titledByHeading = form;
            return new HeaderFields(this, form).read(i, header);
        }
        return preamble.read(i);
    }

    /**
     * A page's chrome after a form began (the next form's page: 索引号 / 发文单位 lines, 下载本文档 and its
     * 版权说明): read past, label and values, up to the next part or form; no part of any form.
     */
    private int pageChrome(int i) {
        int end = i + 1;
        while (end < t.size() && !isStop(end)) {
            end++;
        }
        use(i, end);
        return end;
    }

    @Override
    public boolean startsOtherText(int k) {
        // a header field opening a line (报表编号, 项目名称) is the next form's head; one inside a line is
        // PDF text interleaving columns, where a row's cells may run on after it; a document's file name opening a line
        // (…自评表.xlsx, a document site's heading) is the next document's
        boolean firstOnLine = k == 0 || t.get(k).row() != t.get(k - 1).row();
        return titles.at(k) != null || chrome.at(k) || firstOnLine && t.headerAt(k) != null || opensDocument(k)
                || isAttachmentMark(t.get(k).key()) || years.beforeNextTitle(k);
    }

    /** A document's file name alone at a line's start (…自评表.xlsx): where a document site heads the next document. */
    private boolean opensDocument(int k) {
        return (k == 0 || t.get(k).row() != t.get(k - 1).row()) && FormTitles.isFileName(t.get(k).key());
    }

    private boolean signsForm(int i, HeaderField field) {
        CodedName known = field == HeaderField.DEPARTMENT ? form.department : form.implementingUnit;
        int end = t.lineEnd(i);
        String line = t.text(i, end);
        if (known == null || known.name() == null || line == null || !line.contains(known.name())) {
            return false;
        }
        // a signature closes the form: nothing of a form follows it before the next title
        int next = end;
        while (next < t.size() && t.get(next).isBlank()) {
            next++;
        }
        return next >= t.size() || titles.at(next) != null || isTail(next);
    }

    private boolean repeatsHeader(HeaderField field) {
        return field == HeaderField.DEPARTMENT && form.department != null
                || field == HeaderField.IMPLEMENTING_UNIT && form.implementingUnit != null;
    }

    private String keys(int from, int to) {
        StringBuilder keys = new StringBuilder();
        for (int k = from; k < to; k++) {
            keys.append(t.get(k).key());
        }
        return keys.toString();
    }

    private int yearCell(int i, Matcher year) {
        if (form.year == null) {
            form.year = Integer.parseInt(year.group(1));
            use(i, i + 1);
            return i + 1;
        }
        if (form.total != null || form.hasContent) {
            // a year line after a finished form starts the next one, whose title is missing
            startUntitled(i, "form has no title; a new form starts at its year line");
            form.year = Integer.parseInt(year.group(1));
            use(i, i + 1);
            return i + 1;
        }
        use(i, i + 1);
        return i + 1;
    }

    /** Whether cell k is on the same row (grid row, or text line) as cell i. */
    @Override
    public boolean sameRow(int i, int k) {
        Cell.Gap gap = t.get(k).gap();
        for (int j = i + 1; j <= k; j++) {
            Cell.Gap g = t.get(j).gap();
            if (g == Cell.Gap.ROW || g == Cell.Gap.LINE || g == Cell.Gap.BLANK || g == Cell.Gap.BREAK) {
                return false;
            }
        }
        return gap != null;
    }

    /**
     * A goal anchor with its 预期目标 label after a goal read as one unlabelled text (四川 D: 项目基本情况 | its text,
     * then 年度总体目标 | 预期目标 | 实际完成情况 and their texts): the labelled block is the goal, read again over
     * the first; before it, its cells were left unread and the goal was the project's description.
     */
    private boolean labelledGoalAfterUnlabelled(int i) {
        if (!form.goalWithoutAchievement || form.partsRead.contains(Terms.INDICATOR_HEADER)) {
            return false;
        }
        Tokens.Hit<String> anchor = t.labelAt(i, lex.goal, false);
        if (anchor != null && anchor.value().equals(Lexicon.GOAL_EXPECTED)) {
            // 预期目标 | 实际完成情况, then 年度总体目标: the anchor printed at the foot of its merged cell (Calc's
            // alignment), after the labels of the row it spans
            for (Tokens.Hit<String> next = anchor; next != null; next = labelAfter(next.next())) {
                if (next.value().equals(Lexicon.GOAL_ANCHOR)) {
                    return true;
                }
            }
            return false;
        }
        if (anchor == null || !anchor.value().equals(Lexicon.GOAL_ANCHOR)) {
            return false;
        }
        int k = anchor.next();
        while (k < t.size() && t.get(k).isBlank()) {
            k++;
        }
        Tokens.Hit<String> next = k < t.size() ? t.labelAt(k, lex.goal, false) : null;
        return next != null && next.value().equals(Lexicon.GOAL_EXPECTED);
    }

    /** The goal label after blank cells from {@code k}, or null. */
    private Tokens.Hit<String> labelAfter(int k) {
        while (k < t.size() && t.get(k).isBlank()) {
            k++;
        }
        return k < t.size() ? t.labelAt(k, lex.goal, false) : null;
    }

    // ---------------------------------------------------------------- stops shared by the parts

    /** True where a part of the form (or the next form) begins: every part reads up to here. */
    @Override
    public boolean isStop(int i) {
        if (i >= t.size()) {
            return true;
        }
        // a part's label met again in a form that has the part is the form's text, not a new part; what opens a part
        // (source headings 中央 省、地 … open the funds table) ends the value before it
        return parts.always(i) || opensDocument(i) || years.beforeNextTitle(i)
                || (form == null || !form.partsRead.contains(Terms.FUNDS_HEADER)) && (parts.funds(i) || FundsTable.opensBySource(this, i))
                || parts.goal(i) && (form == null || !form.partsRead.contains(Terms.GOAL_HEADER) || labelledGoalAfterUnlabelled(i))
                || parts.table(i) && (form == null || !form.partsRead.contains(Terms.INDICATOR_HEADER));
    }

    boolean isTail(int i) {
        return parts.isTail(i);
    }

    /** An 附件 mark alone in its cell (附件, 附件2): the attachment's number over a form, no part of it. */
    static boolean isAttachmentMark(String key) {
        return key.startsWith("附件") && ATTACHMENT.matcher(key).matches();
    }

    /** A fund column label not yet seen in this form starts the funds table even without its anchor. */
    private boolean opensFunds(int i) {
        if (form.partsRead.contains(Terms.FUNDS_HEADER)) {
            return false;
        }
        Hit<Object> column = t.labelAt(i, lex.fundColumn, false);
        return column != null && column.value() instanceof FundColumn fc
                && (fc == FundColumn.INITIAL_BUDGET || fc == FundColumn.ANNUAL_BUDGET);
    }

    /** The 一级指标 header cell (or a header run opening with the name column), or a 一级 name, opens the indicator table even without 绩效指标. */
    private boolean opensIndicators(int i) {
        if (parts.opensTable(i)) {
            return true;
        }
        Hit<Vocabulary.IndicatorField> column = t.labelAt(i, lex.indicatorColumn, false);
        if (column != null && column.value() == Vocabulary.IndicatorField.LEVEL2 && !form.partsRead.contains(Terms.INDICATOR_HEADER)) {
            // the header's 一级指标 cell lost to OCR (度效标80> 年绩目1分级标 一指): 二级指标 then 三级指标 opens it all the same
            Hit<Vocabulary.IndicatorField> next = t.labelAt(column.next(), lex.indicatorColumn, false);
            return next != null && next.value() == Vocabulary.IndicatorField.NAME;
        }
        // a block label opens its group of rows, the first or a later one (湖北 年度绩效目标2 (40分))
        return (!form.partsRead.contains(Terms.INDICATOR_HEADER) && t.labelAt(i, lex.level1, false) != null
                || t.blockAt(i) != null) && form.hasContent;
    }

    // ---------------------------------------------------------------- passages and tail

    /** The text left in cell i after a label that started it, or null. */
    @Override
    public String restOfCell(int i, Hit<?> label) {
        if (label.next() != i + 1) {
            return null;
        }
        Cell cell = t.get(i);
        int end = Tokens.enumeratorLength(cell.key()) + LabelIndex.spellingKey(label.spelling()).length();
        return end < cell.key().length() ? cell.textOf(end, cell.key().length()).strip() : null;
    }

    /**
     * The indicator table of a form whose text lost its column order (see {@link FormDraft#columnOrderLost}): its
     * names, values and points stand apart from their rows, and no reading row by row can be confirmed, so none is
     * made. The table is read past, up to the next form or other text, with a note saying why.
     */
    private int tableOutOfOrder(int i) {
        int end = i + 1;
        while (end < t.size() && titles.at(end) == null && !startsOtherText(end)) {
            end++;
        }
        Cell cell = t.get(i);
        log.note(cell.row(), cell.location(), cell.text(), "the 绩效指标 table follows a funds row whose columns the text"
                + " printed out of order (flattened PDF): its cells are in that order too, so no indicator row is read — "
                + "文本丢失了表格列序（PDF 展平），绩效指标表无法逐行对应，未读");
        use(i, end);
        return end;
    }

    /** A passage (资金管理情况, 项目实施内容及过程概述): its label and its text, up to the next part. */
    private int passage(int i, Hit<Boolean> label) {
        form.saw(label.spelling());
        int end = label.next();
        // a passage may hold a table of its own (项目支出明细 with its 合计): no 总分 comes before the indicators
        while (end < t.size() && (!isStop(end) || earlyTotal(end)) && !opensIndicators(end)) {
            end++;
        }
        use(i, end);
        return end;
    }

    /** Notes after the table: read up to the next label; 偏差大或目标未完成原因分析 is kept as the form's reason. */
    private boolean earlyTotal(int i) {
        return !form.partsRead.contains(Terms.INDICATOR_HEADER) && t.labelAt(i, lex.total, true) != null && titles.at(i) == null;
    }

    private int tail(int i) {
        Hit<Boolean> deviation = t.labelAt(i, lex.formDeviation, true);
        Hit<Boolean> label = deviation != null ? deviation : t.labelAt(i, lex.tail, true);
        form.saw(label.spelling());
        int k = label.next();
        int end = k;
        while (end < t.size() && !isStop(end) && !(!form.partsRead.contains(Terms.INDICATOR_HEADER) && opensIndicators(end))) {
            end++;
        }
        if (deviation != null) {
            form.formDeviationLabel = true;
            String text = t.text(k, end);
            String rest = restOfCell(i, label);
            text = rest != null && !rest.isEmpty() ? rest + (text == null ? "" : text) : text;
            if (text != null && !text.isBlank()) {
                form.formDeviation = text.strip();
            }
        }
        use(i, end);
        return end;
    }

    // ---------------------------------------------------------------- form end and bookkeeping

    /** Closes the current form; {@code endOfInput} when the text ends here (a form may be cut short). */
    private void finishForm(int end, boolean endOfInput) {
        if (form == null) {
            return;
        }
        FormDraft done = form;
        form = null;
        if (done.isEmpty()) {
            if (done.hasContent || endOfInput && !textGoesOn) {
                problem(done.startCell, done.hasContent ? "form title with no form after it"
                        : "form title with no form after it (the text ends here)");
            }
            return;
        }
        // a form whose text stopped inside a row right before another text (the next form's title or
        // page) was cut there, as one the input ends in
        if ((endOfInput || done.stoppedAt >= 0) && isCut(done)) {
            done.cutAt = done.stoppedAt >= 0 ? t.get(done.stoppedAt).location() : lastCellLocation(end);
            done.truncateLastRow();
        }
        if (done == titledByHeading && done.year == null) {
            years.fromHeading(done, done.startCell, heading);
        }
        if (done.projectName == null && done.bareNameLabel >= 0) {
            new HeaderFields(this, done).displacedProjectName(end, parts::table,
                    k -> parts.always(k) || parts.funds(k) || parts.goal(k) || parts.table(k));
        }
        if (done.tableEndWithoutTotal >= 0 && done.total == null) {
            problem(done.tableEndWithoutTotal, "绩效指标 table ends without a 总分 row — 绩效指标表缺少总分行");
        }
        noteLayoutOverTitle(done);
        forms.add(done.build(lex));
    }

    /** A title naming one template over another's layout: the form is read as the layout's, and the disagreement noted. */
    private void noteLayoutOverTitle(FormDraft draft) {
        Lexicon.FamilyKeys layout = draft.layoutOverTitle(lex.familyKeys);
        if (layout != null) {
            Family titled = draft.familyByTitle(lex.familyKeys);
            Cell start = t.get(Math.max(draft.startCell, 0));
            log.note(start.row(), start.location(), start.text(),
                    "标题与表样不符，按表样归类 — the title names family " + titled.id() + " but the columns and rows read are family "
                    + layout.family().id() + "'s (" + layout.family().name() + "): the form is read as " + layout.family().id());
        }
    }

    /**
     * The text stops inside the form: no 总分 though the template prints one, or no indicator table at
     * all; or, where the total was printed in the header, the text stops inside the indicator table (unless its
     * rows' 得分 make that total, or their 分值 the whole form: then it stops right after the table's last row).
     */
    private boolean isCut(FormDraft draft) {
        Family family = draft.family(lex.familyKeys);
        boolean printsTotal = family == null || family.printsTotal();
        boolean totalRow = draft.partsRead.contains(Terms.TOTAL) && !draft.totalFromHeader;
        return printsTotal && !totalRow && !draft.totalFromHeader || !draft.partsRead.contains(Terms.INDICATOR_HEADER)
                || draft.totalFromHeader && draft.tableRanToEnd && !draft.tableHoldsAllRows() || draft.lastRowCut();
    }

    private SourceLocation lastCellLocation(int end) {
        for (int k = Math.min(end, t.size()) - 1; k >= 0; k--) {
            if (!t.get(k).isBlank()) {
                return t.get(k).location();
            }
        }
        return null;
    }

    @Override
    public void use(int from, int to) {
        for (int k = from; k < to && k < t.size(); k++) {
            used.set(k);
            log.useRow(t.get(k).row());
        }
    }

    @Override
    public void problem(int i, String reason) {
        Cell cell = t.get(Math.min(i, t.size() - 1));
        used.set(i);
        log.report(cell.row(), cell.location(), cell.text(), reason);
    }
}
