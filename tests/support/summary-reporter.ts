/**
 * Ends the test output with where the time went (each test file's own time, longest first) and
 * one plain line, "N passed, N failed, N skipped", that any CI can read whatever the runner.
 */
import type { Reporter, RunnerTestFile, RunnerTask } from 'vitest/node';

function tests(tasks: RunnerTask[]): RunnerTask[] {
	return tasks.flatMap((task) => (task.type === 'suite' ? tests(task.tasks) : [task]));
}

export default class SummaryReporter implements Reporter {
	onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
		const all = tests(files);
		const failed = all.filter((t) => t.result?.state === 'fail').length + files.filter((f) => f.result?.state === 'fail' && f.tasks.length === 0).length + errors.length;
		const passed = all.filter((t) => t.result?.state === 'pass').length;
		const skipped = all.filter((t) => t.mode === 'skip' || t.mode === 'todo').length;
		// A file's time: collecting it (its top-level code: reading pages, building sets) and its hooks and tests.
		const times = files
			.map((file) => ({ name: file.name, seconds: ((file.collectDuration ?? 0) + (file.result?.duration ?? 0)) / 1000 }))
			.sort((a, b) => b.seconds - a.seconds);
		console.log('\nwhere the time went (s):');
		for (const { name, seconds } of times) console.log(`${seconds.toFixed(0).padStart(6)}  ${name}`);
		console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
	}
}
