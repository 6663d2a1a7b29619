#!/usr/bin/env bash
# Re-creates the office renditions of the real forms that kept their grid ("|" rows) — see README.md
# here: the page a publisher would have made (perfaudit.audit.renditions.OfficePages: text lines
# before/after the grid as paragraphs, the grid as one table), opened and saved by LibreOffice
# (apt-get install -y libreoffice-calc libreoffice-writer fonts-noto-cjk) as
#   xlsx/     Calc's workbook of the page            docx/     Writer's document of the page
#   pdf/      the docx printed by Writer
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
java -cp target/test-classes perfaudit.audit.renditions.OfficePages "$forms" "$work/html"

office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }
rm -rf "$out"/xlsx "$out"/docx "$out"/pdf
mkdir -p "$out"/xlsx "$out"/docx "$out"/pdf
office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out/xlsx" "$work"/html/*.html
office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out/docx" "$work"/html/*.html
office --convert-to pdf:writer_pdf_Export --outdir "$out/pdf" "$out"/docx/*.docx
ls -l "$out"/xlsx "$out"/docx "$out"/pdf
