#!/usr/bin/env bash
# Re-creates the sixteenth blind round's OCR inputs (p01–p05, ../p0*.txt / ../p0*.pdf) from the pages here: each page is
# opened by LibreOffice Writer (docx kept here), printed to PDF, rendered grey by pdftoppm, made to look scanned by
# Degrade.java (skew, resampling, a darker grey, speckle, a red seal, JPEG quality) and read by Tesseract 5.3
# (chi_sim / chi_tra), to text (what an OCR tool pastes into a page) or to a PDF with the page image under an invisible
# text layer (what scanners, OCRmyPDF and `tesseract IMG OUT pdf` write). Tests never run Tesseract: the outputs are
# the fixtures. Needs LibreOffice 7.4, fonts-noto-cjk, poppler-utils, tesseract-ocr with chi_sim and chi_tra, Java 17.
#   p01  family B   300 dpi, skew 0.5°, light speckle, JPEG 80      chi_sim --psm 6  → text
#   p02  family D   300 dpi, skew -0.6°, JPEG 70                    chi_sim --psm 4  → PDF (image + text layer)
#   p03  family C   繁體, 300 dpi, skew 0.7°, light speckle          chi_tra --psm 4  → text
#   p04  family E   300 dpi, a red seal over 单位名称, JPEG 70       chi_sim (psm 3)  → PDF
#   p05  部门整体   150 dpi, darker grey (0.8), speckle, JPEG 40     chi_sim (psm 3)  → text
# The PDFs' page images are then stored at 150 dpi, grey JPEG quality 50 (Shrink.java, PDFBox from perfaudit.jar;
# the text layer stays as Tesseract placed it), as OCRmyPDF --optimize and scanner software keep them.
# Tesseract output varies a little between versions (5.3.0 here), so a re-run may change a glyph or two.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/.."
work="${KEEP:-$(mktemp -d)}"; mkdir -p "$work"
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }
degrade() { java "$here/Degrade.java" "$@"; }
jar="$(cd "$here/../../../../../.." && pwd)/target/perfaudit.jar"
[[ -f $jar ]] || (cd "$(dirname "$(dirname "$jar")")" && mvn -B -q -o -DskipTests package)
shrink() { java -cp "$jar" "$here/Shrink.java" "$work/$1.pdf" "$out/$1.pdf" 0.5 50; }

# page → docx (kept) → PDF → grey PNG at $2 dpi
render() {
  local stem=$1 dpi=$2
  office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$here" "$here/$stem.html"
  office --convert-to pdf:writer_pdf_Export --outdir "$work" "$here/$stem.docx"
  pdftoppm -r "$dpi" -gray -png -f 1 -l 1 -singlefile "$work/$stem.pdf" "$work/$stem"
}
# OCR the degraded page $1.jpg (at $2 dpi) with language $3 and page segmentation $4 into $out/$1.$5 (txt or pdf)
ocr() {
  local stem=$1 dpi=$2 lang=$3 psm=$4 kind=$5
  tesseract "$work/$stem.jpg" "$work/$stem" --dpi "$dpi" -l "$lang" --psm "$psm" "$kind" 2>/dev/null
  [[ $kind == pdf ]] || cp "$work/$stem.$kind" "$out/$stem.$kind"
}

# w01, w02 (branch ocrlayer): p02's and p04's pages clean (no degradation), to a PDF by Tesseract itself and by OCRmyPDF
# (14.0.1, apt's ocrmypdf). `make.sh w` makes only these two.
clean_layers() {
  local s=p02-linxi-wushui-familyD-scan-ocrpdf-2022 w=w01-linxi-wushui-familyD-clean-tesseract-2022
  render $s 300; tesseract "$work/$s.png" "$work/$w" --dpi 300 -l chi_sim pdf 2>/dev/null; shrink $w
  s=p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023 w=w02-shimen-yingxiang-familyE-clean-ocrmypdf-2023
  render $s 300; ocrmypdf -q -l chi_sim --image-dpi 300 --output-type pdf --optimize 0 "$work/$s.png" "$work/$w.pdf"; shrink $w
}
if [[ ${1:-} == w ]]; then clean_layers; ls -l "$out"/w0*; exit 0; fi

s=p01-huangling-chanyelu-familyB-scan-psm6-2023
render $s 300; degrade "$work/$s.png" "$work/$s.jpg" skew=0.5 speckle=0.001 quality=80 seed=1
ocr $s 300 chi_sim 6 txt

s=p02-linxi-wushui-familyD-scan-ocrpdf-2022
render $s 300; degrade "$work/$s.png" "$work/$s.jpg" skew=-0.6 quality=70 seed=2
ocr $s 300 chi_sim 4 pdf; shrink $s

s=p03-lingdong-gonglu-familyC-fanti-chitra-psm4-2022
render $s 300; degrade "$work/$s.png" "$work/$s.jpg" skew=0.7 speckle=0.001 quality=80 seed=3
ocr $s 300 chi_tra 4 txt

s=p04-shimen-yingxiang-familyE-stamp-ocrpdf-2023
render $s 300; degrade "$work/$s.png" "$work/$s.jpg" "stamp=0.34,0.115,0.075,石门县卫生健康局" quality=70 seed=4
ocr $s 300 chi_sim 3 pdf; shrink $s

s=p05-yunxi-shijian-bumenzhengti-darkjpeg-psm3-2023
render $s 150; degrade "$work/$s.png" "$work/$s.jpg" dark=0.8 speckle=0.006 quality=40 seed=5
ocr $s 150 chi_sim 3 txt

clean_layers
ls -l "$out"/p0* "$out"/w0*
