import { defineConfig } from 'vitest/config';

/**
 * Two projects that run side by side, each one file at a time: the browser tests (each starts a
 * server and a Chromium, which takes a core or two of its own) and the tests that read files
 * (build output, content, the UN's files: one core). On two cores the reading tests then fill the
 * time a browser test waits on Chromium, instead of waiting their turn after it. Two of the
 * every-page file tests run in the browser project's lane (`laneB`), so that the two lanes end
 * together (three sessions, clean clone: files about 490 s and browser 630 s with the published
 * URLs in the browser lane; 54 s of that moved over).
 */
const laneB = ['tests/build/citations.test.ts', 'tests/build/html-validity.test.ts'];

export default defineConfig({
	test: {
		environment: 'node',
		// Browser tests drive a real Chromium; a whole-page axe run takes a second or two.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// expect.poll waits for what the page does in its own time (an outline marking the place, a
		// dialog opening): Vitest's 1 s is outrun on two cores while the other lane reads every page.
		expect: { poll: { timeout: 10_000 } },
		reporters: ['default', './tests/support/summary-reporter.ts'],
		setupFiles: ['./tests/support/yield-to-runner.ts'],
		// One worker per project (below), two in all: Vitest's default on two cores is one.
		maxWorkers: 2,
		projects: [
			// Each project one file at a time in a pool of its own (a worker thread; a child process, for the
			// memory the every-page tests need): two projects of one kind of pool share its one worker, and
			// then run one after the other.
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts', ...laneB], pool: 'threads', poolOptions: { threads: { singleThread: true } } } },
			// (Not `exclude`: a project's own would drop the files the command line excludes.)
			{ extends: true, test: { name: 'files', include: [`tests/build/!(${laneB.map((file) => file.replace(/^tests\/build\/|\.test\.ts$/g, '')).join('|')}).test.ts`, 'tests/unit/**/*.test.ts'], pool: 'forks', poolOptions: { forks: { singleFork: true } } } },
		],
	},
});
