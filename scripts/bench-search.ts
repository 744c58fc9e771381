/**
 * The search figures of `npm run bench`, on the site already built in `dist/`: the JavaScript a
 * page loads before search opens, the weight of the first search (in one resolution, and over the
 * whole session for a common query typed as a reader types it), the Pagefind index's size, and
 * the time from keystroke to results. Alone: `npm run bench:search` (after a build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { noBrowser, startBrowser } from '../tests/support/browser';
import { dist, pageFile } from '../tests/support/dist';
import { budgets, gzipSize } from '../tests/support/weights';

type Rows = [figure: string, value: string, target: string][];

const root = new URL('../', import.meta.url).pathname;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipFile = (file: string) => gzipSize(readFileSync(file));

/** What a fetched file is, for the breakdown of a search's weight. */
function fileKind(file: string): string {
	if (/\.pf_index$/.test(file)) return 'index chunks';
	if (/\.pf_fragment$/.test(file)) return 'fragments';
	if (/\.pf_meta$|\.pf_filter$|pagefind-entry\.json$/.test(file)) return 'index metadata and filters';
	if (/wasm/.test(file)) return 'WebAssembly';
	if (/\.js$/.test(file)) return 'scripts';
	return 'pages';
}

export async function measureSearch(rows: Rows): Promise<void> {
	const section = (title: string) => rows.push([`— ${title}`, '', '']);
	section('search in Chromium');
	if (noBrowser) {
		rows.push(['search (Chromium)', 'skipped', 'no Chromium found']);
	} else {
		const session = await startBrowser();
		try {
			const page = await session.open('A/RES/76/299/');
			await page.waitForLoadState('networkidle');
			const pageScripts = (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter((url) => url.endsWith('.js'));
			const pageJs = pageScripts.reduce((sum, url) => sum + gzipFile(join(dist, new URL(url).pathname.slice(1))), 0);
			rows.push([`JavaScript loaded by /A/RES/76/299/ before search opens (gzip, ${pageScripts.length} files)`, kb(pageJs), `≤ ${kb(budgets.enhancement)}`]);
			// Weight of the first search: every file fetched from opening search to the first results.
			const fetched: string[] = [];
			page.on('request', (request) => fetched.push(request.url()));
			await page.keyboard.press('Control+k');
			await page.locator('dialog[open] search-panel:defined').waitFor();
			await page.keyboard.type('peace');
			await page.locator('dialog .results a').first().waitFor();
			await page.waitForLoadState('networkidle');
			// Pages too (the search form comes from the search page, `/search/`): each URL as its built file.
			const files = [...new Set(fetched)].map((url) => pageFile(decodeURIComponent(new URL(url).pathname)));
			const weight = files.reduce((sum, file) => sum + gzipFile(file), 0);
			rows.push([`first search in one resolution, "peace": ${files.length} files fetched (gzip)`, kb(weight), '≤ 150 KB']);
			for (const file of files) rows.push([`  ${file.slice(dist.length)}`, kb(gzipFile(file)), '']);

			// A common query over the whole session, from a resolution's page (issue 14: at most 150 KB in all).
			const wide = await session.open('A/RES/76/299/');
			await wide.waitForLoadState('networkidle');
			const wideFetched: string[] = [];
			wide.on('request', (request) => wideFetched.push(request.url()));
			await wide.keyboard.press('Control+k');
			await wide.locator('dialog[open] search-panel:defined').waitFor();
			await wide.locator('dialog input[data-scope="session"]').check();
			await wide.locator('dialog input[type="search"]').focus();
			await wide.keyboard.type('United Nations');
			await wide.waitForFunction(() => /United/.test(decodeURIComponent(document.querySelector('dialog .results a')?.getAttribute('href') ?? '')));
			await wide.waitForLoadState('networkidle');
			const wideFiles = [...new Set(wideFetched)].map((url) => pageFile(decodeURIComponent(new URL(url).pathname)));
			const wideWeight = wideFiles.reduce((sum, file) => sum + gzipFile(file), 0);
			rows.push([`first search over the session, "United Nations": ${wideFiles.length} files fetched (gzip)`, kb(wideWeight), '≤ 150 KB']);
		const byKind = new Map<string, { files: number; bytes: number }>();
		for (const file of wideFiles) {
			const kind = byKind.get(fileKind(file)) ?? { files: 0, bytes: 0 };
			byKind.set(fileKind(file), { files: kind.files + 1, bytes: kind.bytes + gzipFile(file) });
		}
		for (const [kind, { files, bytes }] of byKind) rows.push([`  ${kind}: ${files} files`, kb(bytes), '']);
			await wide.close();
			const indexFiles = readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
			const indexBytes = indexFiles.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
			rows.push([`Pagefind index of the site: ${indexFiles.length} files`, `${(indexBytes / 1e6).toFixed(1)} MB`, '']);

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
}

// Alone: the figures of the site already built.
if (import.meta.url === `file://${process.argv[1]}`) {
	const rows: Rows = [];
	await measureSearch(rows);
	const width = Math.max(...rows.map(([figure]) => figure.length));
	for (const [figure, value, target] of rows) console.log(`${figure.padEnd(width)}  ${value.padStart(9)}  ${target}`);
}
