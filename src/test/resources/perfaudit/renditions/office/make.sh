#!/usr/bin/env bash
# Re-creates the office renditions of the real forms that kept their grid ("|" rows) — see README.md
# here: the page a publisher would have made (perfaudit.audit.renditions.OfficePages: text lines
# before/after the grid as paragraphs, the grid as one table), opened and saved by LibreOffice
# (apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk) as
#   xlsx/     Calc's workbook of the page            docx/     Writer's document of the page
#   pdf/      the docx printed by Writer
# and the same three of the page whose table keeps each row's empty cells (OfficePages --keep-empty:
# figures stay under their headings, as in the published grid) in grid-xlsx/, grid-docx/, grid-pdf/,
# and as Word/Excel 97-2003 files in grid-doc/, grid-xls/.
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
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }
# render <OfficePages option> <folder prefix>
render() {
  rm -rf "$work/html" "$out/${2}xlsx" "$out/${2}docx" "$out/${2}pdf"
  java -cp target/test-classes perfaudit.audit.renditions.OfficePages "$forms" "$work/html" $1
  mkdir -p "$out/${2}xlsx" "$out/${2}docx" "$out/${2}pdf"
  office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out/${2}xlsx" "$work"/html/*.html
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out/${2}docx" "$work"/html/*.html
  office --convert-to pdf:writer_pdf_Export --outdir "$out/${2}pdf" "$out/${2}docx"/*.docx
}
render "" ""
render --keep-empty grid-
# Word 97-2003 and Excel 97-2003, as many units still publish: the grid shape saved by Writer and Calc.
rm -rf "$out/grid-doc" "$out/grid-xls"
office --convert-to doc --outdir "$out/grid-doc" "$out"/grid-docx/*.docx
office --convert-to xls --outdir "$out/grid-xls" "$out"/grid-xlsx/*.xlsx
ls -l "$out"/*/
