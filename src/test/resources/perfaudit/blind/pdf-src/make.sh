#!/usr/bin/env bash
# Re-creates the PDFs of the twelfth blind round (l01–l05, ../l0*.pdf) from the pages here, as units publish them
# (LibreOffice 7.4 headless + fonts-noto-cjk; apt-get install -y libreoffice-writer libreoffice-calc fonts-noto-cjk):
#   l01  Writer: the page opened as a Word document (docx kept here), its indicator table's header row marked to repeat
#        on each page (w:tblHeader), printed by Writer; the table breaks across pages
#   l02  Calc: the page's workbook (xlsx kept here, merged 一级 / 二级 cells), made ready to print as a unit would
#        (perfaudit.audit.renditions.OfficePages --print-ready: landscape, one page wide) and printed by Calc
#   l03  the saved web page printed as it is (Writer/Web's PDF export): site chrome around the form
#   l04  Writer: a table without borders (no ruling lines: the text placed by position only)
#   l05  Calc: two forms stacked down one sheet, made ready to print and printed
# and those of the thirteenth (m01–m05, ../m0*.pdf; see the block below) and of Residuals 3 (s01–s03, the last block).
# and of the twentieth (u01–u05, Gen20.java, the last block). `make.sh l`, `make.sh m`, `make.sh s` or `make.sh u` remakes one round.
# LibreOffice stamps creation times into every file, so a re-run changes bytes, not content.
set -euo pipefail
round="${1:-all}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/../../../../../.." && pwd)"
out="$here/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }
cd "$home"
mvn -B -q -o -Dstyle.color=never -DskipTests test-compile
mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
cp="target/test-classes:$(cat "$work/classpath")"

if [[ $round == all || $round == l ]]; then
# Writer: page → docx (kept) → PDF
for stem in l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023 l04-beiling-shichang-bumenzhengti-noruling-2023; do
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$here" "$here/$stem.html"
done
# l01: the indicator table's header row (the row holding 一级指标) repeats on every page
python3 - "$here/l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023.docx" <<'PY'
import re, sys, zipfile, shutil
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    items = [(i, z.read(i.filename)) for i in z.infolist()]
out = path + '.tmp'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for info, data in items:
        if info.filename == 'word/document.xml':
            xml = data.decode('utf-8')
            at = xml.index('一级指标')
            row = xml.rindex('<w:tr>', 0, at) if '<w:tr>' in xml[:at] else xml.rindex('<w:tr ', 0, at)
            head = xml.index('>', row) + 1
            if '<w:tblHeader' not in xml[row:at]:
                if xml.startswith('<w:trPr>', head):
                    xml = xml[:head + 8] + '<w:tblHeader/>' + xml[head + 8:]
                else:
                    xml = xml[:head] + '<w:trPr><w:tblHeader/></w:trPr>' + xml[head:]
            data = xml.encode('utf-8')
        z.writestr(info, data)
shutil.move(out, path)
PY
for stem in l01-yunfeng-yiliao-familyD-writer-headerrepeat-2023 l04-beiling-shichang-bumenzhengti-noruling-2023; do
  office --convert-to pdf:writer_pdf_Export --outdir "$out" "$here/$stem.docx"
done

# Calc: page → xlsx (kept) → print-ready copy → PDF
for stem in l02-shinan-yiwujiaoyu-familyC-calc-merged-2023 l05-qingfeng-xiaoxin-familyB-calc-twoforms-2023; do
  office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$here/$stem.html"
  mkdir -p "$work/print"
  cp "$here/$stem.xlsx" "$work/print/"
  java -Dperfaudit.log.level=WARN -cp "$cp" perfaudit.audit.renditions.OfficePages --print-ready "$work/print/$stem.xlsx"
  office --convert-to pdf:calc_pdf_Export --outdir "$out" "$work/print/$stem.xlsx"
done

# the web page printed as it is
office --convert-to pdf:writer_web_pdf_Export --outdir "$out" "$here/l03-jinqiao-heliu-familyE-webpage-2022.html"
ls -l "$out"/l0*.pdf
fi

# ---- thirteenth round (m01–m05) ----
#   m01  Calc: a family D sheet WITHOUT borders or grid lines, 一级 / 二级 merged down their rows and printed at the
#        foot of the merged cells (Calc's default vertical alignment), made ready to print and printed
#   m02  Writer: a family B table without borders and with no cell padding or paragraph spacing (rows touch), narrow
#        columns so names and reasons wrap
#   m03  Writer: two family C forms, the first table ruled, the second (on its own page) without borders
#   m04  a family E form printed by Writer, then "scanned and OCR'd": page image + invisible text layer (Gen.java ocr)
#        with OCR confusions
#   m05  Calc: a 部门整体 sheet printed landscape, then stored as a portrait page turned by /Rotate 90 (Gen.java rotate)
if [[ $round == all || $round == m ]]; then
gen() { java -Dperfaudit.log.level=WARN -cp target/perfaudit.jar "$here/Gen.java" "$@"; }
[[ -f target/perfaudit.jar ]] || mvn -B -q -o -Dstyle.color=never -DskipTests package
for stem in m02-dongba-nongtian-familyB-writer-nogap-2023 m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023 \
    m04-xikou-wenhua-familyE-scan-ocr-2022; do
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$here" "$here/$stem.html"
done
for stem in m02-dongba-nongtian-familyB-writer-nogap-2023 m03-baichuan-jiuzhu-familyC-writer-mixedruling-2023; do
  office --convert-to pdf:writer_pdf_Export --outdir "$out" "$here/$stem.docx"
done
office --convert-to pdf:writer_pdf_Export --outdir "$work" "$here/m04-xikou-wenhua-familyE-scan-ocr-2022.docx"
# the OCR confusions: l for 1, O for 0, · for the decimal point, a space inside a number, 分 read as 八刀
gen ocr "$work/m04-xikou-wenhua-familyE-scan-ocr-2022.pdf" "$out/m04-xikou-wenhua-familyE-scan-ocr-2022.pdf" \
  '126=>l26' '96.5%=>96·5%' '297.6=>29 7.6' '分）=>八刀）@4' '10.8=>1O.8' '≥200=>≥2OO'
for stem in m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023 m05-qingxi-nongye-bumenzhengti-rotated-2023; do
  office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$here/$stem.html"
  mkdir -p "$work/print"
  cp "$here/$stem.xlsx" "$work/print/"
  java -Dperfaudit.log.level=WARN -cp "$cp" perfaudit.audit.renditions.OfficePages --print-ready "$work/print/$stem.xlsx"
  office --convert-to pdf:calc_pdf_Export --outdir "$work/print" "$work/print/$stem.xlsx"
done
cp "$work/print/m01-wuling-zhuanyun-familyD-calc-bottomlabels-2023.pdf" "$out/"
gen rotate "$work/print/m05-qingxi-nongye-bumenzhengti-rotated-2023.pdf" "$out/m05-qingxi-nongye-bumenzhengti-rotated-2023.pdf"
ls -l "$out"/m0*.pdf
fi

# ---- Residuals 3 (s01–s03): one family B form whose table changes ruling at a page break ----
#   s01  Writer: the table ruled on page 1, its last rows and 总分 a table without borders on page 2 (same columns)
#   s02  Writer: the other way round, the table without borders on page 1 and ruled on page 2, columns set in absolute
#        widths so that both parts share them
#   s03  as s02 with the columns in per cent: Writer sizes the two tables differently, the columns do not meet
if [[ $round == all || $round == s ]]; then
for stem in s01-hexi-shuili-familyB-writer-ruledthenbare-2023 s02-nanping-guanwang-familyB-writer-barethenruled-2023 \
    s03-shimen-cunlu-familyB-writer-barethenruled-othercolumns-2023; do
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$here/$stem.html"
  office --convert-to pdf:writer_pdf_Export --outdir "$out" "$work/$stem.docx"
done
ls -l "$out"/s0*.pdf
fi

# ---- twentieth round (u01–u05): PDFs as producers other than LibreOffice draw them, written by Gen20.java (PDFBox,
# content streams by hand, a glyph-less Identity-H font so the files stay small; no LibreOffice needed) ----
#   u01  WPS / Foxit: page 1 Identity-H with no /ToUnicode; page 2 a /ToUnicode written from glyph ids (Han → Latin
#        Extended) and the figures in a Type 3 font of unnamed glyph drawings; page 3 a subset font whose /W gives the
#        Han glyphs 0.42 em (crowded)
#   u02  a report server (FineReport / JasperReports): text written column by column before the ruling, one glyph per
#        Tj placed by Td, spaces as TJ kerning, names and figures struck twice 0.3 pt apart (bold), figures as form
#        XObjects clipped to the cell and reused, 填报单位 header, 打印时间 stamp and 第 1 页 共 1 页 footer
#   u03  "Microsoft Print to PDF", 2 pages per sheet: two forms side by side, shrunk ×0.66 (6 pt type), the landscape
#        sheet stored portrait with /Rotate 90 and a crop box offset 36 pt into the media box
#   u04  a fillable form: 全年执行数 / 执行率 / 得分, 实际完成值 / 得分 / 偏差原因 and 总分 only in AcroForm text fields'
#        /V (NeedAppearances, no appearance streams), none in the page content
#   u05  a diagonal 内部资料 watermark drawn three times over the table, 打印时间 stamp and page footer
if [[ $round == all || $round == u ]]; then
java -cp "$cp" "$here/Gen20.java" "$out"
ls -l "$out"/u0*.pdf
fi
