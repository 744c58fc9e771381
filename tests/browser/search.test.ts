/**
 * Search in Chromium against the built site: the committed query set, keyboard use, the
 * preambular/operative restriction, highlight on arrival, the search page, no-JavaScript
 * behaviour, accessibility of the open dialog, and a second build under a base path.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitKind } from '../../src/lib/search/ranking';
import { resolutionSession } from '../../src/lib/symbols';
import { resolutionPath } from '../../src/lib/urls';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { pageFile, urlPath } from '../support/dist';
import { openSearch, searchFor } from '../support/search';

interface QueryCase {
	query: string;
	expected: string | null;
	note?: string;
}
const { queries } = JSON.parse(readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8')) as { queries: QueryCase[] };
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Text of the paragraphs and footnotes on the document page, by anchor, for comparisons. */
async function textsByAnchor(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('.paragraph, .footnotes li')].map((element) => [element.id, element.textContent!.replace(/\s+/g, ' ')]),
		),
	);
}

describe.skipIf(noBrowser)('search in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it(`finds the expected paragraph first for at least 90% of ${queries.length} queries, and in the first three for all`, async () => {
		expect(queries.length).toBeGreaterThanOrEqual(25);
		const page = await session.open('A/RES/76/299/');
		await openSearch(page);
		const misses: string[] = [];
		let first = 0;
		for (const { query, expected } of queries) {
			const anchors = await searchFor(page, query);
			if (expected === null) {
				expect(anchors, query).toEqual([]);
				expect(await page.locator('dialog [role="status"]').textContent()).toContain('No paragraph contains');
				first++;
				continue;
			}
			const position = anchors.indexOf(expected);
			if (position === 0) first++;
			if (position < 0 || position > 2) misses.push(`${query} → ${expected}: got ${anchors.slice(0, 3).join(', ')}`);
		}
		console.info(`search query set: ${first} of ${queries.length} put the expected paragraph first`);
		expect(misses).toEqual([]);
		expect(first / queries.length).toBeGreaterThanOrEqual(0.9);
		await page.close();
		expect(session.errors).toEqual([]);
	});

	it('lists every matching paragraph (not three), titled with designation and lead phrase, excerpts marked', async () => {
		const page = await session.open('A/RES/76/299/');
		const texts = await textsByAnchor(page);
		await openSearch(page);
		const anchors = await searchFor(page, 'Central Asian');
		// Every paragraph holding both words is listed, not only the first three.
		const containing = Object.keys(texts).filter((anchor) => /\bcentral\b/i.test(texts[anchor]!) && /\basian\b/i.test(texts[anchor]!));
		expect(containing.length).toBeGreaterThan(10);
		expect([...anchors].sort()).toEqual([...containing].sort());
		const first = page.locator('dialog .results a').first();
		expect(await first.locator('.hit-title').textContent()).toMatch(/^(Preambular|Operative) paragraph \d+ · \S/);
		expect(await first.locator('.hit-excerpt mark').count()).toBeGreaterThan(0);
		expect(await page.locator('dialog [role="status"]').textContent()).toBe(`${anchors.length} paragraphs found`);
		// A footnote is a hit of its own, named after its paragraph.
		await searchFor(page, 'Turkmenistan');
		expect(await page.locator('dialog .results a .hit-title').allTextContents()).toEqual(['Footnote 2 · Preambular paragraph 9']);
		expect(await page.locator('dialog .results a').first().getAttribute('href')).toBe(urlPath('/A/RES/76/299/?highlight=Turkmenistan#fn2'));
		await page.close();
	});

	it('matches a quoted phrase exactly, in every paragraph that holds it', async () => {
		const page = await session.open('A/RES/76/299/');
		const texts = await textsByAnchor(page);
		await openSearch(page);
		const anchors = await searchFor(page, '"zone of peace, trust and cooperation"');
		const holding = Object.keys(texts).filter((anchor) => /zone of peace, trust and cooperation/i.test(texts[anchor]!));
		expect(holding.length).toBeGreaterThan(2);
		expect([...anchors].sort()).toEqual([...holding].sort());
		// Unquoted, the same words also find paragraphs that hold them apart.
		const phrase = await searchFor(page, '"peace and trust"');
		expect([...phrase].sort()).toEqual(Object.keys(texts).filter((anchor) => /peace and trust/i.test(texts[anchor]!)).sort());
		const words = await searchFor(page, 'peace and trust');
		expect(words).toEqual(expect.arrayContaining(phrase));
		expect(words.length).toBeGreaterThan(phrase.length);
		await page.close();
	});

	it('restricts results to preambular or operative paragraphs', async () => {
		const page = await session.open('A/RES/76/299/');
		await openSearch(page);
		const all = await searchFor(page, 'cooperation');
		expect(all.some((anchor) => hitKind(anchor) === 'preambular') && all.some((anchor) => hitKind(anchor) === 'operative')).toBe(true);
		await page.getByRole('radio', { name: 'Operative' }).check();
		const operative = await searchFor(page, 'cooperation');
		expect(operative.length).toBeGreaterThan(0);
		// Operative paragraphs wherever they are: op5, sec2-op3, annex-p1 (the fixtures built beside 76/299 have them).
		expect(operative.every((anchor) => hitKind(anchor) === 'operative')).toBe(true);
		expect(operative).toEqual(all.filter((anchor) => hitKind(anchor) === 'operative'));
		await page.getByRole('radio', { name: 'Preambular' }).check();
		const preambular = await searchFor(page, 'cooperation');
		expect(preambular.length).toBeGreaterThan(0);
		expect(preambular.every((anchor) => hitKind(anchor) === 'preambular')).toBe(true);
		await page.close();
	});

	it('by keyboard: Ctrl+K opens, typing lists results, ArrowDown then Enter lands on the paragraph, highlighted', async () => {
		// From the document page: a paragraph's own page carries a plain link to the search page, no dialog.
		const page = await session.open('A/RES/76/299/', { viewport: { width: 1280, height: 800 } });
		await page.keyboard.press('Control+k');
		const field = page.locator('dialog.search-dialog input[type="search"]');
		await expect.poll(() => page.evaluate(() => document.querySelector('dialog.search-dialog')!.hasAttribute('open'))).toBe(true);
		await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.type('conservation of living resources');
		await page.locator('dialog .results a[data-anchor="op5"]').first().waitFor();
		await expect.poll(() => page.locator('dialog .results a').count()).toBe(1);
		expect(await page.locator('dialog [role="status"]').textContent()).toMatch(/found/);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).dataset['anchor'])).toBe('op5');
		await Promise.all([page.waitForURL(/#op5$/), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe(urlPath('/A/RES/76/299/'));
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
		await page.locator('#op5 mark.search-highlight').first().waitFor();
		const marked = await page.locator('#op5 mark.search-highlight').allTextContents();
		expect(marked.map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['conservation', 'living', 'resources']));
		// Only the paragraph's words are marked, not the site's own text.
		expect(await page.locator('header mark, footer mark, .facts mark').count()).toBe(0);
		const box = await page.locator('#op5').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(800);
		await page.close();
		expect(session.errors).toEqual([]);
	});

	it('opens with "/" and the button, closes with Escape, and gives focus back to the button', async () => {
		const page = await session.open('A/RES/76/299/');
		const dialogOpen = () => page.evaluate(() => document.querySelector('dialog.search-dialog')!.hasAttribute('open'));
		await page.keyboard.press('/');
		await expect.poll(dialogOpen).toBe(true);
		await page.keyboard.type('peace');
		await page.locator('dialog .results a').first().waitFor();
		await page.keyboard.press('Escape');
		await expect.poll(dialogOpen).toBe(false);
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(dialogOpen).toBe(true);
		await page.close();
	});

	it('keeps what the reader types at once, while the form is still on its way', async () => {
		const page = await session.open('A/RES/76/299/');
		// The form comes from the search page on first opening: hold that page back a second and a half.
		await page.route(/\/search\/$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.keyboard.press('/');
		await page.keyboard.type('Turkmenistan');
		await page.locator('dialog .results a').first().waitFor();
		expect(await page.locator('dialog search-panel input[type="search"]').inputValue()).toBe('Turkmenistan');
		expect(await page.locator('dialog input[type="search"]').count()).toBe(1);
		expect(await page.evaluate(() => document.activeElement === document.querySelector('dialog search-panel input[type="search"]'))).toBe(true);
		await page.close();
	});

	it('does not load any search code until search opens', async () => {
		const page = await session.open('A/RES/76/299/');
		await page.waitForLoadState('networkidle');
		const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
		expect((await loaded()).filter((url) => /pagefind|search-panel|qcx/.test(url))).toEqual([]);
		expect(await page.evaluate(() => customElements.get('search-panel'))).toBeUndefined();
		await openSearch(page);
		await searchFor(page, 'peace');
		expect((await loaded()).some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
		await page.close();
	});

	it('has a search page whose URL carries the query, and a home page field that leads there', async () => {
		const page = await session.open('');
		await page.getByRole('searchbox', { name: 'Search the resolutions' }).fill('Women Leaders’ Caucus');
		await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
		const results = page.locator('.search-page .results a');
		await results.first().waitFor();
		expect(await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContainEqual(expect.stringMatching(new RegExp(`^${urlPath('/A/RES/76/299/')}\\?.*#pp15$`)));
		// Where the site holds several sessions, the phrase is common to many: narrowed to the 76th, and the URL says so.
		const sessionChoice = page.locator('.search-page select[name="session"]');
		const sessions = await sessionChoice.count();
		if (sessions > 0) await sessionChoice.selectOption('76');
		await searchFor(page, '"emergency situations"', '.search-page search-panel');
		expect(await page.locator('.search-page .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContainEqual(expect.stringMatching(/\/A\/RES\/76\/299\/.*#op8$/));
		if (sessions > 0) expect(new URL(page.url()).searchParams.get('session')).toBe('76');
		expect(new URL(page.url()).searchParams.get('q')).toBe('"emergency situations"');
		await page.getByRole('radio', { name: 'Operative' }).last().check();
		await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('operative');
		await page.close();
	});

	it('looks in the resolution whose page it opens on, or in the whole session at one click; elsewhere in the whole session, each hit naming its resolution', async () => {
		const scoped = await session.open('A/RES/76/299/');
		await openSearch(scoped);
		expect(await scoped.locator('#search-dialog-title').textContent()).toBe('Search the resolution');
		expect(await scoped.locator('dialog .scope').isVisible()).toBe(true);
		expect(await scoped.locator('dialog input[name="in"]:checked').getAttribute('value')).toBe('A/RES/76/299');
		expect(await scoped.locator('dialog .scope-resolution').textContent()).toBe('This resolution (A/RES/76/299)');
		await searchFor(scoped, 'United Nations');
		const hrefs = () => scoped.locator('dialog .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		const inOne = await hrefs();
		expect(inOne.length).toBeGreaterThan(3);
		expect(inOne.filter((href) => !href.startsWith(urlPath('/A/RES/76/299/')))).toEqual([]);
		expect(await scoped.locator('dialog .results .hit-resolution').count()).toBe(0);
		// One click: the same words in the whole session.
		const listed = scoped.evaluate(() => new Promise((resolve) => document.querySelector('dialog search-panel')!.addEventListener('search-results', resolve, { once: true })));
		await scoped.locator('dialog input[data-scope="session"]').click();
		await listed;
		expect(new Set((await hrefs()).map((href) => /\/A\/RES\/[^/]+\/[^/]+\//.exec(href)?.[0])).size).toBeGreaterThan(1);
		await scoped.close();

		const everywhere = await session.open('');
		await openSearch(everywhere);
		expect(await everywhere.locator('#search-dialog-title').textContent()).toBe('Search the resolutions');
		expect(await everywhere.locator('dialog .scope').isVisible()).toBe(false);
		await searchFor(everywhere, 'United Nations');
		const hits = await everywhere.locator('dialog .results a').evaluateAll((links) =>
			links.map((link) => ({ href: link.getAttribute('href')!, title: link.querySelector('.hit-title')!.textContent!, resolution: link.querySelector('.hit-resolution')?.textContent ?? '' })),
		);
		const resolutions = new Set(hits.map((hit) => /\/A\/RES\/[^/]+\/[^/]+\//.exec(hit.href)?.[0]));
		expect(resolutions.size).toBeGreaterThan(1);
		for (const hit of hits) {
			// "A/RES/76/10 · Operative paragraph 3 · Calls upon" on a hit in /A/RES/76/10/, then the title alone.
			const symbol = /\/(A\/RES\/[^/]+\/[^/]+)\//.exec(hit.href)![1]!;
			expect(hit.title.split(' · ')[0]!.replace(/\s+/g, ''), hit.href).toBe(symbol);
			expect(hit.title.split(' · ').length, hit.title).toBeGreaterThanOrEqual(2);
			expect(hit.resolution.length, hit.href).toBeGreaterThan(3);
			expect(hit.resolution, hit.href).not.toMatch(/^\d+\/\d+/);
		}
		await everywhere.close();
		expect(session.errors).toEqual([]);
	});

	it('keeps the scope in the search page’s URL (`in=`), and counts the hits of each kind', async () => {
		const page = await session.open('search/?q=Eastern%20European%20States&in=A/RES/76/109');
		await page.locator('search-panel .results a').first().waitFor();
		expect(await page.locator('search-panel input[name="in"]:checked').getAttribute('value')).toBe('A/RES/76/109');
		const hrefs = await page.locator('search-panel .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(hrefs.filter((href) => !href.startsWith(urlPath('/A/RES/76/109/')))).toEqual([]);
		expect(await page.locator('search-panel .kind-count[data-kind="all"]').textContent()).toBe(` (${hrefs.length})`);
		expect(await page.locator('search-panel .kind-count[data-kind="footnote"]').textContent()).toMatch(/^ \(\d+\)$/);
		const listed = page.evaluate(() => new Promise((resolve) => document.querySelector('search-panel')!.addEventListener('search-results', resolve, { once: true })));
		await page.locator('search-panel input[data-scope="session"]').click();
		await listed;
		expect(new URL(page.url()).searchParams.get('in')).toBeNull();
		await page.close();
	});

	it('narrows the whole session to a Main Committee or a way of adoption, each choice counting the resolutions that hold the words', async () => {
		const page = await session.open('search/?q=United%20Nations');
		await page.locator('search-panel .results a').first().waitFor();
		const options = (name: string) => page.locator(`search-panel select[name="${name}"] option`).evaluateAll((all) => all.map((option) => ({ value: (option as HTMLOptionElement).value, text: option.textContent! })));
		const count = (text: string) => Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN);
		// No counts until the reader goes there: their file is not part of the first search.
		expect((await options('committee')).every(({ text }) => !/\(\d+\)$/.test(text))).toBe(true);
		const counted = page.evaluate(() => new Promise((resolve) => document.querySelector('search-panel')!.addEventListener('search-results', resolve, { once: true })));
		await page.locator('search-panel select[name="committee"]').focus();
		await counted;
		const committees = await options('committee');
		// Each resolution has one committee and one way of adoption: the parts add up to all.
		const [all, ...each] = committees.map(({ text }) => count(text));
		expect(all).toBeGreaterThan(1);
		expect(each.reduce((sum, n) => sum + n, 0)).toBe(all);
		const adoptions = (await options('adopted')).map(({ text }) => count(text));
		expect(adoptions[0]).toBe(all);
		expect(adoptions[1]! + adoptions[2]!).toBe(all);
		// One committee: its resolutions alone, as their pages say, and the adoption counts within it.
		const chosen = committees.slice(1).find(({ text }) => count(text) > 0)!;
		const listed = page.evaluate(() => new Promise((resolve) => document.querySelector('search-panel')!.addEventListener('search-results', resolve, { once: true })));
		await page.locator('search-panel select[name="committee"]').selectOption(chosen.value);
		await listed;
		expect(new URL(page.url()).searchParams.get('committee')).toBe(chosen.value);
		const hrefs = await page.locator('search-panel .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(0);
		const symbols = new Set(hrefs.map((href) => /\/(A\/RES\/[^/?#]+\/[^/?#]+)\//.exec(decodeURIComponent(href))![1]!));
		expect(symbols.size).toBeLessThanOrEqual(count(chosen.text));
		for (const symbol of symbols) {
			const filter = /data-pagefind-filter="resolution:([^"]+)"/.exec(readFileSync(pageFile(resolutionPath(symbol, 'en')), 'utf8'))![1]!;
			expect(filter.split('|')[1], symbol).toBe(chosen.value);
		}
		const within = (await options('adopted')).map(({ text }) => count(text));
		expect(within[0]).toBe(count(chosen.text));
		expect(within[1]! + within[2]!).toBe(count(chosen.text));
		expect(session.errors).toEqual([]);
		await page.close();
	});

	it('lists the best few groups of paragraphs over the session, and more on request, focus on the first added', async () => {
		const page = await session.open('search/?q=United%20Nations');
		await page.locator('search-panel .results a').first().waitFor();
		const hrefs = () => page.locator('search-panel .results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		const before = await hrefs();
		const more = page.locator('search-panel .more');
		expect(await more.isVisible()).toBe(true);
		const added = page.evaluate(() => new Promise((resolve) => document.querySelector('search-panel')!.addEventListener('search-results', resolve, { once: true })));
		await more.click();
		await added;
		const after = await hrefs();
		expect(after.length).toBeGreaterThan(before.length);
		expect(after.slice(0, before.length)).toEqual(before);
		expect(new Set(after).size).toBe(after.length);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(after[before.length]);
		await page.close();
	});

	it('leads to the sub-paragraph that holds the words, named with its letters, and highlights them there', async () => {
		const page = await session.open('search/?q=Eastern%20European%20States&in=A/RES/76/109');
		const first = page.locator('search-panel .results a').first();
		await first.waitFor();
		expect(await first.getAttribute('data-place')).toBe('op3-a-iii');
		expect(await first.locator('.hit-title').textContent()).toMatch(/^Operative paragraph 3 \(a\) \(iii\) · /);
		await first.click();
		await page.waitForURL(/#op3-a-iii$/);
		await page.locator('#op3-a-iii mark').first().waitFor();
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op3-a-iii');
		await page.close();
	});

	it('lists the place a citation names first, in the citation style of each language', async () => {
		for (const [path, query, expected, title] of [
			['search/', '76/299 op 5', '/A/RES/76/299/#op5', 'A/RES/76/299 · Operative paragraph 5'],
			['search/', 'A/RES/76/109', '/A/RES/76/109/', 'A/RES/76/109'],
			['search/', 'resolution 76/109 para. 3 (a) (ii)', '/A/RES/76/109/#op3-a-ii', 'A/RES/76/109 · Operative paragraph 3 (a) (ii)'],
			['fr/search/', 'résolution 76/299, par. 5', '/fr/A/RES/76/299/#op5', 'A/RES/76/299 · Paragraphe 5 du dispositif'],
			['zh/search/', '第76/299号决议序言部分第3段', '/zh/A/RES/76/299/#pp3', undefined],
			// A part of a resolution in parts, a section, and a resolution of its own with a letter.
			['search/', '76/84 B, para. 5', '/A/RES/76/84A-B/#B-op5', 'A/RES/76/84 A-B · Resolution 76/84 B, paragraph 5'],
			['search/', 'A/RES/76/84 B', '/A/RES/76/84A-B/#B', 'A/RES/76/84 B'],
			['fr/search/', 'résolution 76/246, sect. II, par. 3', '/fr/A/RES/76/246/#sec2-op3', 'A/RES/76/246 · Section II, paragraphe 3'],
			['search/', '76/235 B', '/A/RES/76/235B/', 'A/RES/76/235 B'],
		] as const) {
			const page = await session.open(`${path}?q=${encodeURIComponent(query)}`);
			const first = page.locator('search-panel .results li').first();
			await first.waitFor();
			expect(await first.getAttribute('class'), query).toBe('hit-cited');
			expect(await first.locator('a').getAttribute('href'), query).toBe(urlPath(expected));
			if (title) expect(await first.locator('.hit-title').textContent(), query).toBe(title);
			await page.close();
		}
		// A number that is no resolution here is not offered.
		const page = await session.open(`search/?q=${encodeURIComponent('76/999')}`);
		await page.locator('search-panel [role="status"]').filter({ hasText: /./ }).waitFor();
		expect(await page.locator('search-panel .results .hit-cited').count()).toBe(0);
		await page.close();
		// Asking the site for 76/999 is answered 404, which the browser reports; nothing else went wrong.
		expect(session.errors.filter((error) => !/404/.test(error))).toEqual([]);
	});

	it('without JavaScript, says that search needs it, and reading is unaffected', async () => {
		const page = await session.open('A/RES/76/299/', { javaScriptEnabled: false });
		const link = page.locator('header a.search-link');
		expect(await link.isVisible()).toBe(true);
		expect(await page.locator('header button.search-button').isVisible()).toBe(false);
		await Promise.all([page.waitForURL(/\/search\/$/), link.click()]);
		expect(await page.locator('.search-page').textContent()).toContain('Search needs JavaScript');
		await page.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no WCAG 2.2 A/AA violation (axe) with the search dialog open, on the search page and on arrival from a hit, ${colorScheme} scheme`, async () => {
			const page = await session.open('A/RES/76/299/', { colorScheme, viewport: { width: 1280, height: 900 } });
			await openSearch(page);
			await searchFor(page, 'peace and security');
			const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			await page.close();
			const searchPage = await session.open('search/?q=peace', { colorScheme, viewport: { width: 320, height: 900 } });
			await searchPage.locator('.search-page .results a').first().waitFor();
			const onPage = await new AxeBuilder({ page: searchPage }).withTags(wcag).analyze();
			expect(onPage.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			await searchPage.close();
			// The page a hit leads to, target and highlighted words included.
			const arrival = await session.open('A/RES/76/299/?highlight=peace#op1', { colorScheme, viewport: { width: 1280, height: 900 } });
			await arrival.locator('#op1 mark.search-highlight').first().waitFor();
			const marked = await new AxeBuilder({ page: arrival }).withTags(wcag).analyze();
			expect(marked.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
			await arrival.close();
		});
	}
});

interface SessionQuery {
	query: string;
	language: string;
	/** The resolution's path: `A/RES/76/169`, `A/RES/76/84A-B`. */
	resolution: string;
	/** The paragraph or footnote meant, and the place in it (a sub-paragraph) the hit must lead to. */
	expected: string;
	place: string;
}
const sessionQueryFile = new URL('../fixtures/session-search-queries.json', import.meta.url);
const sessionQueries = existsSync(sessionQueryFile) ? (JSON.parse(readFileSync(sessionQueryFile, 'utf8')) as { queries: SessionQuery[] }).queries : [];
/** The whole session is built (the query set names resolutions of every Main Committee); a sample build skips this. */
const wholeSession = sessionQueries.length > 0 && sessionQueries.every(({ language, resolution }) => existsSync(pageFile(resolutionPath(resolution, language))));

describe.skipIf(noBrowser || !wholeSession)('search over the whole session', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it(`finds the paragraph meant by each of ${sessionQueries.length} queries over the session, in six languages`, async () => {
		expect(sessionQueries.filter(({ language }) => language === 'en').length).toBeGreaterThanOrEqual(30);
		for (const language of ['ar', 'zh', 'fr', 'ru', 'es']) expect(sessionQueries.filter((query) => query.language === language).length, language).toBeGreaterThanOrEqual(6);
		const positions: number[] = [];
		const misses: string[] = [];
		// The queries mean the 76th session's paragraphs (and its emergency session's): where the site holds several sessions,
		// search is narrowed to the session of the resolution meant, as a reader of that session would narrow it.
		const sessionOf = (resolution: string) => resolutionSession(resolution)!;
		const runs = [...new Set(sessionQueries.map((query) => `${query.language} ${sessionOf(query.resolution)}`))];
		for (const run of runs) {
			const [language, narrowed] = run.split(' ') as [string, string];
			const page = await session.open(`${language === 'en' ? '' : `${language}/`}search/?session=${narrowed}`);
			await page.locator('search-panel:defined').waitFor();
			for (const { query, resolution, expected, place } of sessionQueries.filter((each) => each.language === language && sessionOf(each.resolution) === narrowed)) {
				await searchFor(page, query, 'search-panel');
				const hits = await page.locator('search-panel .results a[data-anchor]').evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, anchor: link.getAttribute('data-anchor')!, place: link.getAttribute('data-place')! })));
				const position = hits.findIndex((hit) => hit.href.split(/[?#]/)[0]!.endsWith(`/${resolution}/`) && hit.anchor === expected);
				positions.push(position);
				if (position !== 0) misses.push(`${language} ${query} → ${resolution}#${expected}: ${position < 0 ? 'not found' : `at ${position + 1}`}; first ${hits[0]?.href ?? 'nothing'}`);
				else if (hits[0]!.place !== place) misses.push(`${language} ${query} → ${resolution}#${place}: leads to #${hits[0]!.place}`);
			}
			await page.close();
		}
		const at = (n: number) => positions.filter((position) => position >= 0 && position < n).length / positions.length;
		console.info(`search over the session: precision at 1 ${(at(1) * 100).toFixed(0)}%, at 3 ${(at(3) * 100).toFixed(0)}% (${positions.length} queries)\n${misses.join('\n')}`);
		expect(misses).toEqual([]);
	}, 600_000);
});

describe.skipIf(noBrowser)('search under the site’s base path (npm test runs this again on a /resolutions/ build)', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it('loads the index from the base path and links hits under it', async () => {
		const page = await session.open('A/RES/76/299/');
		await openSearch(page);
		const anchors = await searchFor(page, 'Turkmenistan');
		expect(anchors).toEqual(['fn2']);
		const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
		expect(requested).toContain(urlPath('/pagefind/pagefind.js'));
		expect(requested.filter((path) => path.includes('/pagefind/') && !path.startsWith(urlPath('/pagefind/')))).toEqual([]);
		const href = await page.locator('dialog .results a').first().getAttribute('href');
		expect(href).toBe(urlPath('/A/RES/76/299/?highlight=Turkmenistan#fn2'));
		await Promise.all([page.waitForURL(/#fn2$/), page.keyboard.press('ArrowDown').then(() => page.keyboard.press('Enter'))]);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('fn2');
		await page.locator('#fn2 mark.search-highlight').first().waitFor();
		await page.close();
		expect(session.errors).toEqual([]);
	});
});
