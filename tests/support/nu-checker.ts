/**
 * The W3C Nu HTML Checker (`vnu.jar` from the `vnu-jar` package) run locally on built pages. It
 * needs a Java runtime: without one the check is skipped with a loud line, except in CI, where
 * that fails (`.ci/run` installs Debian's `default-jre-headless`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Path of vnu.jar inside node_modules. */
export const vnuJar = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** Whether a Java runtime answers on this machine. */
export const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

if (!hasJava) {
	const message = 'NO JAVA RUNTIME FOUND: the W3C Nu HTML Checker cannot run. Install one (Debian/Ubuntu: `sudo apt-get install -y default-jre-headless`).';
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`\n${'!'.repeat(100)}\n!!! ${message}\n!!! The Nu checker test is SKIPPED.\n${'!'.repeat(100)}\n`);
}

export interface NuMessage {
	type: string;
	subType?: string;
	url: string;
	message: string;
	lastLine?: number;
	firstColumn?: number;
	extract?: string;
}

/**
 * Checks `files` in one Java process (starting one costs about a second) and returns the
 * messages of errors only, by file. Asynchronous, so the test runner stays responsive while it works.
 */
export async function nuErrors(files: readonly string[]): Promise<Map<string, NuMessage[]>> {
	const byFile = new Map<string, NuMessage[]>(files.map((file) => [file, []]));
	// The checker takes files as arguments: a few hundred at a time keeps the command line short.
	for (let start = 0; start < files.length; start += 400) {
		const batch = files.slice(start, start + 400);
		const output = await run(['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...batch]);
		const { messages } = JSON.parse(output) as { messages: NuMessage[] };
		for (const message of messages) {
			const file = decodeURIComponent(new URL(message.url).pathname);
			(byFile.get(file) ?? byFile.set(file, []).get(file)!).push(message);
		}
	}
	return byFile;
}

function run(args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
		child.on('error', reject);
		// The checker exits 1 when it reports errors; the JSON is still complete.
		child.on('close', (code) => {
			const text = Buffer.concat(out).toString('utf8');
			if (text.trim().startsWith('{')) resolve(text);
			else reject(new Error(`vnu.jar exited ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`));
		});
	});
}
