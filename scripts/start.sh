#!/usr/bin/env bash
# One command for a fresh machine: install, load the seed reports and a generated demo corpus through the
# real ingest, build, and serve the dashboard on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export DATABASE_URL="${DATABASE_URL:-file:data/nianbao.db}"
PORT="${PORT:-3000}"
DEMO_AGENCIES="${DEMO_AGENCIES:-2000}"

echo "== 1/4 seed reports" >&2
npm run --silent ingest -- fixtures/seeds || echo "(some seeds were recorded as failed; see /quality)" >&2
if [ "${NIANBAO_NO_DEMO:-0}" != "1" ]; then
  echo "== 2/4 demo corpus: ${DEMO_AGENCIES} agencies, 2014–2024 (示例数据)" >&2
  if [ ! -f "data/demo-corpus-${DEMO_AGENCIES}/truth.jsonl" ]; then
    npm run --silent corpus -- --agencies "$DEMO_AGENCIES" --years 2014-2024 --seed 2024 --out "data/demo-corpus-${DEMO_AGENCIES}"
  fi
  npm run --silent ingest -- --demo "data/demo-corpus-${DEMO_AGENCIES}" || echo "(demo reports with faults were recorded as failed)" >&2
fi
echo "== 3/4 build" >&2
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib db -newer .next/BUILD_ID -type f -print -quit)" ]; then
  npx next build
fi
echo "== 4/4 serving http://localhost:${PORT}" >&2
exec node server.mjs -p "$PORT"
