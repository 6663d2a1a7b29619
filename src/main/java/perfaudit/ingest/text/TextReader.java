package perfaudit.ingest.text;

import perfaudit.ingest.DocumentReader;
import perfaudit.ingest.InputFile;
import perfaudit.ingest.Limits;
import perfaudit.ingest.NoForm;

import perfaudit.ingest.grammar.Cell;
import perfaudit.ingest.grammar.FormGrammar;
import perfaudit.ingest.grammar.rows.ProblemLog;
import perfaudit.text.TextFold;
import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.model.Document;
import perfaudit.model.Form;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads text: a tab-separated export, a CSV export, "|" tables, PDF or web text (cells one per line, rows split by
 * spaces, a whole form on one line). The text is decoded, stripped of document-site page markers,
 * and handed to the form grammar as cells.
 */
public final class TextReader implements DocumentReader {

    /** Document-sharing sites wrap a document's text in these words and number its pages "1、", "2、". */
    private static final Pattern SITE_WRAPPER = Pattern.compile("由会员(上传)?分享|请在.{1,12}上搜索|下载本文档|由用户提供并上传|文档简介|资源描述|文本内容[:：]");
    private static final int WRAPPER_LINES = 40;
    /** The first character of each of {@link #SITE_WRAPPER}'s alternatives. */
    private static final String WRAPPER_FIRST = "由请下文资";
    /**
     * A PDF page's number as its text gives it, a line of its own: 第 1 页 共 2 页, 第1页/共3页, 共3页第1页, Page 2 of 5,
     * - 2 -. No cell of a form reads so; a bare figure or "1/3" might be one, and is kept.
     */
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "(?i)page ?\\d+( ?of ?\\d+)?|第 ?\\d+ ?页( ?[,，/、]? ?共 ?\\d+ ?页)?|共 ?\\d+ ?页 ?[,，/、]? ?第 ?\\d+ ?页|[-—–] ?\\d+ ?[-—–]");
    /**
     * A page's full number (第 N 页 共 M 页, 共 M 页 第 N 页, Page N of M) ending or opening a long line, parted from the
     * line's text by a space: text flattened one line a page (PDF or docx text) prints its footer at the line's end.
     * Only the two-part form is taken: no cell reads so, while "第 1 页" alone or a bare figure may be a cell's words.
     */
    private static final Pattern PAGE_NUMBER_EDGE = Pattern.compile(
            "(?i)(?:^|(?<=\\s))(?:第 ?\\d+ ?页 ?[,，/、]? ?共 ?\\d+ ?页|共 ?\\d+ ?页 ?[,，/、]? ?第 ?\\d+ ?页|page ?\\d+ ?of ?\\d+)(?=\\s|$)");
    /**
     * A document site's page furniture, interleaved with the text it shows when the text is copied from the site: its
     * banner (道客巴巴 www.doc88.com), the uploader's line (本文档由 … 上传), its download buttons (下载文档原格式, 下载积分).
     * No cell of a form says so; a line holding one is the site's, not the form's.
     */
    private static final Pattern SITE_FURNITURE = Pattern.compile("(?i)www\\.(?:doc88|docin|book118|renrendoc|taodocs|wenkunet|mayiwenku)\\.(?:com|net|cn)"
            + "|wenku\\.baidu\\.com|本文档由.{1,60}上传|下载文档原格式|下载积分|文档贡献者");
    /** The longest line taken for furniture: a page flattened to one line may end in the banner, and keeps its text. */
    private static final int FURNITURE_LINE = 160;
    /** A site's page number at a line's start, in ASCII or full-width digits (２、), as the page was typed. */
    private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*[0-9０-９]{1,2}、");
    /**
     * The site's sentence about the file it shows, on a line of its own above the text: 《name.docx》由会员分享,可在线阅读,
     * 更多相关《…》请在文库网上搜索。 It ends at its 。 or the line's end; whatever follows on the line is kept.
     */
    private static final Pattern SHARE_SENTENCE = Pattern.compile("^\\s*《[^》]{1,120}》由会员(上传)?分享[^。]*。?");
    /** What a file without any form gets said about it. */


    private final Limits limits;

    public TextReader() {
        this(Limits.DEFAULT);
    }

    public TextReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Document read(InputFile input) {
        long newlines = byteNewlines(input.bytes());
        if (newlines > limits.maxLines()) {
            return tooManyLines(input, newlines);
        }
        DecodedText text = DecodedText.decode(input.bytes());
        if (text.lines().size() > limits.maxLines()) {
            return tooManyLines(input, text.lines().size());
        }
        text = text.withoutLinesLongerThan(limits.maxLineChars());
        if (text.withheldLines().isEmpty() && text.lines().stream().allMatch(TextLine::isBlank)) {
            return Document.unreadable(input.name(), "text", "文件为空或只有空白 — file is empty or holds only white space");
        }
        Document document = read(input.name(), text, input.vocabulary());
        return document.forms().isEmpty() ? NoForm.explained(document, NoForm.Holdings.NOTHING_KNOWN) : withFormsWithoutIndicatorsReported(document);
    }

    private Document read(String file, DecodedText raw, Vocabulary vocabulary) {
        DecodedText text = raw.withLines(WebLeftovers.decoded(MarkdownTable.plain(raw.lines())));
        if (CsvLayout.recognises(text.lines(), vocabulary)) {
            return CsvLayout.read(file, withoutLeadingComments(text), vocabulary);
        }
        ProblemLog log = new ProblemLog(file);
        // a glued copy keeps the site's page markers: it is found before they are dropped
        List<TextLine> lines = withoutSiteFurniture(withoutPageNumberLines(withAsciiBars(withoutPageMarkers(
                GluedCopy.withoutCopies(withoutLeadingComments(text.lines()), log)))));
        TextCells.Serialisation serialisation = TextCells.detect(lines, vocabulary);
        if (serialisation == TextCells.Serialisation.PIPE) {
            lines = WrappedPipeRows.joined(lines, log);
        }
        if (serialisation == TextCells.Serialisation.TABBED) {
            // the collector's "#" lines are no part of the page in a tabbed text either
            return TabbedLayout.read(file, withoutLeadingComments(text), vocabulary);
        }
        text.reportDamage(log);
        List<Cell> cells = serialisation == TextCells.Serialisation.PIPE ? TextCells.pipe(file, lines) : TextCells.flow(file, lines);
        String layout = serialisation == TextCells.Serialisation.PIPE ? "pipe" : "flow";
        // a line of bare "|" holds no text: it is an empty cell or a row's end, never an unread line
        List<TextLine> rows = serialisation == TextCells.Serialisation.PIPE ? TextCells.withoutBarePipes(lines) : lines;
        return FormGrammar.readCells(file, layout, List.of(cells), rows, log, vocabulary);
    }

    /** The lines with a document site's furniture (see {@link #SITE_FURNITURE}) blanked, wherever they stand. */
    static List<TextLine> withoutSiteFurniture(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            if (text.length() > FURNITURE_LINE || text.indexOf('w') < 0 && text.indexOf('本') < 0 && text.indexOf('下') < 0
                    && text.indexOf('贡') < 0 || !SITE_FURNITURE.matcher(text).find()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TextLine(line.number(), ""));
        }
        return out == null ? lines : out;
    }

    /** The lines with those holding only a page's number blanked: the page's footer or header, not a cell. */
    private static List<TextLine> withoutPageNumberLines(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            // measured without its indentation: a PDF's footer is often centred with spaces
            if (line.text().strip().length() <= 30 && !line.isBlank() && isPageNumberLine(line.text())) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, new TextLine(line.number(), ""));
            } else if (line.text().indexOf('页') >= 0 || line.text().indexOf('f') >= 0) {
                String kept = withoutPageNumberAtEdges(line.text());
                if (kept != null) {
                    if (out == null) {
                        out = new ArrayList<>(lines);
                    }
                    out.set(i, new TextLine(line.number(), kept));
                }
            }
        }
        return out == null ? lines : out;
    }

    /**
     * The line without the page number ending or opening it (a flattened page's footer or header, see
     * {@link #PAGE_NUMBER_EDGE}), or null where it holds none there. A number inside the line is left alone.
     */
    static String withoutPageNumberAtEdges(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        if (folded.length() != text.length()) {
            return null; // the fold moved the characters: no offsets to cut the line by
        }
        String stripped = folded.strip();
        int lead = folded.indexOf(stripped);
        java.util.regex.Matcher m = PAGE_NUMBER_EDGE.matcher(stripped);
        int from = -1;
        int to = -1;
        while (m.find()) {
            if (m.start() == 0 || m.end() == stripped.length()) {
                from = m.start();
                to = m.end();
                break;
            }
        }
        if (from < 0 || to - from == stripped.length()) {
            return null; // none at an edge, or the whole line: a page-number line, taken above
        }
        return text.substring(0, lead + from) + text.substring(lead + to);
    }

    private static boolean isPageNumberLine(String text) {
        if (!mayBePageNumber(text)) {
            return false; // most short lines start otherwise: spared the folding and the pattern
        }
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return folded.length() <= 20 && PAGE_NUMBER_LINE.matcher(folded).matches();
    }

    /** What a page-number line starts with (before its NFKC folding): 第, 共, the p of "page", a dash. */
    private static final String PAGE_NUMBER_STARTS = "第共pPｐＰ-—–－﹣﹘";

    /** Whether the line's first printed character may start a page number; most short lines' cannot. */
    private static boolean mayBePageNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return PAGE_NUMBER_STARTS.indexOf(c) >= 0;
            }
        }
        return false;
    }

    /**
     * A page typed or converted to full width separates its cells with ｜ (U+FF5C) as others do with "|": the
     * same "|" rows, so the bar is read as "|". Text cells hold no bar of either width.
     */
    private static List<TextLine> withAsciiBars(List<TextLine> lines) {
        boolean any = false;
        for (int i = 0; i < lines.size() && !any; i++) { // a loop, not a stream: every line of every text file
            any = lines.get(i).text().indexOf('｜') >= 0;
        }
        if (!any) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(line.text().indexOf('｜') < 0 ? line : new TextLine(line.number(), line.text().replace('｜', '|')));
        }
        return out;
    }

    /** The text with its leading "#" lines blanked, and whatever was damaged in them forgotten with them. */
    private static DecodedText withoutLeadingComments(DecodedText text) {
        List<TextLine> lines = withoutLeadingComments(text.lines());
        if (lines == text.lines()) {
            return text;
        }
        java.util.Set<Integer> blanked = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != text.lines().get(i)) {
                blanked.add(lines.get(i).number());
            }
        }
        List<Integer> damaged = text.damagedLines().stream().filter(line -> !blanked.contains(line)).toList();
        java.util.Map<Integer, String> withheld = new java.util.HashMap<>(text.withheldLines());
        withheld.keySet().removeAll(blanked);
        return new DecodedText(text.charset(), lines, damaged, withheld);
    }

    /**
     * Lines starting with "#" before the text (a collector's "# source: …" line, a "# family …" note):
     * what the file is about, not part of the page; they are blanked so no label in them is read.
     */
    private static List<TextLine> withoutLeadingComments(List<TextLine> lines) {
        int k = 0;
        while (k < lines.size() && (lines.get(k).isBlank() || lines.get(k).text().stripLeading().startsWith("#"))) {
            k++;
        }
        if (k == 0) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(i < k ? new TextLine(lines.get(i).number(), "") : lines.get(i));
        }
        return out;
    }

    /**
     * A document-sharing site numbers the pages of the text it shows ("1、…", "2、…"). The marker is
     * dropped; the page's first line stays a line of its own, since a page may end inside a word
     * ("城市管理" / "精细化") or between two cells ("否" / "政府采购执行率"): the grammar joins or parts
     * the two lines as it does any wrapped line.
     */
    private static List<TextLine> withoutPageMarkers(List<TextLine> lines) {
        // the wrapper's words come before the document's text: the first lines tell
        if (!anyWrapperLine(lines)) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            java.util.regex.Matcher marker = PAGE_MARKER.matcher(line.text());
            TextLine kept = marker.find() ? new TextLine(line.number(), line.text().substring(marker.end())) : line;
            out.add(withoutShareSentence(kept));
        }
        return out;
    }

    /**
     * The line without the site's sentence about the file ({@link #SHARE_SENTENCE}): the site's words, not the
     * document's. Kept, its long line would count as the document's text, and a form in "|" rows or lines could
     * be taken for text run together (most of its characters in long cells), which it is not.
     */
    private static TextLine withoutShareSentence(TextLine line) {
        java.util.regex.Matcher sentence = SHARE_SENTENCE.matcher(line.text());
        return sentence.find() ? new TextLine(line.number(), line.text().substring(sentence.end())) : line;
    }

    /**
     * False when no character of {@code line} folds to a first character of the wrapper's words: the
     * line cannot match {@link #SITE_WRAPPER}, and is spared folding and the regex (every file's first
     * lines are asked; folding only drops or maps characters, so it adds none of these).
     */
    /** Whether one of the first {@link #WRAPPER_LINES} lines holds the site's wrapper words (a loop: every text file asks). */
    private static boolean anyWrapperLine(List<TextLine> lines) {
        for (int i = 0; i < lines.size() && i < WRAPPER_LINES; i++) {
            String text = lines.get(i).text();
            if (mayHoldWrapper(text) && SITE_WRAPPER.matcher(TextFold.fold(text)).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldWrapper(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u3000' && WRAPPER_FIRST.indexOf(TextFold.foldChar(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code head}, the first bytes of a file, is a form exported as CSV: records opening with a form's
     * labels (see {@link CsvLayout#recognises}), read with the standard vocabulary.
     */
    public static boolean isFormCsv(byte[] head) {
        return CsvLayout.recognises(DecodedText.decode(head).lines(), Vocabulary.standard());
    }

    private Document tooManyLines(InputFile input, long lines) {
        return Document.unreadable(input.name(), "text", String.format(Locale.ROOT,
                "%,d 行，超过 %,d 行的上限（--max-lines），未读取 — %,d lines, more than the limit of %,d (--max-lines): not read",
                lines, limits.maxLines(), lines, limits.maxLines()));
    }

    /** A form with no 绩效指标 rows was cut off or is not a self-evaluation form: the rules would see it as empty. */
    private static Document withFormsWithoutIndicatorsReported(Document document) {
        List<ParseProblem> problems = new ArrayList<>(document.problems());
        for (Form form : document.forms()) {
            if (form.indicators().isEmpty()) {
                problems.add(new ParseProblem(form.location(), form.projectName(),
                        "表单没有绩效指标行：被截断，或不是自评表？ — form has no 绩效指标 (indicator) rows: cut off, or not a"
                                + " self-evaluation form?"));
            }
        }
        if (problems.size() == document.problems().size()) {
            return document;
        }
        problems.sort(Comparator.comparingInt(p -> p.location().line()));
        return document.withProblems(problems);
    }

    /**
     * Line breaks counted on the bytes, so that a text far over the line limit is refused before it
     * is decoded into millions of lines. In UTF-8 and GB18030 a 0x0A byte is always a line break; in
     * UTF-16 it is not, and those texts are counted after decoding.
     */
    private static long byteNewlines(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return 0;
        }
        long count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }

}
