package perfaudit.ingest.grammar.goal;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormDraft;
import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.PartScan;
import perfaudit.ingest.grammar.Tokens.Hit;
import perfaudit.ingest.grammar.Tokens;
import perfaudit.ingest.grammar.text.InterleavedColumns;
import perfaudit.model.Goal;
import perfaudit.model.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * 年度总体目标: its labels (预期目标, 实际完成情况 and their synonyms), then the two texts. Where
 * the grid is known, a text belongs to the label whose column it is nearer; where cells are marked
 * ("|", tabs, a space between two texts on one line) the first text is the 预期目标 and the second
 * the 实际完成情况; text that lost its cells (PDF lines) is split where the first paragraph ends,
 * at its first line that does not fill the column.
 */
public final class GoalText {

    private final PartScan s;
    private final FormDraft form;
    private final Tokens t;
    private int expectedColumn = -1;
    private int actualColumn = -1;
    private boolean expectedLabel;
    private boolean actualLabel;
    /** The text labels in the order printed (预期, 调整, 实际): where three are printed, texts follow in that order. */
    private final List<String> order = new ArrayList<>();

    public GoalText(PartScan scanner, FormDraft form) {
        this.s = scanner;
        this.form = form;
        this.t = scanner.t;
    }

    public int read(int i) {
        form.partsRead.add(Terms.GOAL_HEADER);
        form.hasContent = true;
        int k = i;
        int start = i;
        while (k < t.size()) {
            if (t.get(k).isBlank()) {
                k++;
                continue;
            }
            Hit<String> label = t.labelAt(k, s.lex.goal, false);
            if (label == null) {
                break;
            }
            form.saw(label.spelling());
            if (label.value().equals(Lexicon.GOAL_EXPECTED)) {
                expectedColumn = t.get(k).column();
                expectedLabel = true;
                order.add(label.value());
            } else if (label.value().equals(Lexicon.GOAL_ACTUAL)) {
                actualColumn = t.get(k).column();
                actualLabel = true;
                order.add(label.value());
            } else if (label.value().equals(Lexicon.GOAL_ADJUSTED)) {
                order.add(label.value());
            } else if (label.value().equals(Lexicon.GOAL_IGNORED)) {
                break;
            }
            k = label.next();
        }
        s.use(start, k);
        int end = k;
        List<Cell> cells = new ArrayList<>();
        int actualFrom = -1;
        while (end < t.size() && (!s.isStop(end) || isIgnored(end)) && !opensTable(end)) {
            Hit<String> ignored = t.labelAt(end, s.lex.goal, false);
            if (ignored != null && actualFrom < 0 && !cells.isEmpty() && (ignored.value().equals(Lexicon.GOAL_ACTUAL)
                    || labelsActual(ignored.value()))) {
                // 预期目标 | its text | 实际完成情况 | its text: each label before its own text
                form.saw(ignored.spelling());
                s.use(end, ignored.next());
                actualFrom = cells.size();
                end = ignored.next();
                continue;
            }
            if (ignored != null && ignored.value().equals(Lexicon.GOAL_IGNORED)) {
                // 项目实施内容及过程概述 and its text: not the goal
                int skip = ignored.next();
                while (skip < t.size() && !s.isStop(skip) && !opensTable(skip)) {
                    skip++;
                }
                s.use(end, skip);
                end = skip;
                continue;
            }
            cells.add(t.get(end));
            end++;
        }
        s.use(k, end);
        if (order.contains(Lexicon.GOAL_ADJUSTED)) {
            return adjusted(i, cells, end);
        }
        if (actualFrom < 0 && !s.grid) {
            InterleavedColumns.Reading lines = InterleavedColumns.read(pieces(cells));
            if (lines.interleaved()) {
                return interleaved(i, lines, end);
            }
        }
        if (actualFrom < 0 && gluedSideBySide(cells)) {
            s.problem(i, "预期目标与实际完成情况两栏的文字粘连，无法分开 — the 预期目标 and 实际完成情况 texts are glued"
                    + " together (text with no separators): where one ends and the other begins cannot be told, the goal is not read");
            return end;
        }
        Goal goal = actualFrom >= 0
                ? new Goal(t.get(i).location(), GoalCells.join(cells.subList(0, actualFrom)), GoalCells.join(cells.subList(actualFrom, cells.size())))
                : split(cells, t.get(i).location());
        if (goal == null) {
            s.problem(i, "预期目标与实际完成情况并排印在同一行，无法分开 — the 预期目标 and 实际完成情况 texts run on one line"
                    + " side by side (a form flattened to one line): where one ends cannot be told, the goal is not read");
            return end;
        }
        if (form.goal == null || goal.expected() != null || goal.actual() != null) {
            form.goal = goal;
        }
        // 年度总体目标 | one text, no 预期目标 / 实际完成情况 labels (宁夏 绩效目标自评表): nowhere to state an achievement
        form.goalWithoutAchievement = order.isEmpty() && goal.expected() != null && goal.actual() == null;
        return end;
    }

    /**
     * 预期目标 and 实际完成情况 printed side by side and merged line by line: where each line of the
     * text is one column's, the lines are given back to their columns (an INFO note says so, for a
     * check against the original); otherwise the goal is unreadable, and a problem says why.
     */
    private int interleaved(int i, InterleavedColumns.Reading lines, int end) {
        Cell at = t.get(i);
        if (!lines.apart()) {
            s.problem(i, "预期目标与实际完成情况逐行交错，无法分开 — the 预期目标 and 实际完成情况 texts are interleaved"
                    + " line by line and their lines cannot be told apart");
            return end;
        }
        form.goal = new Goal(at.location(), lines.left(), lines.right());
        s.log.note(at.row(), at.location(), at.text(), "预期目标与实际完成情况逐行交错，已按行分开 — the two goal texts were"
                + " interleaved line by line; read back as 预期目标 '" + lines.left() + "' and 实际完成情况 '" + lines.right() + "'");
        return end;
    }

    /** The goal's text in the stretches the input parted (by a space, a line, a cell): a line of one column or more. */
    private static List<String> pieces(List<Cell> cells) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (Cell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            if (cell.gap() != Cell.Gap.NONE && !piece.isEmpty()) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(cell.text().strip());
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /**
     * 年初设定目标 | its text | 年度总体目标完成情况 | its text (宁夏): after a 预期目标 label and its
     * text, with no 实际完成情况 label read, the section's own heading labels the achievement.
     */
    private boolean labelsActual(String label) {
        return label.equals(Lexicon.GOAL_ANCHOR) && expectedLabel && !actualLabel;
    }

    /**
     * 年初 / 全年(调整) / 实际 绩效目标 (部门整体): a text per label, in the labels' order, where the
     * input marks the cells apart (a space or a cell boundary; a wrapped line continues its text).
     * Texts that do not match the labels one to one are reported, not guessed at.
     */
    private int adjusted(int i, List<Cell> cells, int end) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = null;
        for (Cell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            Cell.Gap gap = cell.gap();
            if (text == null || gap == Cell.Gap.SPACE || gap == Cell.Gap.CELL || gap == Cell.Gap.ROW) {
                if (text != null) {
                    texts.add(text.toString());
                }
                text = new StringBuilder(cell.text().strip());
            } else {
                text.append(Tokens.separator(gap, text.charAt(text.length() - 1), cell.text())).append(cell.text().strip());
            }
        }
        if (text != null) {
            texts.add(text.toString());
        }
        if (texts.size() != order.size()) {
            if (!texts.isEmpty()) {
                // unreadable, not empty: the problem says so, and no goal rule judges texts not read
                s.problem(i, "绩效目标: " + order.size() + " labels (年初 / 全年(调整) / 实际) but " + texts.size()
                        + " texts after them, which cannot be told apart — 绩效目标文字与栏目对不上");
                return end;
            }
            form.goal = new Goal(t.get(i).location(), null, null);
            return end;
        }
        form.goal = new Goal(t.get(i).location(), textOf(texts, Lexicon.GOAL_EXPECTED), textOf(texts, Lexicon.GOAL_ACTUAL),
                textOf(texts, Lexicon.GOAL_ADJUSTED));
        return end;
    }

    private String textOf(List<String> texts, String label) {
        int at = order.indexOf(label);
        return at < 0 ? null : texts.get(at);
    }

    private boolean isIgnored(int k) {
        Hit<String> label = t.labelAt(k, s.lex.goal, false);
        return label != null && label.value().equals(Lexicon.GOAL_IGNORED);
    }

    /** The indicator table may follow with no 绩效指标 anchor (a 一级指标 header or a 一级 name). */
    private boolean opensTable(int k) {
        return t.labelAt(k, s.lex.indicatorColumn, false) != null && t.get(k).key().length() <= 12
                || t.labelAt(k, s.lex.level1, false) != null && t.get(k).key().length() <= 12
                || opensFundsHeader(k);
    }

    /**
     * Two funds column labels in a row (年初预算 | 调整后预算数): the funds table's header, its 预算执行情况 label lost or
     * printed beside a later row (OCR text of a merged cell), not goal text.
     */
    private boolean opensFundsHeader(int k) {
        Hit<Object> first = t.labelAt(k, s.lex.fundColumn, false);
        if (first == null || t.get(k).key().length() > 12 || first.next() >= t.size()) {
            return false;
        }
        int next = first.next();
        return t.get(next).key().length() <= 12 && t.labelAt(next, s.lex.fundColumn, false) != null;
    }

    private Goal split(List<Cell> cells, perfaudit.model.SourceLocation at) {
        List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.isEmpty()) {
            return new Goal(at, null, null);
        }
        if (filled.stream().allMatch(c -> c.column() >= 0) && s.grid) {
            return byColumn(filled, at);
        }
        List<List<Cell>> texts = GoalCells.marked(cells);
        if (texts.size() >= 2) {
            String expected = GoalCells.join(texts.get(0));
            List<Cell> rest = new ArrayList<>();
            texts.subList(1, texts.size()).forEach(rest::addAll);
            return new Goal(at, expected, GoalCells.join(rest));
        }
        List<List<Cell>> paragraphs = GoalCells.paragraphs(cells);
        boolean cellPerLine = cells.stream().noneMatch(c -> c.gap() == Cell.Gap.SPACE);
        if (expectedLabel && actualLabel && paragraphs.size() == 2 && cellPerLine
                && paragraphs.stream().allMatch(p -> p.size() == 1)) {
            // 预期目标 / 实际完成情况 printed before both texts, one cell per line (flattened pages): a blank
            // line parts the two cells. Not in PDF text, whose lines hold both columns side by side and whose
            // 预期目标 may run over several lines and a page break (byWrap reads it)
            return new Goal(at, GoalCells.join(paragraphs.get(0)), GoalCells.join(paragraphs.get(1)));
        }
        if (expectedLabel && actualLabel && filled.size() >= 2 && GoalCells.oneLine(filled)) {
            return null; // both texts side by side on the one line, cut only by spaces: no line wraps to read by
        }
        Goal sideBySide = expectedLabel && actualLabel ? sideBySide(filled, at) : null;
        return sideBySide != null ? sideBySide : GoalWraps.byWrap(filled, at);
    }

    /**
     * PDF text of the two columns side by side, each line holding one line of each: the 预期目标 and 实际完成情况
     * labels printed, two lines or more, and every line cut by exactly one space into two pieces. The left
     * pieces are the 预期目标, the right ones the 实际完成情况, each in line order (read by wraps, the first
     * text took the second's lines up to its first short line). A line of one piece or of three could belong to
     * either column: then this is no reading. Noted, for a check against the original.
     */
    private Goal sideBySide(List<Cell> filled, perfaudit.model.SourceLocation at) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        int lines = 0;
        int pieces = 0;
        for (int i = 0; i < filled.size(); i++) {
            Cell.Gap gap = filled.get(i).gap();
            boolean newLine = i == 0 || gap == Cell.Gap.LINE || gap == Cell.Gap.BLANK || gap == Cell.Gap.BREAK
                    || gap == Cell.Gap.ROW;
            if (newLine) {
                if (i > 0 && pieces != 2) {
                    return null;
                }
                lines++;
                pieces = 1;
            } else if (gap == Cell.Gap.SPACE || gap == Cell.Gap.CELL) {
                pieces++;
            }
            if (pieces > 2) {
                return null;
            }
            (pieces == 1 ? left : right).append(filled.get(i).text().strip());
        }
        if (lines < 2 || pieces != 2) {
            return null;
        }
        Cell first = filled.get(0);
        s.log.note(first.row(), first.location(), first.text(), "预期目标与实际完成情况两栏并排，逐行各取左右两段 — the two"
                + " goal texts printed side by side, each line one line of each: read back as 预期目标 '" + left
                + "' and 实际完成情况 '" + right + "'");
        return new Goal(at, left.toString(), right.toString());
    }

    /**
     * Glued text (no spaces, no cells) under both labels printed side by side (预期目标 实际完成情况, then the two texts):
     * the columns' texts ran together with nothing between them, which no line wrap or space can part.
     */
    private boolean gluedSideBySide(List<Cell> cells) {
        List<Cell> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        // a space or a line between pieces may part the texts (a text printed with its spaces after glued forms): read on
        return t.glued && !s.grid && expectedLabel && actualLabel && !filled.isEmpty()
                && filled.stream().skip(1).allMatch(c -> c.gap() == Cell.Gap.NONE);
    }

    private Goal byColumn(List<Cell> cells, perfaudit.model.SourceLocation at) {
        if (cells.size() >= 2) {
            return new Goal(at, cells.get(0).text().strip(), GoalCells.join(cells.subList(1, cells.size())));
        }
        Cell only = cells.get(0);
        boolean nearerActual = actualColumn >= 0
                && Math.abs(only.column() - actualColumn) < Math.abs(only.column() - expectedColumn);
        return nearerActual ? new Goal(at, null, only.text().strip()) : new Goal(at, only.text().strip(), null);
    }
}
