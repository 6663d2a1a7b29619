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
# LibreOffice stamps creation times into every file, so a re-run changes bytes, not content.
set -euo pipefail
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
