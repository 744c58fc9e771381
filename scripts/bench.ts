/**
 * Figures to reach, measured and printed, never asserted: `npm run bench`.
 * Builds the site (timed), then weighs the document page as a reader's browser receives it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const rows: [figure: string, value: string, target: string][] = [];

const started = performance.now();
const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
	cwd: root,
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'ignore',
});
if (build.status !== 0) throw new Error('the build failed: run `npm run build` to see why');
rows.push(['npm run build', `${((performance.now() - started) / 1000).toFixed(1)} s`, '< 15 s']);

for (const path of ['/A/RES/76/299/']) {
	const file = join(dist, path, 'index.html');
	const { document } = parseHTML(readFileSync(file, 'utf8'));
	rows.push([`HTML of ${path} (gzip)`, kb(gzip(file)), '≤ 14 KB']);
	const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => join(dist, link.getAttribute('href')!.replace(/^\//, '')));
	rows.push([`all CSS of ${path} (gzip, ${css.length} files)`, kb(css.reduce((sum, f) => sum + gzip(f), 0)), '≤ 10 KB']);
	const scripts = document.querySelectorAll('script:not([type="application/ld+json"])').length;
	rows.push([`scripts on ${path}`, String(scripts), '0 needed to read']);
}

for (const file of ['data.json', 'data.akn', 'data.txt']) {
	const path = join(dist, 'A/RES/76/299', file);
	rows.push([`/A/RES/76/299/${file} (gzip; ${kb(readFileSync(path).length)} raw)`, kb(gzip(path)), 'none set']);
}

const width = Math.max(...rows.map(([figure]) => figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
for (const [figure, value, target] of rows) console.log(`${figure.padEnd(width)}  ${value.padStart(9)}  ${target}`);
