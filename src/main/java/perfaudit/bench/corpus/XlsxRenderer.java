package perfaudit.bench.corpus;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.Drawing.Section;
import perfaudit.bench.corpus.drawing.WorkbookWriter;
import perfaudit.model.Terms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes generated forms as Excel workbooks laid out as units submit them ({@link FormTable}), in
 * the two arrangements real submissions show, alternating by file: odd files stack the list and
 * every form down one sheet, a page break before each form; even files put the list on a sheet of
 * its own and each form on a sheet named by its sequence number. Amounts are numeric cells with
 * the format that prints them as the text layouts do.
 */
final class XlsxRenderer implements FormRenderer {

    /**
     * When every workbook says it was made: a fixed time, so that a seed gives the same bytes on
     * every run (and in every time zone), as the text layouts do.
     */
    private static final LocalDateTime SAVED = LocalDateTime.of(2025, 1, 15, 0, 0);
    /** Blank rows between stacked forms, as units leave them. */
    private static final int BLANK_ROWS = 2;

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public byte[] render(int batch, String title, List<GeneratedForm> forms) {
        List<FormTable.Entry> list = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            list.add(new FormTable.Entry(String.valueOf(i + 1), forms.get(i).listName(), ""));
        }
        List<Item> preamble = FormTable.preamble(title + " " + Terms.LIST_TITLE, list);
        List<Section> sections = new ArrayList<>();
        if (batch % 2 == 1) {
            List<Item> items = new ArrayList<>(preamble);
            forms.forEach(form -> items.addAll(FormTable.form(texts(form))));
            sections.add(new Section(Terms.FORM_TITLE, items));
        } else {
            sections.add(new Section(Terms.LIST_TITLE, preamble));
            for (int i = 0; i < forms.size(); i++) {
                sections.add(new Section(String.valueOf(i + 1), FormTable.form(texts(forms.get(i)))));
            }
        }
        try (XSSFWorkbook workbook = new WorkbookWriter(false, 0).write(sections, BLANK_ROWS)) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(SAVED.toInstant(ZoneOffset.UTC))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return dated(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same package with every entry dated {@link #SAVED}: POI stamps the entries with the clock. */
    private static byte[] dated(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(SAVED);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** 一级 labels only where the generator starts a group; a repeated 二级 label is merged into the one above. */
    static FormTable.Texts texts(GeneratedForm form) {
        List<FormTable.Indicator> rows = new ArrayList<>();
        GeneratedForm.Row previous = null;
        for (GeneratedForm.Row row : form.rows()) {
            boolean continues = previous != null && row.level1() == null && row.level2().equals(previous.level2());
            rows.add(new FormTable.Indicator(row.level1(), continues ? null : row.level2(), row.name(), row.target(),
                    row.actual(), row.weight(), row.score(), ""));
            previous = row;
        }
        List<String> extra = null;
        if (form.fundsColumn() != null) {
            extra = new ArrayList<>();
            extra.add(form.fundsColumn().heading());
            extra.addAll(form.fundsColumn().cells());
        }
        return new FormTable.Texts(String.valueOf(form.year()), form.projectName(), form.department(), form.unit(),
                form.funds(), form.goalExpected(), form.goalActual(), rows, form.totalWeight(), form.totalScore(), extra);
    }
}
