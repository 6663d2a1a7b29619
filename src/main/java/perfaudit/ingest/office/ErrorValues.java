package perfaudit.ingest.office;

import perfaudit.ingest.grammar.indicators.cells.SpreadsheetError;


/**
 * What a spreadsheet shows in a cell where a figure should be and none can be had: a formula's error value (Excel's
 * {@code #DIV/0!}, {@code #REF!}, {@code #VALUE!} …, LibreOffice's {@code Err:502}) or the {@code #####} a number too
 * wide for its column shows, which an export of the displayed text keeps instead of the number. None is a figure or a
 * text of the form: the cell is read as empty, and said so, never silently.
 */
final class ErrorValues {

    private ErrorValues() {
    }

    static boolean isError(String text) {
        return SpreadsheetError.shows(text);
    }

    /** Why the cell is read as empty, for its report. */
    static String reason(String text) {
        if (text.startsWith("###")) {
            return "单元格只显示 " + text + "（列宽不足时显示的符号，文件里没有保存数值），按空读取；请调宽该列后重新导出"
                    + " — the cell shows " + text + " (what a spreadsheet shows for a number too wide for its column; the"
                    + " file holds no figure): read as empty; widen the column and export the form again";
        }
        boolean name = text.equals("#NAME?"); // what a value typed with a leading = (=45座) becomes
        return "单元格显示公式错误值 " + text + "（公式出错，原值已丢失" + (name ? "；以 = 开头的值被当作公式？" : "")
                + "），按空读取；请在 Excel 或 WPS 中修正后重新提交 — the cell shows the formula error " + text
                + " (the value it stood for is lost" + (name ? "; a value typed with a leading = taken for a formula?" : "")
                + "): read as empty; correct it and submit the form again";
    }
}
