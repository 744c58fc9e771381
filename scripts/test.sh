#!/usr/bin/env bash
# `npm test`: the unit tests run while the site builds (they read content and the UN's files, not
# dist/; the build renders on one core, so they take the other), then the build and browser tests
# on the build, then the base-path pass (`npm run test:base`). Every part runs; the first failure's
# status is the result, and the end of the output repeats every pass's result (a CI that keeps only
# the end of a long output still shows what failed in the first pass).
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=8192"
status=0
# Each Vitest run adds its failures and counts to this file (tests/support/summary-reporter.ts).
export TEST_SUMMARY="$(mktemp)"
trap 'rm -f "$TEST_SUMMARY"' EXIT

# pass NAME COMMAND...: runs one pass under its name; a pass that ends in error says so even when
# its runner could not report (a crash, an out-of-memory kill).
pass() {
	local name=$1 code=0
	shift
	TEST_PASS=$name "$@" || code=$?
	if [ "$code" -ne 0 ]; then
		echo "$name: exited with status $code" >>"$TEST_SUMMARY"
		[ "$status" -ne 0 ] || status=$code
	fi
}
recap() { echo; echo "npm test, every pass:"; cat "$TEST_SUMMARY"; }

npm run build:test &
build=$!
pass "unit tests" npx vitest run --project files tests/unit
wait "$build" || { echo "npm test: the build failed" >&2; recap; exit 1; }

pass "build and browser tests" npx vitest run tests/build tests/browser --exclude tests/build/shards.test.ts
pass "base-path pass" npm run test:base
recap
exit "$status"
