#!/bin/bash
# usage: run.sh [CLASS ...] [REPO]   regenerate the given adv11 classes (fixed seed; none: all) and score them
#        against REPO (default: this checkout). Prints per class exact/blank/flagged/SILENT (strict: a finding of
#        severity "info" does not name a key), sorted by SILENT. Details per class in $OUT/<class>.detail, the
#        score-expected.py view in $OUT/<class>.score. OUT defaults to /tmp/nianbao-adv/out-<repo basename>;
#        PAGES (default /tmp/nianbao-adv/pages) is where pages are written. REPO defaults to this checkout.
HERE=$(cd "$(dirname "$0")" && echo "$PWD")
REPO=$(cd "$HERE/../.." && echo "$PWD"); CLASSES=()
bash "$REPO/scripts/ensure-system.sh" python3
for a in "$@"; do if [ -d "$a" ] && [ -f "$a/package.json" ]; then REPO=$a; else CLASSES+=("$a"); fi; done
PAGES=${PAGES:-/tmp/nianbao-adv/pages}
OUT=${OUT:-/tmp/nianbao-adv/out-$(basename "$REPO")}
mkdir -p "$OUT"
python3 $HERE/gen.py "$PAGES" "${CLASSES[@]}" > /dev/null || exit 1
[ ${#CLASSES[@]} -eq 0 ] && CLASSES=($(python3 -c "import sys; sys.argv=['x']; exec(open('$HERE/gen.py').read().split('def main')[0]); print(' '.join(CLASSES))"))
FILES=(); for c in "${CLASSES[@]}"; do FILES+=($(ls "$PAGES/$c"/*.txt "$PAGES/$c"/*.html 2>/dev/null)); done
(cd "$REPO" && npx tsx lib/cli/parse.ts "${FILES[@]}" > "$OUT/all.jsonl" 2> "$OUT/parse.err")
# split once by class folder, so each class is scored on its own lines
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]; fh = {}
for line in open(f"{out}/all.jsonl", encoding="utf-8"):
    try: c = os.path.basename(os.path.dirname(json.loads(line)["file"]))
    except Exception: continue
    if c not in fh: fh[c] = open(f"{out}/{c}.jsonl", "w", encoding="utf-8")
    fh[c].write(line)
PY
for c in "${CLASSES[@]}"; do
  touch "$OUT/$c.jsonl"
  python3 $HERE/sc.py "$PAGES/$c/expected.json" "$OUT/$c.jsonl" --class "$c" --detail > "$OUT/$c.detail"
  python3 "$REPO/../shared/tools/score-expected.py" "$PAGES/$c/expected.json" "$OUT/$c.jsonl" > "$OUT/$c.score" 2>&1
  head -1 "$OUT/$c.detail"
done | sort -k9,9nr -k1,1 > "$OUT/summary.txt"
cat "$OUT/summary.txt"
python3 -c 'import re, sys; print("TOTAL SILENT (strict):", sum(map(int, re.findall(r"SILENT +(\d+)", open(sys.argv[1]).read()))))' \
  "$OUT/summary.txt"
