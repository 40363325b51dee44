#!/usr/bin/env bash
# Redraw docs/screenshots at a laptop's 1366x768, in Arabic and English, on a
# fresh demo database (the user's own data and window layout are not touched).
# Usage: scripts/screenshots.sh [PYTHON] [SIZE]
set -euo pipefail
PY=${1:-.venv/bin/python}
SIZE=${2:-1366x768}
OUT=docs/screenshots
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export MAKTAB_DATA_DIR="$TMP/data" MAKTAB_CONFIG_DIR="$TMP/config" MAKTAB_SITE_CONFIG="$TMP/site.json"
export QT_QPA_PLATFORM=offscreen
"$PY" -m desk_app.admin.cli demo --if-empty --tickets 300 >/dev/null
mkdir -p "$OUT"
for lang in ar en; do
    "$PY" -m desk_app --lang "$lang" --size "$SIZE" --screenshot "$OUT/main-$lang.png"
    for dialog in intake suggestions contact resolve escalate admin admin:levels admin:levels:rules \
        admin:catalogue admin:templates admin:mail keys knowledge dashboard breakdowns allocation \
        drill report report-save write-letter letter-register; do
        "$PY" -m desk_app --lang "$lang" --size "$SIZE" --dialog "$dialog" \
            --screenshot "$OUT/${dialog//:/-}-$lang.png"
    done
done
# A printed letter's first page, as a reader sees it.
for lang in ar en; do
    "$PY" -m desk_app --lang "$lang" --size "$SIZE" --dialog "letter-pdf-$lang" \
        --screenshot "$OUT/letter-$lang.png"
done
