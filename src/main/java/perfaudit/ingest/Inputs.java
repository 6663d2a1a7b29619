package perfaudit.ingest;

import perfaudit.ingest.grammar.vocabulary.Vocabulary;
import perfaudit.ingest.html.HtmlReader;
import perfaudit.ingest.office.DocReader;
import perfaudit.ingest.office.DocxReader;
import perfaudit.ingest.office.OdtReader;
import perfaudit.ingest.office.SpreadsheetReader;
import perfaudit.ingest.pdf.PdfReader;
import perfaudit.ingest.text.TextReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import perfaudit.model.Document;
import perfaudit.model.ParseProblem;
import perfaudit.model.SourceLocation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the input files under the paths a run was given and reads each with the reader its
 * content calls for. A file that cannot be read becomes a Document with a problem, never an exception.
 */
public final class Inputs {

    private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);

    private Inputs() {
    }

    /** The files under {@code paths}, as {@link InputWalk} finds them (no reports folder to leave out besides those it recognises). */
    public static List<Path> collect(List<Path> paths) throws IOException {
        return collect(paths, new ArrayList<>());
    }

    /** As {@link #collect(List)}, adding to {@code skippedByName} the files left out by name, for the log. */
    public static List<Path> collect(List<Path> paths, List<Path> skippedByName) throws IOException {
        InputWalk walk = InputWalk.of(paths, List.of());
        skippedByName.addAll(walk.skippedByName());
        return walk.files();
    }

    /** Reads one file with the default limits; every failure is reported inside the returned Document. */
    public static Document read(Path file, String displayName) {
        return read(file, displayName, Limits.DEFAULT);
    }

    /** Reads one file; every failure, and every limit it exceeds, is reported inside the returned Document. */
    public static Document read(Path file, String displayName, Limits limits) {
        return read(file, displayName, limits, Vocabulary.standard());
    }

    /** As {@link #read(Path, String, Limits)}, recognising forms with {@code vocabulary} (the run's forms.yaml). */
    public static Document read(Path file, String displayName, Limits limits, Vocabulary vocabulary) {
        byte[] bytes;
        try {
            String refused = refusal(file, limits);
            if (refused != null) {
                return Document.unreadable(displayName, "unknown", refused);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Document.unreadable(displayName, "unknown", "无法读取文件 — cannot read file: " + e);
        }
        return read(bytes, file, displayName, limits, vocabulary);
    }

    /**
     * Reads one input whose bytes are already in memory (a distributed run ships them), reported under
     * {@code displayName}; every failure, and every limit it exceeds, is reported inside the Document.
     */
    public static Document read(byte[] bytes, String displayName, Limits limits) {
        return read(bytes, null, displayName, limits, Vocabulary.standard());
    }

    /** As {@link #read(byte[], String, Limits)}, recognising forms with {@code vocabulary}. */
    public static Document read(byte[] bytes, String displayName, Limits limits, Vocabulary vocabulary) {
        return read(bytes, null, displayName, limits, vocabulary);
    }

    static Document read(byte[] bytes, Path file, String displayName, Limits limits) {
        return read(bytes, file, displayName, limits, Vocabulary.standard());
    }

    /** Reads a file's bytes, already in memory: the reader choice and the content limits. */
    static Document read(byte[] bytes, Path file, String displayName, Limits limits, Vocabulary vocabulary) {
        if (bytes.length == 0) {
            return Document.unreadable(displayName, "unknown", "文件为空（0 字节） — file is empty (0 bytes)");
        }
        if (bytes.length > limits.maxFileBytes()) {
            // grew between the size check and the read
            return Document.unreadable(displayName, "unknown", tooLarge(bytes.length, limits));
        }
        InputFormat format = InputFormat.detect(bytes);
        LOG.debug("{}: content is {}", displayName, format.label);
        InputFile input = new InputFile(file, displayName, bytes, vocabulary);
        try {
            return saysWhyNoForm(switch (format) {
                case TEXT -> new TextReader(limits).read(input);
                case HTML -> new HtmlReader().read(input);
                case XLSX, XLS, EXCEL_XML, ODS -> new SpreadsheetReader(format).read(input);
                case ODT -> new OdtReader().read(input);
                case OTHER_ODF -> Document.unreadable(displayName, format.label,
                        "OpenDocument 文件，但既不是表格（.ods）也不是文本（.odt），请将表单存为 .xlsx 或 .docx — OpenDocument file"
                        + " that is neither a spreadsheet (.ods) nor a text (.odt): save the form as .xlsx or .docx");
                case WORD_XML -> Document.unreadable(displayName, format.label,
                        "Word 2003 XML 文档（常被存为 .doc 或 .xml），请用 Word 或 LibreOffice 另存为 .docx — Word 2003 XML document"
                        + " (often named .doc or .xml): open it in Word or LibreOffice and save it as .docx");
                case DOCX -> new DocxReader().read(input);
                case DOC -> new DocReader().read(input);
                case PDF -> new PdfReader().read(input);
                case ENCRYPTED_OFFICE -> Document.unreadable(displayName, format.label,
                        "文件设有密码（已加密），请去除密码后重新提交 — password-protected (encrypted) Office file: remove the password and submit it again");
                case RTF -> Document.unreadable(displayName, format.label,
                        "RTF 文档（常被存为 .doc），请用 Word 或 LibreOffice 另存为 .docx — RTF document (often saved as .doc): open it in Word or LibreOffice and save it as .docx");
                case IMAGE -> Document.unreadable(displayName, format.label,
                        "图片文件（表单的扫描件或照片？），没有可读取的文字，请提交原始 xlsx、docx 或 PDF — image file (a scan or photo of a form?): it has no text to read; submit the original xlsx, docx or PDF");
                case OTHER_ZIP -> Document.unreadable(displayName, format.label, zipArchive(bytes));
                case ARCHIVE -> Document.unreadable(displayName, format.label,
                        "压缩包（RAR、7z、gz 等），本工具不读取压缩包里的文件，请解压后审计解压出的文件 — an archive (RAR, 7z, gz…):"
                        + " files inside an archive are not read; unpack it and audit the files it holds");
                case OTHER_OLE -> Document.unreadable(displayName, format.label,
                        "既不是 Excel 工作簿也不是 Word 文档的旧版 Office 文件（或已损坏） — old-style Office file that is neither an Excel workbook nor a Word document (or is damaged)");
                case BINARY -> Document.unreadable(displayName, format.label,
                        "未知类型的二进制文件，不是本工具能读取的表单 — binary file of an unknown kind: not a form this tool can read"
                        + (InputFormat.looksLikeUtf16WithoutBom(bytes) ? "（看似没有字节顺序标记的 UTF-16 文本，请带 BOM 保存"
                        + " — it looks like UTF-16 text, and a UTF-16 text needs its byte-order mark）" : ""));
            });
        } catch (RuntimeException | StackOverflowError e) {
            // Readers report bad content themselves; this is the last guard against a reader bug.
            LOG.warn("{}: {} reader failed", displayName, format.label, e);
            return Document.unreadable(displayName, format.label, "读取出错 — " + format.label + " reader failed: " + e);
        }
    }

    /** Names of the files a ZIP archive holds, said when it is refused, so the auditor knows what to unpack. */
    private static final int ZIP_NAMES_SAID = 5;

    /** Why a ZIP that is no office package is not read: what it holds, or that it is damaged. */
    private static String zipArchive(byte[] bytes) {
        List<String> names = InputFormat.zipEntryNames(bytes, ZIP_NAMES_SAID + 1);
        if (names.isEmpty()) {
            return "不是 xlsx 或 docx 的 ZIP 压缩包（或已损坏），请将表单存为 .xlsx 或 .docx — ZIP archive that is not an xlsx or"
                    + " docx (or is damaged): save the form as .xlsx or .docx";
        }
        String said = String.join("、", names.subList(0, Math.min(names.size(), ZIP_NAMES_SAID)))
                + (names.size() > ZIP_NAMES_SAID ? " …" : "");
        return "ZIP 压缩包，内有文件：" + said + "；本工具不读取压缩包里的文件，请解压后审计解压出的文件 — a ZIP archive holding files"
                + " (named before): files inside an archive are not read; unpack it and audit the files it holds";
    }

    /** A document that gave no form and no problem would vanish from the audit without a word. */
    private static Document saysWhyNoForm(Document document) {
        if (!document.forms().isEmpty() || !document.problems().isEmpty()) {
            return document;
        }
        return new Document(document.file(), document.layout(), document.title(), document.projectList(), List.of(),
                List.of(new ParseProblem(SourceLocation.ofFile(document.file()), null,
                        NoForm.REASON)));
    }

    /** Why a path is not read at all, or null: links, special files, folders, files over the size limit. */
    private static String refusal(Path file, Limits limits) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
            return "符号链接，未跟随读取（如需审计，请直接指定其目标） — symbolic link to '" + Files.readSymbolicLink(file)
                    + "', not followed: links inside an input folder are never read, so none can lead outside it"
                    + " (name the target itself to audit it)";
        }
        if (attrs.isDirectory()) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(file)) {
                return "文件夹无法遍历 — folder could not be walked";
            } catch (IOException e) {
                return "无法列出文件夹 — cannot list folder: " + e;
            }
        }
        if (!attrs.isRegularFile()) {
            return "不是普通文件（管道、套接字或设备），未读取 — not a regular file (a pipe, socket or device): not read";
        }
        return attrs.size() > limits.maxFileBytes() ? tooLarge(attrs.size(), limits) : null;
    }

    /** An input whose size, known before reading (a remote file), is over the limit: not read. */
    public static Document tooLarge(String displayName, long bytes, Limits limits) {
        return Document.unreadable(displayName, "unknown", tooLarge(bytes, limits));
    }

    private static String tooLarge(long bytes, Limits limits) {
        return String.format(Locale.ROOT, "文件 %.1f MB，超过 %s 的上限（--max-file-mb），未读取"
                + " — file is %.1f MB, larger than the limit of %s (--max-file-mb): not read",
                bytes / (double) Limits.MB, Limits.size(limits.maxFileBytes()), bytes / (double) Limits.MB,
                Limits.size(limits.maxFileBytes()));
    }
}
