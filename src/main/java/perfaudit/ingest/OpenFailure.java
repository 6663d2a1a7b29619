package perfaudit.ingest;

import java.io.EOFException;
import java.util.Locale;

/**
 * Why an office file could not be opened, in words an auditor can act on. The libraries say it in
 * their own terms ("DOCTYPE is disallowed when the feature …", "Zip bomb detected!", "Truncated ZIP
 * file"), deep in a chain of wrappers; the common causes are named here, the library's words kept last.
 */
public final class OpenFailure {

    private OpenFailure() {
    }

    /** The reason for a file that {@code what} ("the Word document", "the workbook") could not be opened. */
    public static String reason(String what, Throwable e) {
        String messages = messages(e);
        String lower = messages.toLowerCase(Locale.ROOT);
        if (lower.contains("doctype") || lower.contains("external entit") || lower.contains("entity expansion")) {
            return chinese(what) + "声明了 XML 实体（DOCTYPE），perfaudit 拒绝读取：Word、Excel 保存的文件没有这种声明，请用 Word 或"
                    + " Excel 重新保存 — " + what + " declares XML entities (a DOCTYPE), which perfaudit refuses: files saved by Word or"
                    + " Excel have none, hostile ones (XXE, entity expansion) do; save it again from Word or Excel ("
                    + first(e) + ")";
        }
        if (lower.contains("zip bomb")) {
            return chinese(what) + "中有部分解压后远大于正常文件（压缩炸弹？）；如文件确实无误，可调低 --zip-min-inflate-ratio"
                    + " 或调高 --zip-max-entry-mb — " + what + " has a part that inflates far more than real documents do (a zip bomb?); if the file"
                    + " is genuine, lower --zip-min-inflate-ratio or raise --zip-max-entry-mb (" + first(e) + ")";
        }
        if (lower.contains("strict ooxml")) {
            // Office's "Strict Open XML" format: whole, but in namespaces POI does not read
            return chinese(what) + "是 Strict Open XML 格式（Office 另存为“Strict Open XML”），本工具不读取，请另存为普通 "
                    + (what.contains("Word") ? ".docx" : ".xlsx") + " — " + what + " is in the Strict Open XML format (Office's"
                    + " \"Strict Open XML\" save option), which this tool does not read: save it as an ordinary "
                    + (what.contains("Word") ? ".docx" : ".xlsx") + " (" + first(e) + ")";
        }
        if (lower.contains("truncated zip") || lower.contains("unexpected end of") || hasCause(e, EOFException.class)) {
            return chinese(what) + "提前结束：文件不完整（下载或复制中断？） — " + what
                    + " ends early: the file is truncated (a half download or an interrupted copy?) ("
                    + first(e) + ")";
        }
        return "无法打开" + chinese(what) + "（已损坏？） — cannot open " + what + " (damaged?): " + first(e);
    }

    /** The Chinese name of what could not be opened: "the workbook", "the Word document", "the PDF". */
    private static String chinese(String what) {
        return what.contains("workbook") ? "工作簿" : what.contains("Word") ? "Word 文档" : what.contains("PDF") ? "PDF" : "文件";
    }

    /** Every message in the cause chain, for matching. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** The outermost message that says something (wrappers often carry none). */
    private static String first(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().strip();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
