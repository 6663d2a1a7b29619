#!/usr/bin/env bash
# Re-creates the .odt renditions (README.md here) from the .docx files they render, with LibreOffice
# (apt-get install -y libreoffice-writer fonts-noto-cjk). Run from anywhere; writes into this folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(cd "$here/../../../../../.." && pwd)"
blind="$home/src/test/resources/perfaudit/blind"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$home"/fixtures/office/seeds/*.docx "$home/fixtures/office/variations/spacer-column.docx" "$work/"
for name in i03 i06 o04 e02; do cp "$blind"/"$name"-*.docx "$work/"; done
for name in l01 m03; do cp "$blind"/pdf-src/"$name"-*.docx "$work/"; done
cp "$blind"/ocr-src/p03-*.docx "$work/"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to odt --outdir "$here" "$work"/*.docx >/dev/null
ls -l "$here"/*.odt
