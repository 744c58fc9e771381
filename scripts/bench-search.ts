/**
 * The search figures of `npm run bench`, on the site already built in `dist/`: the JavaScript a
 * page loads before search opens, the weight of the first search (in one resolution, and over the
 * whole session for a common query typed as a reader types it), the Pagefind index's size, and
 * the time from keystroke to results. Alone: `npm run bench:search` (after a build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

/** The middle of sorted times. */
const median = (times: number[]) => (times[Math.floor((times.length - 1) / 2)]! + times[Math.ceil((times.length - 1) / 2)]!) / 2;

/**
 * Time from a key press to the listed results, for 20 queries after the first: each is typed but
 * its last letter, then that letter is a real key press; sorted, in ms.
 */
async function keystrokeTimes(page: Page, panelSelector: string, queries: string[]): Promise<number[]> {
	const times: number[] = [];
	// Queries ending in a letter or digit, so the last key is one a keyboard has.
	for (const query of queries.filter((query) => /[a-z0-9]$/i.test(query)).slice(1, 21)) {
		// All but the last letter, its results listed (or a second gone by): the key press then adds one letter.
		await page.evaluate(
			([selector, text]) =>
				new Promise<void>((resolve) => {
					const panel = document.querySelector(selector!)!;
					const field = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
					panel.addEventListener('search-results', () => resolve(), { once: true });
					setTimeout(resolve, 1000);
					field.value = text!;
					field.dispatchEvent(new Event('input', { bubbles: true }));
				}),
			[panelSelector, query.slice(0, -1)],
		);
		await page.waitForTimeout(50);
		await page.locator(`${panelSelector} input[type="search"]`).focus();
		// Listen first (awaited, so the key press cannot overtake it), press, then read the time.
		await page.evaluate((selector) => {
			const panel = document.querySelector(selector)!;
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
		}, panelSelector);
		await page.keyboard.press(query.slice(-1));
		const before = times.length;
		times.push(
			await page.evaluate(() => (window as unknown as { searchTiming: Promise<number> }).searchTiming).catch((error: Error) => {
				throw new Error(`${query}: ${error.message}`);
			}),
		);
		if (process.env['BENCH_VERBOSE']) console.error(`${times[before]!.toFixed(1)} ms  ${query}`);
	}
	return times.sort((a, b) => a - b);
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

			// Keystroke to results, in one resolution (the dialog on /A/RES/76/299/) and over the whole session (the search page).
			const read = (file: string) => (JSON.parse(readFileSync(join(root, 'tests/fixtures', file), 'utf8')) as { queries: { query: string; language?: string }[] }).queries;
			const inOne = await keystrokeTimes(page, 'dialog search-panel', read('search-queries.json').map(({ query }) => query));
			rows.push([`keystroke → results in one resolution, median of ${inOne.length} queries`, `${median(inOne).toFixed(1)} ms`, '< 50 ms']);
			rows.push(['  slowest', `${inOne.at(-1)!.toFixed(1)} ms`, '< 150 ms']);
			const searchPage = await session.open('search/');
			await searchPage.locator('search-panel:defined').waitFor();
			// Pagefind loaded first, as for the dialog above: the times are of keystrokes, not of the first search.
			await searchPage.locator('search-panel input[type="search"]').fill('peace');
			await searchPage.locator('search-panel .results a').first().waitFor();
			const english = read('session-search-queries.json').filter(({ language }) => language === 'en').map(({ query }) => query);
			const overSession = await keystrokeTimes(searchPage, 'search-panel', english);
			rows.push([`keystroke → results over the session, median of ${overSession.length} queries`, `${median(overSession).toFixed(1)} ms`, '< 50 ms']);
			rows.push(['  slowest', `${overSession.at(-1)!.toFixed(1)} ms`, '< 150 ms']);
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
