#!/usr/bin/env bash
# Re-creates the twenty-first blind round's clean OCR inputs (v01, v02, v05; ../v0*.txt) from the pages here: each page
# is opened by LibreOffice Writer (.docx kept), printed to PDF, rendered grey by pdftoppm with NO degradation (v02 only a
# slight grey, Degrade.java dark=0.93, PNG-quality JPEG) and read by Tesseract 5.3 to text, as a unit's scanner software
# or an office suite's 图片转文字 pastes a clean scan. v03 (a document-site copy) and v04 (OCR confusions typed as a
# good engine makes them) are hand-made text; they have no source here. Needs what make.sh needs.
#   v01  family D   300 dpi, clean, A4 landscape        chi_sim --psm 3  → text
#   v02  family E   250 dpi, landscape, slight grey     chi_sim --psm 4  → text
#   v05  family L   繁體, 300 dpi, clean, landscape      chi_tra --psm 3  → text
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/.."
work="${KEEP:-$(mktemp -d)}"; mkdir -p "$work"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }

render() {
  local stem=$1 dpi=$2
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$here" "$here/$stem.html"
  office --convert-to pdf:writer_pdf_Export --outdir "$work" "$here/$stem.docx"
  pdftoppm -r "$dpi" -gray -png -f 1 -l 1 -singlefile "$work/$stem.pdf" "$work/$stem"
}
ocr() {
  local stem=$1 image=$2 dpi=$3 lang=$4 psm=$5
  tesseract "$image" "$work/$stem" --dpi "$dpi" -l "$lang" --psm "$psm" txt 2>/dev/null
  cp "$work/$stem.txt" "$out/$stem.txt"
}

s=v01-anping-jiaoyu-familyD-clean-psm3-2023
render $s 300; ocr $s "$work/$s.png" 300 chi_sim 3

s=v02-qiaotou-xiaoxin-familyE-clean-grey-psm4-2022
render $s 250; java "$here/Degrade.java" "$work/$s.png" "$work/$s.jpg" dark=0.93 quality=95 seed=21
ocr $s "$work/$s.jpg" 250 chi_sim 4

s=v05-linan-gongyuan-familyL-fanti-chitra-psm3-2023
render $s 300; ocr $s "$work/$s.png" 300 chi_tra 3

ls -l "$out"/v0*
