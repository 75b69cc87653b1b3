#!/usr/bin/env bash
# The e2e server: a fresh database file loaded through the real ingest command, then the production server.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-3210}"
OUT=e2e/output
# One database folder per port, so two e2e runs on different ports (E2E_PORT) do not delete each other's file.
DB_DIR="$OUT/db-$PORT"
rm -rf "$DB_DIR" && mkdir -p "$DB_DIR"
export DATABASE_URL="file:$DB_DIR/e2e.db"
if [ ! -f "$OUT/corpus/truth.jsonl" ]; then
  npm run --silent corpus -- --agencies 120 --years 2016-2024 --seed 7 --out "$OUT/corpus" >&2
fi
# Only documents this repository holds: the seeds and a written report with wrong §四 totals (R4 findings).
npm run --silent ingest -- --json fixtures/seeds fixtures/findings >&2 || true
npm run --silent ingest -- --json --manifest e2e/fixtures/manifest.csv e2e/fixtures >&2 || true
npm run --silent ingest -- --json --demo "$OUT/corpus" >&2 || true
exec node server.mjs -p "$PORT" -H 127.0.0.1
