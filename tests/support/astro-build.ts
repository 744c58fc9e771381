/**
 * Runs `astro build` in a child process for tests that need a build of their own (broken content,
 * another base path, shards). Beside the test, not blocking it: a synchronous build would stall
 * the runner's messages (tests/support/turn.ts says why).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The environment without what Vitest adds to it: a `BASE_URL` (and `MODE`, `NODE_ENV`…) inherited
 * from the test run would override the build's own `base`.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
	const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

export interface BuildResult {
	/** The exit status: 0 when the build succeeded. */
	status: number | null;
	/** What the build printed, stdout and stderr interleaved, at most the last `keep` characters. */
	output: string;
}

/** Builds the project at `cwd` (its own node_modules/.bin/astro) with `env` added to the clean environment. */
export function astroBuild(cwd: string, { args = [], env = {}, keep = Infinity }: { args?: string[]; env?: NodeJS.ProcessEnv; keep?: number } = {}): Promise<BuildResult> {
	const build = spawn(join(cwd, 'node_modules/.bin/astro'), ['build', ...args], {
		cwd,
		env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
	});
	let output = '';
	const add = (chunk: string) => {
		output += chunk;
		if (output.length > keep) output = output.slice(-keep);
	};
	build.stdout.setEncoding('utf8').on('data', add);
	build.stderr.setEncoding('utf8').on('data', add);
	return new Promise((resolve, reject) => build.on('error', reject).on('close', (status) => resolve({ status, output })));
}
