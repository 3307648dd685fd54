#!/usr/bin/env bash
# --ui-scale: render --ui at 1.5 draws the caption's text half as tall again as at 1 (word heights
# read back by OCR, tesseract's TSV); a value outside 0.75-3, or not a number, is a usage error
# (exit 2) naming the option, for render and for the app.
source "$(dirname "$0")/cli_common.sh"

# word_height NAME WORD: the tallest box OCR finds for WORD in render NAME, in pixels.
word_height() {
  tesseract "$work/$1.png" - tsv 2>/dev/null |
    awk -F'\t' -v w="$2" 'NR > 1 && $12 == w && $10 > h { h = $10 } END { print h + 0 }'
}

for scale in 1 1.5; do
  "$app" render --ui --at 2022-04-19T15:00 --size 1920x1080 --ui-scale "$scale" -o "$work/s$scale.png" >/dev/null 2>&1 ||
    failed "render --ui-scale $scale exited $?"
done
small=$(word_height s1 Visit)
big=$(word_height s1.5 Visit)
[ "$small" -gt 0 ] && [ "$big" -gt 0 ] || failed "the caption's 'Visit' not read: $small, $big"
# 1.5 times as tall, give or take OCR's box: more than 1.3 and less than 1.7.
[ $((big * 10)) -gt $((small * 13)) ] && [ $((big * 10)) -lt $((small * 17)) ] ||
  failed "'Visit' is $small px high at 1 and $big px at 1.5"

for bad in 0.5 3.5 abc ""; do
  err="$("$app" render --ui --ui-scale "$bad" -o "$work/bad.png" 2>&1 >/dev/null)"
  code=$?
  [ "$code" -eq 2 ] && grep -q -- "--ui-scale: '$bad' is not a number from 0.75 to 3" <<<"$err" ||
    failed "render --ui-scale '$bad' -> $code: $err"
  err="$("$app" --ui-scale "$bad" 2>&1 >/dev/null)"
  code=$?
  [ "$code" -eq 2 ] && grep -q -- "--ui-scale" <<<"$err" || failed "app --ui-scale '$bad' -> $code: $err"
done

finish "ui scale"
