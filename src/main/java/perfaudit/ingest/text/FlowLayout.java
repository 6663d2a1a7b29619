package perfaudit.ingest.text;

import perfaudit.ingest.grammar.FormBuilder;
import perfaudit.ingest.grammar.Numbers;
import perfaudit.ingest.grammar.ProblemLog;

import perfaudit.model.CodedName;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.FundColumn;
import perfaudit.model.FundLine;
import perfaudit.model.Funds;
import perfaudit.model.ProjectListEntry;
import perfaudit.model.Terms;
import perfaudit.model.Total;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text extracted from a PDF: one cell per line (or several on a line, space-separated), words and
 * cells broken over lines, 一级指标 one character per line, page breaks mid-table. The form is read
 * section by section, each section found by its (possibly broken) label.
 */
public final class FlowLayout {

    public static final String NAME = "flow";
    private static final Pattern YEAR = Pattern.compile("[(（]\\s*(\\d{4})\\s*年度?\\s*[)）]");
    private static final Pattern LIST_ENTRY = Pattern.compile("^(\\d{1,4})\\s+(.+)$");
    /** A line holding nothing but the form's year, such as {@code （2024 年度）}, after squeezing. */
    private static final Pattern YEAR_LINE = Pattern.compile("[(（]\\d{4}年度?[)）]");
    private static final int MAX_LABEL_LINES = 6;

    private final ProblemLog log;
    private final List<ProjectListEntry> projectList = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();
    private String title;

    private FlowLayout(ProblemLog log) {
        this.log = log;
    }

    public static Document read(String file, DecodedText text) {
        ProblemLog log = new ProblemLog(file);
        text.reportDamage(log);
        return read(file, NAME, text.lines(), log);
    }

    /**
     * Reads lines that come from elsewhere than a text file (a PDF page's lines): {@code log}
     * locates them, {@code layout} names the input in the Document.
     */
    public static Document read(String file, String layoutName, List<TextLine> textLines, ProblemLog log) {
        FlowLayout layout = new FlowLayout(log);
        List<FlowLine> lines = nonBlank(textLines);
        List<Integer> starts = formStarts(lines);
        layout.readPreamble(lines.subList(0, starts.isEmpty() ? lines.size() : starts.get(0)));
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
            layout.readForm(new Cursor(lines.subList(starts.get(i), end)));
        }
        return new Document(file, layoutName, layout.title, layout.projectList, layout.forms, log.finish(textLines));
    }

    private static List<FlowLine> nonBlank(List<TextLine> lines) {
        List<FlowLine> result = new ArrayList<>();
        int blanks = 0;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                blanks++;
            } else {
                result.add(new FlowLine(line, blanks >= 2 && !result.isEmpty()));
                blanks = 0;
            }
        }
        return result;
    }

    /**
     * A form starts at its title. When the title is missing: at its year line (one followed by
     * 项目名称 or 主管部门, so that a year in the document's heading starts nothing), else at its
     * 项目名称 line, else at a 主管部门 line that is the second since the last start.
     */
    private static List<Integer> formStarts(List<FlowLine> lines) {
        List<Integer> starts = new ArrayList<>();
        int lastStart = -100;
        boolean department = false;
        for (int i = 0; i < lines.size(); i++) {
            String squeezed = Terms.squeeze(lines.get(i).text());
            boolean departmentLine = squeezed.startsWith(Terms.DEPARTMENT);
            boolean untitled = i - lastStart > 3 && (isProjectNameLine(squeezed)
                    || YEAR_LINE.matcher(squeezed).matches() && i + 1 < lines.size()
                    && isHeaderLine(Terms.squeeze(lines.get(i + 1).text())));
            if (squeezed.equals(Terms.FORM_TITLE) || untitled || departmentLine && department) {
                starts.add(i);
                lastStart = i;
                department = false;
            }
            department |= departmentLine;
        }
        return starts;
    }

    private static boolean isProjectNameLine(String squeezed) {
        return squeezed.startsWith(Terms.PROJECT_NAME) && !isListHeader(squeezed);
    }

    private static boolean isHeaderLine(String squeezed) {
        return isProjectNameLine(squeezed) || squeezed.startsWith(Terms.DEPARTMENT);
    }

    private static boolean isListHeader(String squeezed) {
        return squeezed.startsWith(Terms.LIST_HEADER_SEQ) || squeezed.startsWith(Terms.PROJECT_NAME + Terms.NOTE);
    }

    private void readPreamble(List<FlowLine> lines) {
        StringBuilder heading = new StringBuilder();
        boolean inList = false;
        for (FlowLine line : lines) {
            String squeezed = Terms.squeeze(line.text());
            Matcher entry = LIST_ENTRY.matcher(line.text());
            if (squeezed.startsWith(Terms.LIST_HEADER_SEQ) && squeezed.contains(Terms.PROJECT_NAME)) {
                inList = true;
                log.use(line.line());
            } else if (inList && entry.matches()) {
                projectList.add(new ProjectListEntry(log.locate(line.number()),
                        Integer.parseInt(entry.group(1)), entry.group(2).strip(), null));
                log.use(line.line());
            } else if (!inList) {
                heading.append(heading.isEmpty() ? "" : " ").append(line.text());
                log.use(line.line());
            }
        }
        title = heading.isEmpty() ? null : heading.toString();
    }

    private void readForm(Cursor cursor) {
        FormBuilder form = new FormBuilder(log.locate(cursor.peek().number()));
        if (Terms.squeeze(cursor.peek().text()).equals(Terms.FORM_TITLE)) {
            log.use(cursor.next().line());
        } else {
            log.report(cursor.peek().number(), cursor.peek().text(), "form has no title 项目支出绩效自评表");
        }
        try {
            readHeader(cursor, form);
            readFunds(cursor, form);
            form.goal = new GoalSection(log).read(cursor);
            new IndicatorSection(log).read(cursor, form);
            readTotal(cursor, form);
        } catch (SectionMissing missing) {
            log.report(missing.line, missing.text, missing.getMessage());
        }
        forms.add(form.build());
    }

    private void readHeader(Cursor cursor, FormBuilder form) {
        if (cursor.hasNext()) {
            Matcher year = YEAR.matcher(cursor.peek().text());
            if (year.find()) {
                form.year = Integer.parseInt(year.group(1));
                log.use(cursor.next().line());
            }
        }
        form.projectName = cursor.valueAfterLabel(Terms.PROJECT_NAME, log,
                Terms.DEPARTMENT, Terms.IMPLEMENTING_UNIT, Terms.FUNDS_HEADER);
        form.department = CodedName.parse(cursor.valueAfterLabel(Terms.DEPARTMENT, log,
                Terms.IMPLEMENTING_UNIT, Terms.FUNDS_HEADER));
        form.implementingUnit = CodedName.parse(cursor.valueAfterLabel(Terms.IMPLEMENTING_UNIT, log,
                Terms.FUNDS_HEADER));
    }

    private void readFunds(Cursor cursor, FormBuilder form) {
        if (!cursor.hasNext() || !Terms.squeeze(cursor.peek().text()).startsWith(Terms.FUNDS_HEADER)) {
            throw cursor.missing("项目资金 table not found");
        }
        for (int i = 0; cursor.hasNext() && i < 20; i++) {
            FlowLine line = cursor.next();
            log.use(line.line());
            if (Terms.squeeze(line.text()).endsWith("得分")) {
                break;
            }
        }
        for (int row = 0; row < FundLine.values().length && cursor.hasNext(); row++) {
            if (!readFundRow(cursor, form)) {
                break;
            }
        }
    }

    /** A fund row: its label over one to four lines, then its values over one or more lines. */
    private boolean readFundRow(Cursor cursor, FormBuilder form) {
        List<FlowLine> labelLines = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        Optional<FundLine> fundLine = Optional.empty();
        while (cursor.hasNext() && labelLines.size() < 4 && fundLine.isEmpty()) {
            if (FundTokens.startsWithValue(cursor.peek().text())) {
                break;
            }
            FlowLine line = cursor.next();
            labelLines.add(line);
            label.append(line.text());
            fundLine = Terms.fundLine(label.toString());
        }
        if (fundLine.isEmpty()) {
            cursor.back(labelLines.size());
            return false;
        }
        labelLines.forEach(l -> log.use(l.line()));
        StringBuilder values = new StringBuilder();
        FlowLine first = null;
        while (cursor.hasNext() && FundTokens.startsWithValue(cursor.peek().text())) {
            FlowLine line = cursor.next();
            first = first == null ? line : first;
            log.use(line.line());
            values.append(' ').append(line.text());
        }
        List<String> tokens = FundTokens.split(values.toString());
        int lineNumber = first == null ? labelLines.get(0).number() : first.number();
        form.funds.put(fundLine.get(), funds(lineNumber, fundLine.get(), tokens));
        return true;
    }

    private Funds funds(int lineNumber, FundLine fundLine, List<String> tokens) {
        BigDecimal[] values = new BigDecimal[FundColumn.values().length];
        if (tokens.size() > values.length) {
            log.report(lineNumber, String.join(" ", tokens), Terms.FUND_LINE_NAMES.get(fundLine)
                    + " has " + tokens.size() + " values; expected at most " + values.length);
        }
        for (int i = 0; i < Math.min(tokens.size(), values.length); i++) {
            try {
                values[i] = Numbers.parse(tokens.get(i));
            } catch (NumberFormatException e) {
                log.report(lineNumber, tokens.get(i), Terms.FUND_LINE_NAMES.get(fundLine) + " "
                        + Terms.FUND_COLUMN_NAMES.get(FundColumn.values()[i]) + ": " + e.getMessage());
            }
        }
        return Funds.of(log.locate(lineNumber), values);
    }

    private void readTotal(Cursor cursor, FormBuilder form) {
        if (!cursor.hasNext() || !Terms.squeeze(cursor.peek().text()).startsWith(Terms.TOTAL)) {
            throw cursor.missing("总分 row not found");
        }
        FlowLine line = cursor.next();
        log.use(line.line());
        List<String> values = FundTokens.split(line.text().strip().substring(Terms.TOTAL.length()));
        try {
            form.total = new Total(log.locate(line.number()),
                    values.size() > 0 ? Numbers.parse(values.get(0)) : null,
                    values.size() > 1 ? Numbers.parse(values.get(1)) : null);
        } catch (NumberFormatException e) {
            log.report(line.line(), "总分: " + e.getMessage());
        }
    }

    /** Thrown when a section's label cannot be found; the form keeps what was read before it. */
    static final class SectionMissing extends RuntimeException {
        final int line;
        final String text;

        SectionMissing(String message, int line, String text) {
            super(message);
            this.line = line;
            this.text = text;
        }
    }

    /** A position in a form's lines. */
    static final class Cursor {
        private final List<FlowLine> lines;
        private int position;

        Cursor(List<FlowLine> lines) {
            this.lines = lines;
        }

        boolean hasNext() {
            return position < lines.size();
        }

        FlowLine peek() {
            return lines.get(position);
        }

        FlowLine peek(int ahead) {
            return position + ahead < lines.size() ? lines.get(position + ahead) : null;
        }

        FlowLine next() {
            return lines.get(position++);
        }

        void back(int count) {
            position -= count;
        }

        SectionMissing missing(String message) {
            FlowLine at = hasNext() ? peek() : lines.get(lines.size() - 1);
            return new SectionMissing(message, at.number(), at.text());
        }

        /**
         * How many lines, from here, spell {@code label} (it may be broken over lines); 0 when they
         * do not. A line may carry text after the label: see {@link #valueAfterLabel}.
         */
        int labelLength(String label) {
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < MAX_LABEL_LINES && position + k < lines.size(); k++) {
                joined.append(Terms.squeeze(lines.get(position + k).text()));
                if (joined.toString().startsWith(label)) {
                    return k + 1;
                }
                if (!label.startsWith(joined.toString())) {
                    return 0;
                }
            }
            return 0;
        }

        /**
         * Reads {@code label} and the value after it: the rest of the label's last line and every
         * line up to the next of the labels {@code until}. Lines of one value join with no separator.
         * A missing (deleted or garbled) label is reported and read as no value; the reader moves on
         * to the next label when one is near, so the rest of the form is still read.
         */
        String valueAfterLabel(String label, ProblemLog log, String... until) {
            int length = labelLength(label);
            if (length == 0) {
                FlowLine at = hasNext() ? peek() : lines.get(lines.size() - 1);
                log.report(at.number(), at.text(), label + " not found (expected at this line)");
                int start = position;
                for (int k = 0; k < MAX_LABEL_LINES && hasNext(); k++) {
                    if (Arrays.stream(until).anyMatch(other -> labelLength(other) > 0)) {
                        return null;   // lines skipped on the way are reported as not recognised
                    }
                    next();
                }
                position = start;
                return null;
            }
            StringBuilder value = new StringBuilder();
            FlowLine last = null;
            for (int k = 0; k < length; k++) {
                last = next();
                log.use(last.line());
            }
            value.append(restAfterLabel(last.text(), label));
            while (hasNext() && Arrays.stream(until).allMatch(other -> labelLength(other) == 0)) {
                FlowLine line = next();
                log.use(line.line());
                value.append(line.text());
            }
            String text = value.toString().strip();
            return text.isEmpty() ? null : text;
        }

        /** The text of a line after the part that completes {@code label} (whitespace inside the label ignored). */
        private static String restAfterLabel(String line, String label) {
            String lastChar = label.substring(label.length() - 1);
            int at = line.indexOf(lastChar);
            while (at >= 0) {
                String before = Terms.squeeze(line.substring(0, at + 1));
                if (label.endsWith(before)) {
                    return line.substring(at + 1).strip();
                }
                at = line.indexOf(lastChar, at + 1);
            }
            return "";
        }
    }
}
