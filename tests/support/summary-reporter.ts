/**
 * Ends the test output with where the time went (each test file's own time, longest first), the
 * tests that failed, each with the first line of its error, and one plain line, "N passed, N failed,
 * N skipped", that any CI can read whatever the runner. With TEST_SUMMARY set (npm test sets it),
 * the failures and that line are also added to that file, under TEST_PASS's name, so that npm test
 * can repeat every pass's result at its very end: a CI that keeps only the end of a long output
 * still shows what failed in the first pass.
 */
import { appendFileSync } from 'node:fs';
import type { Reporter, RunnerTestFile, RunnerTask } from 'vitest/node';

function tests(tasks: RunnerTask[]): RunnerTask[] {
	return tasks.flatMap((task) => (task.type === 'suite' ? tests(task.tasks) : [task]));
}

/** "file > suite > test", as Vitest names a test. */
function fullName(task: RunnerTask): string {
	const names: string[] = [];
	for (let at: RunnerTask | undefined = task; at; at = at.suite ?? (at.file !== at ? at.file : undefined)) {
		if (at.name) names.unshift(at.name);
		if (at === at.file) break;
	}
	return names.join(' > ');
}

function firstLine(error: unknown): string {
	const message = error instanceof Error ? error.message : typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
	return (message.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 300);
}

export default class SummaryReporter implements Reporter {
	onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
		const all = tests(files);
		const failedTests = all.filter((t) => t.result?.state === 'fail');
		// A file that failed on its own (its top-level code or a hook), with no test of its own failing.
		const failedFiles = files.filter((f) => f.result?.state === 'fail' && !tests(f.tasks).some((t) => t.result?.state === 'fail'));
		const failures = [
			...failedTests.map((t) => `${fullName(t)}: ${firstLine(t.result?.errors?.[0])}`),
			...failedFiles.map((f) => `${f.name}: ${firstLine(f.result?.errors?.[0])}`),
			...errors.map((error) => `unhandled error: ${firstLine(error)}`),
		];
		const passed = all.filter((t) => t.result?.state === 'pass').length;
		const skipped = all.filter((t) => t.mode === 'skip' || t.mode === 'todo').length;
		// A file's time: collecting it (its top-level code: reading pages, building sets) and its hooks and tests.
		const times = files
			.map((file) => ({ name: file.name, seconds: ((file.collectDuration ?? 0) + (file.result?.duration ?? 0)) / 1000 }))
			.sort((a, b) => b.seconds - a.seconds);
		console.log('\nwhere the time went (s):');
		for (const { name, seconds } of times) console.log(`${seconds.toFixed(0).padStart(6)}  ${name}`);
		const summary = [
			...(failures.length ? ['failed:', ...failures.map((failure) => `  ${failure}`)] : []),
			`${passed} passed, ${failures.length} failed, ${skipped} skipped`,
		].join('\n');
		console.log(`\n${summary}`);
		if (process.env.TEST_SUMMARY) appendFileSync(process.env.TEST_SUMMARY, `${process.env.TEST_PASS ?? 'vitest'}: ${summary}\n`);
	}
}
