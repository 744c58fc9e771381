#!/usr/bin/env bash
# `npm test`: the unit tests run while the site builds (they read content and the UN's files, not
# dist/; the build renders on one core, so they take the other), then the build and browser tests
# on the build, then the base-path pass (`npm run test:base`). Every part runs; the first failure's
# status is the result.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=8192"
status=0

npm run build:test &
build=$!
npx vitest run --project files tests/unit || status=$?
wait "$build" || { echo "npm test: the build failed" >&2; exit 1; }

npx vitest run tests/build tests/browser --exclude tests/build/shards.test.ts || { [ "$status" -ne 0 ] || status=$?; }
npm run test:base || { [ "$status" -ne 0 ] || status=$?; }
exit "$status"
