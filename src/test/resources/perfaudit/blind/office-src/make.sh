#!/bin/sh
# Remakes the blind round 15 and 17 office forms (see ../README.md, "Fifteenth blind round"): run from this folder.
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

# Blind round 17 (see ../README.md, "Seventeenth blind round"): q01..q05
python3 q01.py ../q01-shuanghe-chaye-familyB-xlsxexport-named-et-2023.et   # raw xlsx parts, named .et
java -cp "$jar" Gen17.java                                                  # q02: BIFF8 workbook as WPS writes .et
python3 q03.py ../q03-jinsha-gouqi-familyL-docx-controls-fields-2023.docx   # raw WordprocessingML
tmp=$(mktemp -d)
# q03b: q03 as a Word 97-2003 protected form (every control a legacy FORMTEXT field), saved to .doc by LibreOffice
python3 q03.py --legacy "$tmp/q03b.docx"
soffice --headless -env:UserInstallation=file://$tmp/lo --convert-to 'doc:MS Word 97' --outdir "$tmp" "$tmp/q03b.docx" >/dev/null
mv "$tmp/q03b.doc" ../q03b-jinsha-gouqi-familyL-doc-formfields-2023.doc
# q04: Word 97 (as WPS Writer saves .wps) made by LibreOffice Writer from the HTML, named .wps
cp q04-yunxi-fangzai-familyCprime-wps-2023.html "$tmp/q04.html"
soffice --headless -env:UserInstallation=file://$tmp/lo --infilter='HTML (StarWriter)' --convert-to 'doc:MS Word 97' --outdir "$tmp" "$tmp/q04.html" >/dev/null
mv "$tmp/q04.doc" ../q04-yunxi-fangzai-familyCprime-wps-2023.wps
# q05: an OpenDocument spreadsheet made by LibreOffice Calc from the HTML table
cp q05-hongling-cunyi-familyE-ods-2023.html "$tmp/q05.html"
soffice --headless -env:UserInstallation=file://$tmp/lo --infilter='HTML (StarCalc)' --convert-to ods --outdir "$tmp" "$tmp/q05.html" >/dev/null
mv "$tmp/q05.ods" ../q05-hongling-cunyi-familyE-ods-2023.ods
# q02b: q02's workbook as LibreOffice Calc saves it in OpenDocument format
cp ../q02-qingxi-xiangmu-familyD-et-manyprojects-2023.et "$tmp/q02.xls"
soffice --headless -env:UserInstallation=file://$tmp/lo --convert-to ods --outdir "$tmp" "$tmp/q02.xls" >/dev/null
mv "$tmp/q02.ods" ../q02b-qingxi-xiangmu-familyD-ods-manyprojects-2023.ods
rm -rf "$tmp"
