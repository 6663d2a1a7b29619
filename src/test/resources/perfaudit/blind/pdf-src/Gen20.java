import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the twentieth blind round's PDFs (u01–u05): family B forms drawn the way producers other than LibreOffice draw
 * them — WPS / Foxit / Word's Identity-H fonts, report servers (FineReport, JasperReports / iText), "Microsoft Print
 * to PDF", fillable forms. PDFBox only, content streams written by hand; run from the repository root as
 * {@code java -cp target/perfaudit.jar src/test/resources/perfaudit/blind/pdf-src/Gen20.java OUTDIR}.
 * <p>
 * The text is set in a glyph-less Identity-H font (codes are UTF-16 units, as in Gen.java's OCR layer) so the files
 * stay small; u01 leaves its /ToUnicode out (and maps a second page's codes to garbage), the others carry it.
 */
public class Gen20 {

    static final float SIZE = 9f;
    static final float[] WIDTHS = {62, 70, 112, 38, 70, 70, 38, 55};
    static final float LEFT = 40;

    /** One cell of the form's table: row, column, spans, text. */
    record Cell(int row, int col, int rows, int cols, String text, boolean filled) {
        Cell(int row, int col, int rows, int cols, String text) {
            this(row, col, rows, cols, text, false);
        }
    }

    /** What a form says. */
    record Form(String title, String name, String person, String dept, String unit, String[][] funds, String goal,
                String done, String[][] rows, String total) {
    }

    /** How a producer draws it. */
    static final class Style {
        boolean noToUnicode;
        boolean garbageToUnicode;
        /** The font's Han widths (/W), 1000 when right. */
        int hanWidth = 1000;
        boolean type3Figures;
        boolean columnOrder;
        boolean perGlyph;
        boolean kerningSpaces;
        boolean bold;
        boolean xobjectCells;
        boolean footer;
        boolean watermark;
        boolean acroForm;
        float scale = 1f;
        int rotate;
        float cropShift;
    }

    public static void main(String[] args) throws IOException {
        File out = new File(args[0]);
        Style u01 = new Style();
        u01.noToUnicode = true;
        Style u01b = new Style();
        u01b.garbageToUnicode = true;
        u01b.type3Figures = true;
        Style u01c = new Style();
        u01c.hanWidth = 420;
        write(new File(out, "u01-songhe-shuiku-familyB-wps-notounicode-2023.pdf"), List.of(SONGHE, QINGTANG, SONGHE),
                List.of(u01, u01b, u01c));
        Style u02 = new Style();
        u02.columnOrder = true;
        u02.perGlyph = true;
        u02.kerningSpaces = true;
        u02.bold = true;
        u02.xobjectCells = true;
        u02.footer = true;
        write(new File(out, "u02-lishui-gongjiao-familyB-reportserver-columnorder-2023.pdf"), List.of(LISHUI), List.of(u02));
        // u03: two forms printed two pages to a sheet, shrunk, the landscape sheet stored portrait with /Rotate 90
        File plain = File.createTempFile("u03-", ".pdf");
        write(plain, List.of(BAIMA, BAISHA), List.of(new Style(), new Style()));
        twoUp(plain, new File(out, "u03-baima-zhongxue-familyB-printtopdf-2up-rotated-2022.pdf"), 0.66f, 36);
        plain.delete();
        Style u04 = new Style();
        u04.acroForm = true;
        write(new File(out, "u04-fengxi-yanglao-familyB-fillable-acroform-2023.pdf"), List.of(FENGXI), List.of(u04));
        Style u05 = new Style();
        u05.watermark = true;
        u05.footer = true;
        write(new File(out, "u05-tanxi-shuiwu-familyB-watermark-footer-2024.pdf"), List.of(TANXI), List.of(u05));
    }

    // ---- the forms ------------------------------------------------------------------------------

    static final Form SONGHE = new Form("2023年度项目支出绩效自评表", "松河水库除险加固", "王建国 0731-8826151",
            "[412]松河县水利局", "[412006]松河县水库管理所",
            new String[][] {{"年度资金总额", "800", "760", "10", "95%", "9.5"}, {"其中：中央资金", "500", "500", "—", "—", "—"},
                    {"地方资金", "300", "260", "—", "—", "—"}},
            "完成大坝防渗处理和溢洪道改造，消除病险隐患。", "完成大坝防渗处理和溢洪道改造，水库恢复正常蓄水。",
            new String[][] {{"产出指标", "数量指标", "大坝防渗处理长度", "20", "≥450米", "450米", "20", ""},
                    {"", "质量指标", "工程验收合格率", "20", "100%", "100%", "20", ""},
                    {"", "时效指标", "工程完工时间", "10", "2023年10月底前", "2023年10月20日", "10", ""},
                    {"效益指标", "社会效益指标", "下游受益人口", "20", "≥3.2万人", "3.2万人", "20", ""},
                    {"满意度指标", "服务对象满意度指标", "受益群众满意度", "20", "≥90%", "92%", "20", ""}},
            "99.5");

    static final Form QINGTANG = new Form("2023年度项目支出绩效自评表", "青塘灌区渠系改造", "李明 0731-8826177",
            "[412]松河县水利局", "[412009]松河县灌区管理站",
            new String[][] {{"年度资金总额", "300", "285", "10", "95%", "9.5"}},
            "改造渠道12公里。", "改造渠道12公里。",
            new String[][] {{"产出指标", "数量指标", "渠道改造长度", "40", "≥12公里", "12公里", "40", ""},
                    {"效益指标", "社会效益指标", "受益灌溉面积", "40", "≥1.5万亩", "1.5万亩", "40", ""},
                    {"满意度指标", "服务对象满意度指标", "群众满意度", "10", "≥90%", "95%", "10", ""}},
            "99.5");

    static final Form LISHUI = new Form("2023年度项目支出绩效自评表", "城区公交运营补贴", "陈红 0571-6612309",
            "[318]溧水县交通运输局", "[318002]溧水县公共交通服务中心",
            new String[][] {{"年度资金总额", "1500", "1425", "10", "95%", "9.5"}, {"其中：中央资金", "0", "0", "—", "—", "—"},
                    {"地方资金", "1500", "1425", "—", "—", "—"}},
            "保障城区18条公交线路正常运营，公交分担率达到25%。", "18条公交线路正常运营，公交分担率26%。",
            new String[][] {{"产出指标", "数量指标", "运营公交线路数", "10", "≥18条", "18条", "10", ""},
                    {"", "数量指标", "年运营里程", "10", "≥820万公里", "790万公里", "9.63", "部分线路道路施工临时停运，下年度优化调度"},
                    {"", "质量指标", "车辆准点率", "10", "≥92%", "93.5%", "10", ""},
                    {"", "时效指标", "补贴资金拨付时间", "10", "2023年12月底前", "2023年12月15日", "10", ""},
                    {"", "成本指标", "每公里补贴标准", "10", "≤1.9元", "1.8元", "10", ""},
                    {"效益指标", "社会效益指标", "公交分担率", "15", "≥25%", "26%", "15", ""},
                    {"", "可持续影响指标", "新能源公交车占比", "15", "≥60%", "62%", "15", ""},
                    {"满意度指标", "服务对象满意度指标", "乘客满意度", "10", "≥85%", "88%", "10", ""}},
            "99.13");

    static final Form BAIMA = new Form("2022年度项目支出绩效自评表", "白马中学教学楼维修改造", "赵晓峰 0833-4412876",
            "[207]白马县教育局", "[207015]白马县白马中学",
            new String[][] {{"年度资金总额", "260", "247", "10", "95%", "9.5"}, {"其中：中央资金", "0", "0", "—", "—", "—"},
                    {"地方资金", "260", "247", "—", "—", "—"}},
            "完成教学楼屋面防水、外墙和门窗维修，消除安全隐患。", "完成屋面防水和门窗维修，外墙维修完成80%。",
            new String[][] {{"产出指标", "数量指标", "屋面防水维修面积", "15", "≥2400平方米", "2400平方米", "15", ""},
                    {"", "数量指标", "外墙维修面积", "15", "≥3000平方米", "2400平方米", "12", "雨季延误工期，剩余部分下年度完成"},
                    {"", "质量指标", "工程验收合格率", "10", "100%", "100%", "10", ""},
                    {"", "时效指标", "工程完工时间", "5", "2022年8月底前", "2022年8月25日", "5", ""},
                    {"", "成本指标", "维修成本控制率", "5", "≤100%", "95%", "5", ""},
                    {"效益指标", "社会效益指标", "受益学生人数", "20", "≥1800人", "1850人", "20", ""},
                    {"", "可持续影响指标", "校舍安全使用年限", "10", "≥15年", "15年", "10", ""},
                    {"满意度指标", "服务对象满意度指标", "师生满意度", "10", "≥90%", "94%", "10", ""}},
            "96.5");

    static final Form BAISHA = new Form("2022年度项目支出绩效自评表", "白沙小学运动场改造", "钱伟 0833-4412990",
            "[207]白马县教育局", "[207022]白马县白沙小学",
            new String[][] {{"年度资金总额", "90", "90", "10", "100%", "10"}},
            "改造塑胶跑道和篮球场，改善学生运动条件。", "完成塑胶跑道和篮球场改造并投入使用。",
            new String[][] {{"产出指标", "数量指标", "塑胶跑道改造面积", "30", "≥3200平方米", "3200平方米", "30", ""},
                    {"", "质量指标", "工程验收合格率", "20", "100%", "100%", "20", ""},
                    {"效益指标", "社会效益指标", "受益学生人数", "30", "≥900人", "920人", "30", ""},
                    {"满意度指标", "服务对象满意度指标", "师生满意度", "10", "≥90%", "97%", "10", ""}},
            "100");

    static final Form FENGXI = new Form("2023年度项目支出绩效自评表", "居家养老服务补贴", "孙丽 0797-3321456",
            "[506]枫溪县民政局", "[506003]枫溪县社会福利中心",
            new String[][] {{"年度资金总额", "420", "378", "10", "90%", "9"}, {"其中：中央资金", "200", "200", "—", "—", "—"},
                    {"地方资金", "220", "178", "—", "—", "—"}},
            "为全县2100名特殊困难老年人提供居家养老服务。", "为2050名特殊困难老年人提供居家养老服务。",
            new String[][] {{"产出指标", "数量指标", "服务老年人数", "20", "≥2100人", "2050人", "19.52", "部分老人入住养老机构，不再享受居家服务"},
                    {"", "质量指标", "服务质量抽查合格率", "15", "≥95%", "97%", "15", ""},
                    {"", "时效指标", "补贴发放及时率", "15", "100%", "100%", "15", ""},
                    {"效益指标", "社会效益指标", "老年人生活质量改善率", "20", "≥80%", "85%", "20", ""},
                    {"", "可持续影响指标", "服务机制长效运行", "10", "长期", "长期", "10", ""},
                    {"满意度指标", "服务对象满意度指标", "老年人满意度", "10", "≥90%", "96%", "10", ""}},
            "98.52");

    static final Form TANXI = new Form("2024年度项目支出绩效自评表", "农村饮水安全巩固提升", "周涛 0745-2218830",
            "[623]潭西县水务局", "[623004]潭西县农村供水总站",
            new String[][] {{"年度资金总额", "650", "624", "10", "96%", "9.6"}, {"其中：中央资金", "400", "400", "—", "—", "—"},
                    {"地方资金", "250", "224", "—", "—", "—"}},
            "新建改造供水工程12处，提升农村自来水普及率。", "新建改造供水工程12处，农村自来水普及率达到92%。",
            new String[][] {{"产出指标", "数量指标", "新建改造供水工程", "20", "≥12处", "12处", "20", ""},
                    {"", "质量指标", "水质检测合格率", "15", "≥95%", "96.5%", "15", ""},
                    {"", "时效指标", "工程完工时间", "15", "2024年10月底前", "2024年10月28日", "15", ""},
                    {"效益指标", "社会效益指标", "农村自来水普及率", "20", "≥93%", "92%", "19.78", "两处工程管网延伸滞后，下年度续建"},
                    {"", "可持续影响指标", "工程运行管护机制", "10", "健全", "健全", "10", ""},
                    {"满意度指标", "服务对象满意度指标", "受益群众满意度", "10", "≥90%", "93%", "10", ""}},
            "99.38");

    /** The form's table as cells (family B, as s01 in pdf-src). */
    static List<Cell> cells(Form f) {
        List<Cell> c = new ArrayList<>();
        c.add(new Cell(0, 0, 1, 2, "项目名称"));
        c.add(new Cell(0, 2, 1, 2, f.name()));
        c.add(new Cell(0, 4, 1, 2, "项目负责人及电话"));
        c.add(new Cell(0, 6, 1, 2, f.person()));
        c.add(new Cell(1, 0, 1, 2, "主管部门"));
        c.add(new Cell(1, 2, 1, 2, f.dept()));
        c.add(new Cell(1, 4, 1, 2, "实施单位"));
        c.add(new Cell(1, 6, 1, 2, f.unit()));
        int r = 2;
        c.add(new Cell(r, 0, f.funds().length + 1, 2, "项目资金（万元）"));
        String[] head = {"", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"};
        for (int i = 0; i < head.length; i++) {
            c.add(new Cell(r, 2 + i, 1, 1, head[i]));
        }
        for (String[] line : f.funds()) {
            r++;
            for (int i = 0; i < line.length; i++) {
                c.add(new Cell(r, 2 + i, 1, 1, line[i], i == 2 || i == 4 || i == 5));
            }
        }
        r++;
        c.add(new Cell(r, 0, 2, 2, "年度总体目标"));
        c.add(new Cell(r, 2, 1, 3, "预期目标"));
        c.add(new Cell(r, 5, 1, 3, "实际完成情况"));
        r++;
        c.add(new Cell(r, 2, 1, 3, f.goal()));
        c.add(new Cell(r, 5, 1, 3, f.done()));
        r++;
        String[] ih = {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"};
        for (int i = 0; i < ih.length; i++) {
            c.add(new Cell(r, i, 1, 1, ih[i]));
        }
        String[][] rows = f.rows();
        for (int i = 0; i < rows.length; i++) {
            r++;
            if (!rows[i][0].isEmpty()) {
                int span = 1;
                while (i + span < rows.length && rows[i + span][0].isEmpty()) {
                    span++;
                }
                c.add(new Cell(r, 0, span, 1, rows[i][0]));
            }
            for (int k = 1; k < 8; k++) {
                c.add(new Cell(r, k, 1, 1, rows[i][k], k >= 5));
            }
        }
        r++;
        c.add(new Cell(r, 0, 1, 3, "总分"));
        c.add(new Cell(r, 3, 1, 1, "100"));
        c.add(new Cell(r, 4, 1, 2, ""));
        c.add(new Cell(r, 6, 1, 1, f.total(), true));
        c.add(new Cell(r, 7, 1, 1, ""));
        return c;
    }

    /**
     * Two portrait pages side by side on one landscape sheet, each shrunk by {@code k}, the sheet stored as a portrait
     * page drawn a quarter turn round with /Rotate 90 and a crop box {@code shift} points into its media box
     * ("Microsoft Print to PDF" with 2 pages per sheet, as a print driver stores a landscape sheet).
     */
    static void twoUp(File in, File out, float k, float shift) throws IOException {
        try (PDDocument source = org.apache.pdfbox.Loader.loadPDF(in); PDDocument target = new PDDocument()) {
            org.apache.pdfbox.multipdf.LayerUtility layers = new org.apache.pdfbox.multipdf.LayerUtility(target);
            PDPage page = new PDPage(new PDRectangle(595 + shift, 842 + shift));
            page.setCropBox(new PDRectangle(shift, shift, 595, 842));
            page.setRotation(90);
            target.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(target, page)) {
                for (int i = 0; i < source.getNumberOfPages(); i++) {
                    org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form = layers.importPageAsForm(source, i);
                    float across = 10 + i * 421;
                    content.saveGraphicsState();
                    // shown x = y - bottom, shown y = x - left (PdfPageScanner.shown for /Rotate 90)
                    content.transform(new org.apache.pdfbox.util.Matrix(0, k, -k, 0, shift + 10 + 842 * k, shift + across));
                    content.drawForm(form);
                    content.restoreGraphicsState();
                }
            }
            target.save(out);
        }
    }

    // ---- layout ----------------------------------------------------------------------------------

    static float charWidth(int ch) {
        return ch < 0x80 ? 0.5f : 1f;
    }

    static List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = 0;
        for (int i = 0; i < text.length(); i++) {
            float cw = charWidth(text.charAt(i)) * SIZE;
            if (w + cw > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder();
                w = 0;
            }
            line.append(text.charAt(i));
            w += cw;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float x(int col) {
        float x = LEFT;
        for (int i = 0; i < col; i++) {
            x += WIDTHS[i];
        }
        return x;
    }

    static float width(Cell c) {
        return x(c.col() + c.cols()) - x(c.col());
    }

    /** Each row's height: its tallest one-row cell's lines. */
    static float[] heights(List<Cell> cells) {
        int n = cells.stream().mapToInt(c -> c.row() + c.rows()).max().orElse(0);
        float[] h = new float[n];
        java.util.Arrays.fill(h, SIZE + 8);
        for (Cell c : cells) {
            if (c.rows() == 1) {
                h[c.row()] = Math.max(h[c.row()], wrap(c.text(), width(c) - 4).size() * (SIZE + 3) + 5);
            }
        }
        return h;
    }

    /** A piece of text placed on the page (top-down coordinates, before scaling). */
    record Text(String text, float x, float baseline, boolean figure, Cell cell) {
    }

    // ---- drawing ---------------------------------------------------------------------------------

    static void write(File file, List<Form> forms, List<Style> styles) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDAcroForm acro = null;
            for (int p = 0; p < forms.size(); p++) {
                Style s = styles.get(p);
                if (s.acroForm && acro == null) {
                    acro = new PDAcroForm(doc);
                    acro.setNeedAppearances(true);
                    acro.setDefaultAppearance("/Helv 0 Tf 0 g");
                    doc.getDocumentCatalog().setAcroForm(acro);
                }
                page(doc, forms.get(p), s, p + 1, forms.size(), acro);
            }
            doc.getDocumentInformation().setProducer(file.getName().contains("u02") ? "FineReport 10.0" : "Gen20 (PDFBox)");
            doc.save(file);
        }
    }

    static void page(PDDocument doc, Form f, Style s, int number, int pages, PDAcroForm acro) throws IOException {
        float pw = 595;
        float ph = 842;
        List<Cell> cells = cells(f);
        float[] h = heights(cells);
        float top = 110;
        float[] ys = new float[h.length + 1];
        ys[0] = top;
        for (int i = 0; i < h.length; i++) {
            ys[i + 1] = ys[i] + h[i];
        }
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("项目绩效目标自评表", pw / 2 - 9 * 7, 60, false, null));
        texts.add(new Text("（" + f.title().substring(0, 4) + "年度）", pw / 2 - 30, 80, false, null));
        for (Cell c : cells) {
            List<String> lines = wrap(c.text(), width(c) - 4);
            float cellTop = ys[c.row()];
            float cellH = ys[c.row() + c.rows()] - cellTop;
            float block = lines.size() * (SIZE + 3) - 3;
            float base = cellTop + (cellH - block) / 2 + SIZE * 0.88f;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    boolean figure = line.matches("[0-9.%—]+") && c.row() > 1;
                    texts.add(new Text(line, x(c.col()) + 2, base, figure, c));
                }
                base += SIZE + 3;
            }
        }
        if (s.footer) {
            texts.add(new Text("打印时间：2024-03-05 10:22:31", LEFT, ys[h.length] + 24, false, null));
            texts.add(new Text("第 " + number + " 页 共 " + pages + " 页", pw / 2 - 30, 800, false, null));
            texts.add(new Text("填报单位（盖章）：", LEFT, 28, false, null));
        }

        // the page and its transform (scaled print, turned page, offset crop box)
        float k = s.scale;
        float shift = s.cropShift;
        PDPage page = new PDPage(new PDRectangle(pw + shift, ph + shift));
        page.setCropBox(new PDRectangle(shift, shift, pw, ph));
        String cm;
        if (s.rotate == 90) {
            // stored portrait, shown landscape (/Rotate 90): the form drawn a quarter turn round, shrunk by k
            page.setRotation(90);
            cm = String.format(Locale.ROOT, "0 %.4f %.4f 0 %.2f %.2f cm\n", k, -k, ph * k + shift + 20, shift + 40);
        } else {
            cm = String.format(Locale.ROOT, "%.4f 0 0 %.4f %.2f %.2f cm\n", k, k, shift, shift + ph * (1 - k));
        }
        doc.addPage(page);
        PDResources res = new PDResources();
        COSDictionary fonts = new COSDictionary();
        COSDictionary font = Fonts.identity(doc, s.noToUnicode, s.garbageToUnicode, s.hanWidth);
        fonts.setItem(COSName.getPDFName("F1"), font);
        if (s.type3Figures) {
            fonts.setItem(COSName.getPDFName("F3"), Fonts.type3(doc));
        }
        res.getCOSObject().setItem(COSName.FONT, fonts);
        page.setResources(res);

        StringBuilder ops = new StringBuilder();
        ops.append("q\n").append(cm);
        // in the form's own space: y down from its top, page height ph
        StringBuilder rulings = new StringBuilder("0.6 w 0 G\n");
        for (Cell c : cells) {
            float x0 = x(c.col());
            float x1 = x(c.col() + c.cols());
            float y0 = ph - ys[c.row()];
            float y1 = ph - ys[c.row() + c.rows()];
            rulings.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re S\n", x0, y1, x1 - x0, y0 - y1));
        }
        StringBuilder text = new StringBuilder();
        List<Text> order = new ArrayList<>(texts);
        if (s.columnOrder) {
            // a report server writes cell by cell down each column
            order.sort((a, b) -> a.cell() == null || b.cell() == null ? 0
                    : a.cell().col() != b.cell().col() ? Integer.compare(a.cell().col(), b.cell().col())
                    : Float.compare(a.baseline(), b.baseline()));
        }
        Map<String, String> forms = new LinkedHashMap<>();
        COSDictionary xobjects = new COSDictionary();
        for (Text t : order) {
            boolean field = s.acroForm && t.cell() != null && fillable(t);
            if (field) {
                continue;
            }
            if (s.xobjectCells && t.figure()) {
                String name = forms.computeIfAbsent(t.text(), key -> "Fm" + forms.size());
                if (!xobjects.containsKey(COSName.getPDFName(name))) {
                    xobjects.setItem(COSName.getPDFName(name), cellForm(doc, t.text(), font, width(t.cell()) - 2));
                }
                // the form drawn at the cell: its clip (BBox) is the cell's box
                text.append(String.format(Locale.ROOT, "q 1 0 0 1 %.2f %.2f cm /%s Do Q\n", t.x(), ph - t.baseline(), name));
                continue;
            }
            text.append(show(t, s, ph));
            if (s.bold && (t.cell() == null || t.cell().row() == 0 || t.figure())) {
                text.append(show(new Text(t.text(), t.x() + 0.3f, t.baseline(), t.figure(), t.cell()), s, ph));
            }
        }
        if (xobjects.size() > 0) {
            res.getCOSObject().setItem(COSName.XOBJECT, xobjects);
        }
        if (s.columnOrder) {
            ops.append(text).append(rulings);
        } else {
            ops.append(rulings).append(text);
        }
        if (s.watermark) {
            ops.append(watermark(pw, ph));
        }
        ops.append("Q\n");
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);

        if (s.acroForm) {
            for (Cell c : cells) {
                if (!c.filled() || c.text().isEmpty()) {
                    continue;
                }
                PDTextField fieldObj = new PDTextField(acro);
                fieldObj.setPartialName("r" + c.row() + "c" + c.col());
                fieldObj.getCOSObject().setString(COSName.V, c.text());
                fieldObj.getCOSObject().setString(COSName.DA, "/Helv 9 Tf 0 g");
                if (wrap(c.text(), width(c) - 4).size() > 1) {
                    fieldObj.setMultiline(true);
                }
                PDAnnotationWidget widget = fieldObj.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(x(c.col()) + 1, ph - ys[c.row() + c.rows()] + 1, width(c) - 2,
                        ys[c.row() + c.rows()] - ys[c.row()] - 2));
                widget.setPage(page);
                widget.setPrinted(true);
                page.getAnnotations().add(widget);
                acro.getFields().add(fieldObj);
            }
        }
    }

    /** The cells a fillable form leaves to fields: executed funds, rate and score, actual values, scores, reasons. */
    static boolean fillable(Text t) {
        return t.cell().filled();
    }

    static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (char ch : text.toCharArray()) {
            hex.append(String.format("%04X", (int) ch));
        }
        return hex.toString();
    }

    /** One piece of text as the producer sets it. */
    static String show(Text t, Style s, float ph) {
        float y = ph - t.baseline();
        if (s.type3Figures && t.figure()) {
            StringBuilder b = new StringBuilder();
            for (char ch : t.text().toCharArray()) {
                b.append(String.format("%02X", ch < 0x80 ? (int) ch : 0x2D));
            }
            return String.format(Locale.ROOT, "BT /F3 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n", SIZE, t.x(), y, b);
        }
        if (s.perGlyph) {
            // one glyph per Tj, each placed by Td from the last (Jasper / iText writing glyph by glyph)
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm\n", SIZE, t.x(), y));
            float prev = 0;
            float at = 0;
            for (char ch : t.text().toCharArray()) {
                if (ch == ' ') {
                    at += SIZE * 0.5f;
                    continue;
                }
                b.append(String.format(Locale.ROOT, "%.2f 0 Td <%04X> Tj\n", at - prev, (int) ch));
                prev = at;
                at += charWidth(ch) * SIZE;
            }
            return b.append("ET\n").toString();
        }
        if (s.kerningSpaces && t.text().contains(" ")) {
            StringBuilder b = new StringBuilder("[");
            for (String part : t.text().split(" ")) {
                b.append('<').append(hex(part)).append("> -500 ");
            }
            return String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm %s] TJ ET\n", SIZE, t.x(), y, b);
        }
        return String.format(Locale.ROOT, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n", SIZE, t.x(), y, hex(t.text()));
    }

    /** A cell's text as a form XObject whose bounding box clips it to the cell (reused by every cell that prints it). */
    static COSStream cellForm(PDDocument doc, String text, COSDictionary font, float width) throws IOException {
        COSStream form = doc.getDocument().createCOSStream();
        form.setItem(COSName.TYPE, COSName.XOBJECT);
        form.setItem(COSName.SUBTYPE, COSName.FORM);
        COSArray bbox = new COSArray();
        for (float v : new float[] {-1, -3, width, SIZE + 1}) {
            bbox.add(new COSFloat(v));
        }
        form.setItem(COSName.BBOX, bbox);
        COSDictionary res = new COSDictionary();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        res.setItem(COSName.FONT, fonts);
        form.setItem(COSName.RESOURCES, res);
        try (OutputStream os = form.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(String.format(Locale.ROOT, "BT /F1 %.1f Tf 0 0 Td <%s> Tj ET\n", SIZE, hex(text)).getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    /** A diagonal watermark (内部资料) drawn over the table, light grey, three times down the page. */
    static String watermark(float pw, float ph) {
        StringBuilder b = new StringBuilder("q 0.85 g\n");
        for (float y : new float[] {220, 420, 620}) {
            b.append(String.format(Locale.ROOT, "BT /F1 42 Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm <%s> Tj ET\n",
                    pw / 2 - 80, ph - y - 60, hex("内部资料")));
        }
        return b.append("Q\n").toString();
    }

    // ---- fonts -----------------------------------------------------------------------------------

    static final class Fonts {

        /** Identity-H, glyph-less, widths 500 for ASCII; /ToUnicode identity, missing, or mapping to garbage. */
        static COSDictionary identity(PDDocument doc, boolean noToUnicode, boolean garbage, int hanWidth) throws IOException {
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setName(COSName.FONT_NAME, "ABCDEF+SimSun");
            descriptor.setInt(COSName.FLAGS, 4);
            COSArray bbox = new COSArray();
            for (int v : new int[] {0, -140, 1000, 880}) {
                bbox.add(COSInteger.get(v));
            }
            descriptor.setItem(COSName.FONT_BBOX, bbox);
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -140);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 80);
            COSDictionary system = new COSDictionary();
            system.setString(COSName.REGISTRY, "Adobe");
            system.setString(COSName.ORDERING, "Identity");
            system.setInt(COSName.SUPPLEMENT, 0);
            COSDictionary cid = new COSDictionary();
            cid.setItem(COSName.TYPE, COSName.FONT);
            cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cid.setName(COSName.BASE_FONT, "ABCDEF+SimSun");
            cid.setItem(COSName.CIDSYSTEMINFO, system);
            cid.setItem(COSName.FONT_DESC, descriptor);
            cid.setInt(COSName.DW, 1000);
            COSArray w = new COSArray();
            w.add(COSInteger.get(32));
            COSArray ascii = new COSArray();
            for (int i = 32; i < 127; i++) {
                ascii.add(COSInteger.get(500));
            }
            w.add(ascii);
            if (hanWidth != 1000) {
                // a subset font whose /W gives its Han glyphs the wrong advance (units of another em)
                w.add(COSInteger.get(0x4E00));
                w.add(COSInteger.get(0x9FFF));
                w.add(COSInteger.get(hanWidth));
            }
            cid.setItem(COSName.W, w);
            cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
            COSArray descendants = new COSArray();
            descendants.add(cid);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "ABCDEF+SimSun");
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            if (noToUnicode) {
                return font;
            }
            StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
                    + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            if (garbage) {
                // a subset font's ToUnicode written from glyph ids: every Han glyph maps into Latin Extended
                cmap.append("2 beginbfrange\n<0000> <00FF> <0000>\n<4E00> <4EFF> <0100>\nendbfrange\n");
                cmap.append("81 beginbfrange\n");
                for (int hi = 0x4F; hi <= 0x9F; hi++) {
                    cmap.append(String.format("<%02X00> <%02XFF> <%04X>\n", hi, hi, 0x0100 + (hi & 0x7) * 0x40));
                }
                cmap.append("endbfrange\n");
                cmap.append("1 beginbfrange\n<FF00> <FFFF> <E000>\nendbfrange\n");
            } else {
                for (int block = 0; block < 256; block += 100) {
                    int n = Math.min(100, 256 - block);
                    cmap.append(n).append(" beginbfrange\n");
                    for (int hi = block; hi < block + n; hi++) {
                        cmap.append(String.format("<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi));
                    }
                    cmap.append("endbfrange\n");
                }
            }
            cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
            COSStream toUnicode = doc.getDocument().createCOSStream();
            try (OutputStream os = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
            }
            font.setItem(COSName.TO_UNICODE, toUnicode);
            return font;
        }

        /** A Type 3 font for figures: each glyph a drawing named g0…g13, no ToUnicode (JasperReports' barcode-style). */
        static COSDictionary type3(PDDocument doc) throws IOException {
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.getPDFName("Type3"));
            COSArray bbox = new COSArray();
            for (int v : new int[] {0, 0, 500, 700}) {
                bbox.add(COSInteger.get(v));
            }
            font.setItem(COSName.FONT_BBOX, bbox);
            COSArray matrix = new COSArray();
            for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
                matrix.add(new COSFloat(v));
            }
            font.setItem(COSName.FONT_MATRIX, matrix);
            COSDictionary procs = new COSDictionary();
            COSArray diffs = new COSArray();
            diffs.add(COSInteger.get(0x25));
            COSArray widths = new COSArray();
            for (int code = 0x25; code <= 0x39; code++) {
                String name = "g" + (code - 0x25);
                diffs.add(COSName.getPDFName(name));
                COSStream proc = doc.getDocument().createCOSStream();
                try (OutputStream os = proc.createOutputStream()) {
                    os.write(String.format(Locale.ROOT, "500 0 0 0 450 700 d1 50 0 m 450 0 l 450 %d l 50 %d l f\n",
                            100 + (code * 37) % 600, 100 + (code * 37) % 600).getBytes(StandardCharsets.US_ASCII));
                }
                procs.setItem(COSName.getPDFName(name), proc);
                widths.add(COSInteger.get(500));
            }
            font.setItem(COSName.CHAR_PROCS, procs);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.DIFFERENCES, diffs);
            font.setItem(COSName.ENCODING, encoding);
            font.setInt(COSName.FIRST_CHAR, 0x25);
            font.setInt(COSName.LAST_CHAR, 0x39);
            font.setItem(COSName.WIDTHS, widths);
            font.setItem(COSName.RESOURCES, new COSDictionary());
            return font;
        }
    }
}
