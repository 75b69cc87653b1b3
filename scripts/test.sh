#!/usr/bin/env bash
# Every test: type check, lint and format (Biome) and line length, unit + DB tests (vitest, real temporary
# libSQL files), then Playwright e2e in Debian's Chromium against the production build and a database
# loaded through the real ingest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system.sh
bash scripts/ensure-deps.sh
echo "== typecheck" >&2
npx tsc --noEmit
echo "== lint and format (Biome), lines <= 120" >&2
npx biome ci . --error-on-warnings
npx tsx scripts/check-line-length.ts
echo "== unit and DB tests" >&2
npx vitest run
echo "== production build" >&2
npx next build
echo "== e2e (Playwright, Chromium)" >&2
npx playwright test
