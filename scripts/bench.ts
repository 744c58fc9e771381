/**
 * Figures to reach, measured and printed, never asserted: `npm run bench`.
 * Builds the site (timed), then weighs the document page as a reader's browser receives it,
 * then measures search in Chromium: the weight of the first search and the time from keystroke
 * to listed results.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { noBrowser, startBrowser } from '../tests/support/browser';

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

if (noBrowser) {
	rows.push(['search (Chromium)', 'skipped', 'no Chromium found']);
} else {
	const session = await startBrowser(dist);
	try {
		const page = await session.open('A/RES/76/299/');
		await page.waitForLoadState('networkidle');
		const pageScripts = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter((url) => url.endsWith('.js'));
		const pageJs = pageScripts.reduce((sum, url) => sum + gzip(join(dist, new URL(url).pathname.slice(1))), 0);
		rows.push([`JavaScript loaded by /A/RES/76/299/ before search opens (gzip, ${pageScripts.length} files)`, kb(pageJs), '≤ 5 KB']);
		// Weight of the first search: every file fetched from opening search to the first results.
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(request.url()));
		await page.keyboard.press('Control+k');
		await page.locator('dialog[open] search-panel:defined').waitFor();
		await page.keyboard.type('peace');
		await page.locator('dialog .results a').first().waitFor();
		await page.waitForLoadState('networkidle');
		const files = [...new Set(fetched)].map((url) => join(dist, decodeURIComponent(new URL(url).pathname).replace(/^\//, '')));
		const weight = files.reduce((sum, file) => sum + gzip(file), 0);
		rows.push([`first search: ${files.length} files fetched (gzip)`, kb(weight), '≤ 100 KB']);
		for (const file of files) rows.push([`  ${file.slice(dist.length + 1)}`, kb(gzip(file)), '']);

		// Keystroke to results in the list, over 20 queries after the first: the last letter of each is a real key press.
		const { queries } = JSON.parse(readFileSync(join(root, 'tests/fixtures/search-queries.json'), 'utf8')) as { queries: { query: string }[] };
		const times: number[] = [];
		// Queries ending in a letter or digit, so the last key is one a keyboard has.
		const typed = queries.map(({ query }) => query).filter((query) => /[a-z0-9]$/i.test(query));
		for (const query of typed.slice(1, 21)) {
			await page.evaluate((text) => {
				const field = document.querySelector<HTMLInputElement>('dialog input[type="search"]')!;
				field.value = text;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}, query.slice(0, -1));
			await page.waitForTimeout(50);
			// Listen first (awaited, so the key press cannot overtake it), press, then read the time.
			await page.evaluate(() => {
				const panel = document.querySelector('dialog search-panel')!;
				const timing = new Promise<number>((resolve, reject) => {
					panel.addEventListener(
						'keydown',
						(event) => {
							const pressed = event.timeStamp;
							panel.addEventListener('search-results', () => resolve(performance.now() - pressed), { once: true });
						},
						{ once: true },
					);
					setTimeout(() => reject(new Error('no results within 5 s of the key press')), 5000);
				});
				Object.assign(window, { searchTiming: timing });
			});
			await page.keyboard.press(query.slice(-1));
			const time = await page.evaluate(() => (window as unknown as { searchTiming: Promise<number> }).searchTiming).catch((error: Error) => {
				throw new Error(`${query}: ${error.message}`);
			});
			times.push(time);
		}
		times.sort((a, b) => a - b);
		const median = (times[9]! + times[10]!) / 2;
		rows.push([`keystroke → results, median of ${times.length} queries`, `${median.toFixed(1)} ms`, '< 50 ms']);
		rows.push([`keystroke → results, slowest`, `${times.at(-1)!.toFixed(1)} ms`, '']);
	} finally {
		await session.close();
	}
}

const width = Math.max(...rows.map(([figure]) => figure.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(9)}  target`);
for (const [figure, value, target] of rows) console.log(`${figure.padEnd(width)}  ${value.padStart(9)}  ${target}`);
