import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		// Browser tests drive a real Chromium; a whole-page axe run takes a second or two.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser suites each start a server and a browser; two cores are busy enough with one at a time.
		fileParallelism: false,
		reporters: ['default', './tests/support/summary-reporter.ts'],
		setupFiles: ['./tests/support/yield-to-runner.ts'],
	},
});
