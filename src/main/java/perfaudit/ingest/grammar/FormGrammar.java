package perfaudit.ingest.grammar;

import perfaudit.ingest.grammar.header.FormTitles;
import perfaudit.ingest.grammar.repair.FormInCell;
import perfaudit.ingest.grammar.repair.GluedSections;
import perfaudit.ingest.grammar.repair.FigureGluedLabels;
import perfaudit.ingest.grammar.repair.GluedText;
import perfaudit.ingest.grammar.repair.OcrLabels;
import perfaudit.ingest.grammar.repair.ScrambledLabels;
import perfaudit.ingest.grammar.repair.OcrRepair;
import perfaudit.ingest.grammar.repair.LookalikeLabels;
import perfaudit.ingest.grammar.repair.PointsLabelFragments;
import perfaudit.ingest.grammar.repair.LineBrokenLabels;
import perfaudit.ingest.grammar.repair.WrappedHeaderLines;
import perfaudit.ingest.grammar.rows.GridCell;
import perfaudit.ingest.grammar.rows.GridRow;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.ingest.grammar.rows.SourceRow;
import perfaudit.text.TextFold;
import perfaudit.ingest.grammar.text.Words;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Document.RecognisedForm;

import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point from the format readers into the form grammar. A reader turns its input into
 * cells in reading order — rows of a grid where it knows the grid, text lines otherwise — and hands
 * them here; the grammar finds the forms by their labels in the forms vocabulary, whatever produced
 * the cells.
 */
public final class FormGrammar {

    private FormGrammar() {
    }

    /** Rows of a grid (a workbook's sheets, Word or HTML tables, a PDF's ruled tables), the shipped vocabulary. */
    public static Document read(String file, String layoutName, List<List<GridRow>> sections, ProblemLog log) {
        return read(file, layoutName, sections, log, Vocabulary.standard());
    }

    /**
     * Reads the forms of grid {@code sections} (a form never runs from one section into the next).
     * {@code log} locates the rows (numbered 1.. in reading order over all sections) and may already
     * hold the problems the format's reader met.
     */
    public static Document read(String file, String layoutName, List<List<GridRow>> sections, ProblemLog log,
                                Vocabulary vocabulary) {
        List<List<Cell>> cells = new ArrayList<>();
        List<GridRow> rows = new ArrayList<>();
        Lexicon lex = Lexicon.of(vocabulary);
        for (List<GridRow> section : sections) {
            // a cell holding a whole form run together (a site's 内容概述) is read as text of its own
            cells.addAll(FormInCell.split(cellsOf(section), lex));
            rows.addAll(section);
        }
        return readCells(file, layoutName, cells, rows, log, vocabulary);
    }

    /** Reads the forms of cells a reader produced itself (text that lost its grid); {@code rows} are its lines. */
    public static Document readCells(String file, String layoutName, List<List<Cell>> sections,
                                     List<? extends SourceRow> rows, ProblemLog log, Vocabulary vocabulary) {
        Lexicon lex = Lexicon.of(vocabulary);
        List<Form> forms = new ArrayList<>();
        List<RecognisedForm> recognised = new ArrayList<>();
        List<ProjectListEntry> projectList = new ArrayList<>();
        StringBuilder heading = new StringBuilder();
        for (List<Cell> whole : sections) {
            List<List<Cell>> parts = GluedSections.split(whole, lex);
            for (int p = 0; p < parts.size(); p++) {
                List<Cell> part = parts.get(p);
                // a part the section goes on after (the next form's own kind of text) is not where the text ends
                boolean textGoesOn = p + 1 < parts.size();
                ProblemLog.Mark mark = log.mark();
                int formsBefore = forms.size();
                int recognisedBefore = recognised.size();
                int headingBefore = heading.length();
                boolean glued = readSection(part, true, textGoesOn, lex, log, forms, recognised, projectList, heading);
                if (glued && parts.size() > 1 && noFormRead(forms.subList(formsBefore, forms.size()))) {
                    // prose beside a form (a 自评报告 before its 附件1): its long lines only looked glued
                    forms.subList(formsBefore, forms.size()).clear();
                    recognised.subList(recognisedBefore, recognised.size()).clear();
                    log.rollBack(mark);
                    heading.setLength(headingBefore);
                    readSection(part, false, textGoesOn, lex, log, forms, recognised, projectList, heading);
                }
            }
        }
        List<perfaudit.model.ParseProblem> problems = log.finish(rows);
        // the heading is read as a title, not quoted: a mirror site's pinyin glosses (項(xiàng)目) are no part of it, as
        // of the form's names and values (FormDraft); problems and notes quote the text as printed, to be found in it
        return new Document(file, layoutName, heading.isEmpty() ? null : TextFold.withoutGlosses(heading.toString()), projectList,
                forms, problems, log.notes(), recognised);
    }

    /**
     * Reads one section's forms into {@code forms}, as glued text where it looks so and {@code mayBeGlued};
     * returns whether it was read as glued text.
     */
    private static boolean readSection(List<Cell> section, boolean mayBeGlued, boolean textGoesOn, Lexicon lex, ProblemLog log,
                                       List<Form> forms, List<RecognisedForm> recognised, List<ProjectListEntry> projectList,
                                       StringBuilder heading) {
        section = OcrRepair.repair(section, log);
        section = LookalikeLabels.repair(section, lex, log); // 末完成原因…: a label spelt with an OCR look-alike
        section = PointsLabelFragments.join(section, lex);
        section = LineBrokenLabels.join(section, lex); // a label broken at a line's end, its note or value after it
        boolean glued = mayBeGlued && GluedText.isGlued(section, lex);
        if (glued) {
            section = OcrLabels.repair(section, lex, log); // OCR'd text: a section label with a glyph misread
            section = ScrambledLabels.repair(section, lex, log); // or a vertical 一级 cell read out of order
        }
        if (!glued) {
            section = FigureGluedLabels.split(section, lex, log); // rows run together: a figure touching the next level label
            section = WrappedHeaderLines.join(section, lex, log); // an indicator header's wrapped labels read line by line
        }
        Tokens tokens = new Tokens(glued ? GluedText.split(section, lex) : section, glued, lex);
        new FormScanner(lex, tokens, log, forms, recognised, projectList, heading).read(textGoesOn);
        return glued;
    }

    /**
     * Whether the forms a section gave hold none of a form's facts: no 项目名称, no funds figure, no indicator
     * row, no 总分. A 自评报告's paragraph that names the form ("项目支出绩效自评表显示,全年预算数…") reads so when
     * cut at its labels like glued text; a form, however damaged, gives at least one of them.
     */
    private static boolean noFormRead(List<Form> read) {
        for (Form form : read) {
            boolean funds = form.funds().values().stream().anyMatch(f -> f.annualBudget() != null || f.executed() != null
                    || f.initialBudget() != null);
            boolean total = form.total() != null && (form.total().weight() != null || form.total().score() != null);
            if (form.projectName() != null || funds || !form.indicators().isEmpty() || total) {
                return false;
            }
        }
        return true;
    }

    /** True when a cell's text is a form title or a 项目名称 label: where a form begins. */
    public static boolean startsForm(String text, Vocabulary vocabulary) {
        Lexicon lex = Lexicon.of(vocabulary);
        String key = LabelIndex.key(text);
        if (lex.header.exact(key) == Vocabulary.HeaderField.PROJECT_NAME) {
            return true;
        }
        for (int at = 0; at < key.length(); at++) {
            LabelIndex.Match<Vocabulary.Family> title = lex.titles.longestAt(key, at);
            // as the grammar reads titles: one of a form not audited, named in a sentence, starts nothing
            if (title != null && !FormTitles.runningText(title.value(), key, at, title.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a cell's text is the label that opens a part of a form, alone in its cell (a bracketed note after it at
     * most): the funds' 项目资金（万元）, the goal's 年度总体目标, the indicators' 绩效指标 or their header's 一级指标.
     */
    public static boolean opensFormPart(String text, Vocabulary vocabulary) {
        Lexicon lex = Lexicon.of(vocabulary);
        String key = LabelIndex.key(text);
        return aloneInCell(lex.fundAnchor, key) || aloneInCell(lex.goal, key) || aloneInCell(lex.indicatorAnchor, key)
                || lex.indicatorColumn.exact(key) == Vocabulary.IndicatorField.LEVEL1;
    }

    private static boolean aloneInCell(LabelIndex<?> labels, String key) {
        LabelIndex.Match<?> label = labels.longestAt(key, 0);
        return label != null && (label.end() == key.length() || key.charAt(label.end()) == '(');
    }

    /** True when a cell's text opens with a header field's label (项目名称, 主管部门, 项目负责人及电话 …). */
    public static boolean opensHeaderField(String text, Vocabulary vocabulary) {
        return Lexicon.of(vocabulary).header.longestAt(LabelIndex.key(text), 0) != null;
    }

    /** As {@link #startsForm}, or the project list's 序号 header. */
    public static boolean startsFormOrList(String text, Vocabulary vocabulary) {
        return startsForm(text, vocabulary) || Lexicon.of(vocabulary).listSeq.exact(LabelIndex.key(text)) != null;
    }

    /** A grid's rows as cells: every cell keeps its column; a paragraph (one free-text cell) has none. */
    static List<Cell> cellsOf(List<GridRow> rows) {
        List<Cell> cells = new ArrayList<>();
        boolean afterParagraph = false;
        for (GridRow row : rows) {
            List<GridCell> rowCells = row.cells();
            // paragraph after paragraph is the next line of text (a label or a cell's text may wrap into it);
            // a table row, or the first line after one, starts a row
            Cell.Gap gap = afterParagraph && !row.tabular() ? Cell.Gap.LINE : Cell.Gap.ROW;
            if (!row.isBlank()) {
                afterParagraph = !row.tabular();
            }
            for (int c = 0; c < rowCells.size(); c++) {
                GridCell cell = rowCells.get(c);
                if (cell.isBlank()) {
                    // a grid's cells keep their columns: its empty cells carry nothing the grammar reads
                    continue;
                }
                if (!row.tabular()) {
                    // a paragraph is a line of text: a page or document that prints the form as text
                    // (space-separated rows, a whole form on one line) is split as the text reader splits it
                    for (String word : Words.of(cell.text())) {
                        cells.add(new Cell(word, cell.location(), row.number(), -1, gap));
                        gap = Cell.Gap.SPACE;
                    }
                    continue;
                }
                cells.add(new Cell(cell.text(), cell.location(), row.number(), c, gap));
                gap = Cell.Gap.CELL;
            }
        }
        return cells;
    }
}
