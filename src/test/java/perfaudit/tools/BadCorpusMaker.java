package perfaudit.tools;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import perfaudit.BadFiles;
import perfaudit.bench.corpus.drawing.HtmlWriter;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the committed part of the bad-input corpus into fixtures/bad/ (the manifest is written by
 * hand). Deterministic: a fixed random seed. encrypted.pdf needs Ghostscript (gs) and is kept as it is
 * when gs is missing. Run: {@code java -cp target/test-classes:$(cat cp.txt) perfaudit.tools.BadCorpusMaker}.
 */
public final class BadCorpusMaker {

    private static final Path OUT = Path.of("fixtures", "bad");
    private static final Charset GBK = Charset.forName("GBK");

    private BadCorpusMaker() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        String clean = Files.readString(Path.of("fixtures", "rules", "clean-form.txt"));
        Random random = new Random(20240611L);

        // empty and white space
        write("empty.txt", new byte[0]);
        text("whitespace-only.txt", "   \n\t\t\n \u3000 \n\n");
        write("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        text("blank-lines-crlf.txt", "\r\n".repeat(40));

        // binary garbage under text and office names
        for (String name : List.of("garbage.txt", "garbage.xlsx", "garbage.docx", "garbage.pdf")) {
            byte[] noise = new byte[4096];
            random.nextBytes(noise);
            write(name, noise);
        }
        write("zeros.txt", new byte[4096]);
        byte[] elf = new byte[2048];
        random.nextBytes(elf);
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, elf, 0, 16);
        write("elf-binary.txt", elf);
        write("utf16le-no-bom.txt", form(clean, "utf16-no-bom").getBytes(StandardCharsets.UTF_16LE));

        // zip containers: truncated, corrupt, not office, empty, renamed
        byte[] xlsx = BadFiles.xlsx();
        byte[] docx = BadFiles.docx();
        write("truncated.xlsx", BadFiles.truncated(xlsx, 0.5));
        write("truncated.docx", BadFiles.truncated(docx, 0.6));
        byte[] corrupt = xlsx.clone();
        for (int i = 40; i < corrupt.length - 30; i += 7) {
            corrupt[i] ^= 0x5A;
        }
        write("corrupt-zip.xlsx", corrupt);
        write("zip-of-text.xlsx", zip("readme.txt", "这不是工作簿 — not a workbook"));
        write("empty-zip.docx", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        write("xlsx-named.txt", xlsx);
        text("form-named.xlsx", form(clean, "form-named-xlsx"));
        write("pdf-named.txt", BadFiles.textPdf("Project expenditure performance self-evaluation"));

        // encrypted and legacy office files
        write("encrypted.xlsx", BadFiles.encrypted(xlsx, "mima123"));
        write("encrypted.docx", BadFiles.encrypted(docx, "mima123"));
        try (HSSFWorkbook legacy = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            legacy.createSheet("自评表").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            legacy.write(out);
            write("legacy.xls", out.toByteArray());
        }

        // hostile XML: external entities naming a system file, entity expansion
        write("xxe.docx", BadFiles.xxeDocx(Path.of("/etc/passwd")));
        write("xxe.xlsx", BadFiles.xxeXlsx(Path.of("/etc/passwd")));
        write("entity-expansion.docx", BadFiles.entityExpansionDocx());

        // PDFs: a scan, a half download, a header, a password
        byte[] textPdf = BadFiles.textPdf("Project expenditure performance self-evaluation 2023");
        write("scanned.pdf", BadFiles.scannedPdf());
        write("truncated.pdf", BadFiles.truncated(textPdf, 0.4));
        text("header-only.pdf", "%PDF-1.7\n");
        encryptedPdf(textPdf);

        // encodings
        write("gbk.txt", form(clean, "gbk").getBytes(GBK));
        write("utf16le-bom.txt", concat(bytes(0xFF, 0xFE), form(clean, "utf16le-bom").getBytes(StandardCharsets.UTF_16LE)));
        write("utf16be-bom.txt", concat(bytes(0xFE, 0xFF), form(clean, "utf16be-bom").getBytes(StandardCharsets.UTF_16BE)));
        write("utf8-bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), form(clean, "utf8-bom").getBytes(StandardCharsets.UTF_8)));
        write("utf8-bom-gbk-body.txt", concat(bytes(0xEF, 0xBB, 0xBF), form(clean, "bom-gbk-body").getBytes(GBK)));
        byte[] broken = form(clean, "broken-utf8").getBytes(StandardCharsets.UTF_8);
        int goal = indexOf(broken, "已培训".getBytes(StandardCharsets.UTF_8));
        broken[goal + 1] = (byte) 0xFF;
        write("broken-utf8.txt", broken);
        String mixed = form(clean, "mixed-encoding");
        int half = mixed.indexOf("绩效指标");
        write("mixed-gbk-utf8.txt", concat(mixed.substring(0, half).getBytes(GBK), mixed.substring(half).getBytes(StandardCharsets.UTF_8)));
        text("control-chars.txt", form(clean, "control-chars").replace("已培训 120 人", "已培训\u0000 120\u001b[31m 人\u0007"));

        // numbers as people type them
        text("fullwidth-digits.txt", form(clean, "fullwidth")
                .replace("\t100\t100\t95\t10\t95.00%\t9.50\t", "\t１００\t１００\t９５\t１０\t９５．００％\t９．５０\t")
                .replace("≥100人\t120人", "≥１００人\t１２０人").replace("已培训 120 人，合格率 98%", "已培训 120 人，合格率 ９８％"));
        text("thousands-separators.txt", form(clean, "thousands")
                .replace("≤80万元\t75万元", "≤1,016,000元\t750,000元").replace("≥100人\t120人", "≥1,000人\t1,200人"));
        text("negative-values.txt", form(clean, "negative")
                .replace("年度资金总额：\t100\t100\t95", "年度资金总额：\t100\t100\t-95").replace("120人\t20\t20", "-120人\t20\t-20"));
        text("absurd-values.txt", form(clean, "absurd")
                .replace("95\t10\t95.00%\t9.50", "95\t10\t99999999.00%\t9.50").replace("≥95%\t98%", "≥95%\t98000%")
                .replace("年度资金总额：\t100\t100", "年度资金总额：\t100\t999999999999999999999999999999"));
        text("huge-digits.txt", form(clean, "huge-digits")
                .replace("年度资金总额：\t100\t100\t95", "年度资金总额：\t100\t100\t" + "9".repeat(400) + "." + "9".repeat(400)));

        // forms cut short, missing parts, wrong documents
        List<String> lines = clean.lines().toList();
        text("cut-mid-table.txt", String.join("\n", lines.subList(0, 15)).replace("规则测试项目", "坏输入-cut"));
        text("cut-mid-table-flow.txt", flowCut());
        text("no-indicator-table.txt", String.join("\n", lines.subList(0, 11)).replace("规则测试项目", "坏输入-no-indicators") + "\n");
        text("project-list-only.txt", "黄山市测试单位\n\n2023 年度项目支出绩效自评清单\n\n序号 项目名称 备注\n\n1 金保工程运行费\n\n"
                + "2 发放社会保障 IC 卡业务费\n\n3 人社信息业务工作经费\n");
        text("title-only.txt", "项目支出绩效自评表\n（2023年度）\n");
        text("prose.txt", "关于做好2023年度项目支出绩效自评工作的通知\n各单位：\n请于3月31日前完成自评工作，并按要求报送材料。\n特此通知。\n");
        text("html-table.txt", "<html><body><table><tr><td>项目名称</td><td>规则测试项目</td></tr>"
                + "<tr><td>总分</td><td>100</td></tr></table></body></html>\n");
        text("stray-tags.txt", form(clean, "stray-tags").replace("完成全年培训任务，", "<p>完成全年培训任务，</p><td>")
                .replace("全部任务按期完成。", "全部任务按期完成。<br>"));
        htmlPages(clean);
        text("duplicate-form.txt", form(clean, "duplicate") + form(clean, "duplicate"));
        text("two-rows-one-line.txt", form(clean, "two-rows")
                .replace("\t10\t10\t\n\t\t时效指标", "\t10\t10\t\t\t时效指标"));
        text("nasty-names.txt", clean.replace("规则测试项目",
                "../../../../tmp/逃逸\u0007\u001b]0;pwned\u0007/..\\..\\CON:" + "长".repeat(300))
                .replace("101001-测试实施中心", "101001-/etc/passwd\r\n=HYPERLINK(\"http://x\")"));
        System.out.println("written to " + OUT.toAbsolutePath());
    }

    private static String form(String clean, String tag) {
        return clean.replace("规则测试项目", "坏输入-" + tag);
    }

    /** Web pages: the clean form as sites publish it, with broken charsets and span bombs, and a page with no form. */
    private static void htmlPages(String clean) throws IOException {
        text("page-named.xls", page(clean, "page-named-xls", HtmlWriter.Markup.PLAIN, "utf-8"));
        write("gbk-page.html", page(clean, "gbk-page", HtmlWriter.Markup.WORD, "gb2312").getBytes(GBK));
        text("wrong-charset.html", page(clean, "wrong-charset", HtmlWriter.Markup.WORD, "gb2312"));
        String form = page(clean, "rowspan-bomb", HtmlWriter.Markup.PLAIN, "utf-8");
        text("rowspan-bomb.html", form.replaceFirst("rowspan=\\d+>绩效指标", "rowspan=\"1000000\">绩效指标"));
        String bomb = "<table>\n<tr>" + "<td colspan=\"4294967296\">炸</td>".repeat(600) + "</tr>\n</table>\n";
        text("colspan-bomb.html", page(clean, "colspan-bomb", HtmlWriter.Markup.PLAIN, "utf-8")
                .replace("</body>", bomb + "</body>"));
        text("no-table.html", "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>公告</title></head>\n<body>\n"
                + "<h1>关于公开2023年度项目支出绩效自评结果的公告</h1>\n<p>根据预算绩效管理要求，现将我单位2023年度项目支出绩效自评结果公开如下。</p>\n"
                + "<p><img src=\"zipingbiao.jpg\" alt=\"自评表\"></p>\n"
                + "<p><a href=\"/files/2024/zipingbiao.xls\">附件：2023年度项目支出绩效自评表</a></p>\n</body>\n</html>\n");
    }

    /** The clean form, renamed for {@code tag}, as a whole page in {@code markup} declaring {@code charset}. */
    private static String page(String clean, String tag, HtmlWriter.Markup markup, String charset) throws IOException {
        Path text = Files.createTempFile("clean", ".txt");
        try {
            Files.writeString(text, form(clean, tag));
            Document document = Inputs.read(text, "clean-form.txt");
            return HtmlWriter.page("自评表", charset, HtmlWriter.body(OfficeFixtureMaker.whole(document), markup), markup);
        } finally {
            Files.delete(text);
        }
    }

    /** The flow seed's first form, cut in the middle of its indicator table. */
    private static String flowCut() throws IOException {
        String flow = Files.readString(Path.of("fixtures", "seeds", "000_3bdf511d6872ca99.txt"));
        int first = flow.indexOf("项目支出绩效自评表");
        int cut = flow.indexOf("满意度", flow.indexOf("绩效指标", first));
        // renamed, or it would be a DUPLICATE-PROJECT of the seed's own form in a run beside the seeds
        return flow.substring(first, cut).replace("金保工程运行费", "坏输入-flow-cut");
    }

    private static void encryptedPdf(byte[] plain) throws IOException, InterruptedException {
        Path source = Files.createTempFile("plain", ".pdf");
        Files.write(source, plain);
        Process gs;
        try {
            gs = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-sOwnerPassword=owner123",
                    "-sUserPassword=mima123", "-dEncryptionR=3", "-dKeyLength=128", "-dPermissions=-3904",
                    "-sOutputFile=" + OUT.resolve("encrypted.pdf"), source.toString()).inheritIO().start();
        } catch (IOException noGhostscript) {
            System.err.println("gs not found: encrypted.pdf kept as it is");
            return;
        }
        if (!gs.waitFor(60, TimeUnit.SECONDS) || gs.exitValue() != 0) {
            throw new IOException("gs failed to encrypt the PDF");
        }
        Files.delete(source);
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void text(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(String name, byte[] content) throws IOException {
        Files.write(OUT.resolve(name), content);
    }
}
