#!/bin/sh
# Remakes the blind round 15 office forms (see ../README.md, "Fifteenth blind round"): run from this folder.
set -e
jar=../../../../../../target/perfaudit.jar
java -cp "$jar" Gen.java                      # o01-src.xlsx, o03 .xlsx, o04 .docx
tmp=$(mktemp -d)
# o01: the workbook as LibreOffice saves it in Excel 97-2003 format (BIFF8)
soffice --headless -env:UserInstallation=file://$tmp/lo --convert-to 'xls:MS Excel 97' --outdir "$tmp" o01-src.xlsx >/dev/null
mv "$tmp/o01-src.xls" ../o01-jinping-shanhong-familyD-xls-libreoffice-2023.xls
# o02: Word 97 (.doc) made by LibreOffice Writer from the HTML (nested table, paragraphs and line breaks in cells)
cp o02-baihe-xuesheng-familyC-doc-nested-2022.html "$tmp/o02.html"
soffice --headless -env:UserInstallation=file://$tmp/lo --infilter='HTML (StarWriter)' --convert-to 'doc:MS Word 97' --outdir "$tmp" "$tmp/o02.html" >/dev/null
mv "$tmp/o02.doc" ../o02-baihe-xuesheng-familyC-doc-nested-2022.doc
# o05: a system's "export to Excel": HTML with a BOM, named .xls
printf '\357\273\277' > ../o05-yuntai-shichang-bumenzhengti-htmlasxls-2023.xls
cat o05-yuntai-shichang-bumenzhengti-htmlasxls-2023.html >> ../o05-yuntai-shichang-bumenzhengti-htmlasxls-2023.xls
rm -rf "$tmp" o01-src.xlsx
