#!/usr/bin/env bash
# Re-creates the office renditions of the real forms that kept their grid ("|" rows) — see README.md
# here: the page a publisher would have made (perfaudit.audit.renditions.OfficePages: text lines
# before/after the grid as paragraphs, the grid as one table), opened and saved by LibreOffice
# (apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk) as
#   xlsx/     Calc's workbook of the page            docx/     Writer's document of the page
#   pdf/      the docx printed by Writer
#   calc-pdf/ the xlsx made ready to print (OfficePages --print-ready) and printed by Calc
# and the same three of the page whose table keeps each row's empty cells (OfficePages --keep-empty:
# figures stay under their headings, as in the published grid) in grid-xlsx/, grid-docx/, grid-pdf/, grid-calc-pdf/,
# and as Word/Excel 97-2003 files in grid-doc/, grid-xls/, and both docx shapes as OpenDocument text in odt/, grid-odt/.
# Run from anywhere, with ../shared/real-forms beside the project; writes into this folder.
# LibreOffice stamps creation times into every file, so a re-run changes bytes, not content.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../../.." && pwd)"
out="$home/src/test/resources/perfaudit/renditions/office"
forms="$home/../shared/real-forms"
cd "$home"

mvn -B -q -o -Dstyle.color=never -DskipTests test-compile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
cp="target/test-classes:$(cat "$work/classpath")"
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }
# render <OfficePages option> <folder prefix>
render() {
  rm -rf "$work/html" "$out/${2}xlsx" "$out/${2}docx" "$out/${2}pdf"
  java -cp "$cp" perfaudit.audit.renditions.OfficePages "$forms" "$work/html" $1
  mkdir -p "$out/${2}xlsx" "$out/${2}docx" "$out/${2}pdf"
  office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out/${2}xlsx" "$work"/html/*.html
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out/${2}docx" "$work"/html/*.html
  office --convert-to pdf:writer_pdf_Export --outdir "$out/${2}pdf" "$out/${2}docx"/*.docx
  # the workbook made ready to print (wrapped cells, rows as tall as their text, one page wide),
  # printed by Calc with its default page style: the sheet's name over each page, "Page N" under it
  rm -rf "$work/print" "$out/${2}calc-pdf"
  mkdir -p "$work/print"
  cp "$out/${2}xlsx"/*.xlsx "$work/print/"
  java -Dperfaudit.log.level=WARN -cp "$cp" perfaudit.audit.renditions.OfficePages --print-ready "$work"/print/*.xlsx
  office --convert-to pdf:calc_pdf_Export --outdir "$out/${2}calc-pdf" "$work"/print/*.xlsx
}
render "" ""
render --keep-empty grid-
# Word 97-2003 and Excel 97-2003, as many units still publish: the grid shape saved by Writer and Calc.
rm -rf "$out/grid-doc" "$out/grid-xls"
office --convert-to doc --outdir "$out/grid-doc" "$out"/grid-docx/*.docx
office --convert-to xls --outdir "$out/grid-xls" "$out"/grid-xlsx/*.xlsx
# OpenDocument text, as LibreOffice Writer and WPS save it: both docx shapes saved by Writer as .odt.
rm -rf "$out/odt" "$out/grid-odt"
office --convert-to odt --outdir "$out/odt" "$out"/docx/*.docx
office --convert-to odt --outdir "$out/grid-odt" "$out"/grid-docx/*.docx
ls -l "$out"/*/
