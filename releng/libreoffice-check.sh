#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Exports the sample engagement's workpaper with the built product's CLI and has LibreOffice
# (Debian, headless) convert it to PDF, the way an auditor's office suite would open it:
# fails if the conversion fails, yields no pages, or the cover's Japanese text is not in the
# PDF. Renders the first pages as PNG under releng/jp.kansa.product/target/libreoffice-check/ for
# a person to look at. Usage: libreoffice-check.sh [<product-folder>] (the built one by default).
set -uo pipefail
. "$(dirname "$0")/check-lib.sh"
check_begin libreoffice-check "${1:-}"
cp -r "$ROOT/bundles/jp.kansa.model/samples/." "$OUT/"
"$ROOT/releng/kansa-cli.sh" export "$OUT/sample-hospital.kansa" --output "$OUT/sample-hospital.xlsx" \
  >"$OUT/export.log" 2>&1 || fail "export: $(cat "$OUT/export.log")"
# its own profile folder: a first start must not depend on (or write to) the user's
HOME="$OUT/home" timeout 300 soffice --headless --norestore --convert-to pdf --outdir "$OUT" \
  "$OUT/sample-hospital.xlsx" >"$OUT/soffice.log" 2>&1 || fail "soffice: $(cat "$OUT/soffice.log")"
[ -s "$OUT/sample-hospital.pdf" ] || fail "no PDF: $(cat "$OUT/soffice.log")"
PAGES=$(pdfinfo "$OUT/sample-hospital.pdf" | awk '/^Pages:/ {print $2}')
[ "${PAGES:-0}" -ge 5 ] || fail "only ${PAGES:-0} pages"
pdftotext "$OUT/sample-hospital.pdf" "$OUT/sample-hospital.txt"
for text in 監査調書 みなと総合病院 役割分担マトリクス; do
  grep -q "$text" "$OUT/sample-hospital.txt" || fail "\"$text\" is not in the PDF (fonts or export)"
done
pdftoppm -png -r 60 -f 1 -l 4 "$OUT/sample-hospital.pdf" "$OUT/page"
passed "$PAGES pages, Japanese text present; pages rendered to $OUT/page-*.png"
check_end
