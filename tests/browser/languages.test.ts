/** The six official languages in Chromium: switching keeps the place, Arabic reads right to left, citations and search in the reader's language. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { urlPath } from '../support/dist';
import { siteOrigin } from '../support/links';
import { openSearch, searchFor } from '../support/search';

const { languages } = JSON.parse(readFileSync(new URL('../fixtures/search-queries-languages.json', import.meta.url), 'utf8')) as {
	languages: Record<string, { query: string; expected: string }[]>;
};

/** The languages of the cells shown in a side-by-side row, left to right (by where they are drawn). */
function shownCells(page: Page, id: string): Promise<string[]> {
	return page.evaluate((id) => {
		const cells = [...document.getElementById(id)!.children].filter((cell) => cell.getBoundingClientRect().width > 0);
		return cells.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left).map((cell) => cell.getAttribute('lang')!);
	}, id);
}

/**
 * The visual order of `words` (found in this order in the text of the first element matching
 * `selector`) where they share a line: "ltr" when each stands left of the next, "rtl" when right
 * of it, otherwise what was seen.
 */
function visualOrder(page: Page, selector: string, words: string[]): Promise<string> {
	return page.evaluate(
		([selector, words]) => {
			const element = document.querySelector(selector!);
			if (!element) return `no ${selector}`;
			const texts: { node: Text; start: number }[] = [];
			let all = '';
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				texts.push({ node, start: all.length });
				all += node.data;
			}
			const boxes: DOMRect[] = [];
			let from = 0;
			for (const word of words as string[]) {
				const at = all.indexOf(word, from);
				if (at < 0) return `no "${word}" in ${JSON.stringify(all)}`;
				from = at + word.length;
				// A word's box is the box of its first character (it lies in one text node here).
				const text = texts.filter((t) => t.start <= at).at(-1)!;
				const range = document.createRange();
				range.setStart(text.node, at - text.start);
				range.setEnd(text.node, at - text.start + 1);
				boxes.push(range.getBoundingClientRect());
			}
			const pairs = boxes.slice(1).map((box, index) => [boxes[index]!, box] as const);
			const sameLine = pairs.filter(([a, b]) => Math.abs(a.top - b.top) < 4);
			if (sameLine.length === 0) return 'not on one line';
			if (sameLine.every(([a, b]) => a.left < b.left)) return 'ltr';
			if (sameLine.every(([a, b]) => a.left > b.left)) return 'rtl';
			return `mixed: ${boxes.map((box) => Math.round(box.left)).join(', ')}`;
		},
		[selector, words] as const,
	);
}

describe.skipIf(noBrowser)('the official languages in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it('switches from /fr/A/RES/76/299/#op5 to Русский at /ru/A/RES/76/299/#op5, on the same paragraph', async () => {
		const page = await session.open('fr/A/RES/76/299/#op5');
		await page.locator('.languages summary').click();
		await Promise.all([page.waitForURL(/\/ru\/A\/RES\/76\/299\/#op5$/), page.locator('.languages a[hreflang="ru"]').click()]);
		expect(new URL(page.url()).pathname).toBe(urlPath('/ru/A/RES/76/299/'));
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
		await page.close();
	});

	it('leads from the paragraph page /fr/A/RES/76/299/op5/ to the same paragraph in Русский, without JavaScript', async () => {
		const page = await session.open('fr/A/RES/76/299/op5/', { javaScriptEnabled: false });
		// The icon is fetched after the page loads: leaving before would cancel it.
		await page.waitForLoadState('networkidle');
		await Promise.all([page.waitForURL(/\/ru\/A\/RES\/76\/299\/op5\/$/), page.locator('.language-links a[hreflang="ru"]').click()]);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
		expect(await page.locator('#op5 .paragraph-number').textContent()).toBe('5.');
		expect(await page.locator('.citation-text').textContent()).toContain('п. 5');
		await page.close();
	});

	it('lays an Arabic paragraph page out right to left: its number on the right, the previous paragraph on the right, the next on the left', async () => {
		const page = await session.open('ar/A/RES/76/299/op5/', { viewport: { width: 1280, height: 900 } });
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		const number = await page.locator('#op5 .paragraph-number').boundingBox();
		const text = await page.locator('#op5 .paragraph-text').boundingBox();
		expect(number!.x).toBeGreaterThan(text!.x + text!.width - 1);
		const previous = await page.locator('a[rel="prev"]').boundingBox();
		const next = await page.locator('a[rel="next"]').boundingBox();
		expect(previous!.x).toBeGreaterThan(next!.x + next!.width);
		await page.close();
	});

	it('lays Arabic out right to left, with paragraph designations on the right', async () => {
		const page = await session.open('ar/A/RES/76/299/', { viewport: { width: 1280, height: 900 } });
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		const text = await page.locator('#pp1 .paragraph-text').boundingBox();
		const designation = await page.locator('#pp1 .designation').boundingBox();
		expect(designation!.x).toBeGreaterThan(text!.x + text!.width - 1);
		await page.close();
	});

	// In right-to-left text, a date printed in English, a symbol or a Latin name keeps its own order
	// ("1 August 2022", not "August 2022 1"), and a list of them reads from the right.
	for (const width of [1280, 320]) {
		it(`keeps left-to-right runs in order on the Arabic cover and facts (${width} px)`, async () => {
			const page = await session.open('ar/A/RES/76/299/', { viewport: { width, height: 900 } });
			const runs: [string, string[]][] = [
				['.cover .issued', ['1', 'August', '2022']],
				['.cover .distribution', ['Distr.:', 'General']],
				['.cover .symbol', ['A/', 'RES/', '76/', '299']],
				['.facts dd:has(time[datetime="2022-08-01"])', ['1', 'August', '2022']],
				['.facts dl', ['Bolivia', '(Plurinational', 'State', 'of', ')']],
				['.facts dl', ['Venezuela', '(Bolivarian', 'Republic', 'of', ')']],
				['.facts .subjects li', ['ZONES', 'OF', 'PEACE']],
			];
			for (const [selector, words] of runs) {
				expect(await visualOrder(page, selector, words), `${selector}: ${words.join(' ')}`).toBe('ltr');
			}
			// A list of names or symbols reads from the right, each one whole.
			expect(await visualOrder(page, '.cover .proponent', ['A/76/L.74 ', 'A/76/L.74/Add.1']), 'drafts on the cover').toBe('rtl');
			expect(await visualOrder(page, '.facts dl', ['China', 'Kazakhstan']), 'sponsors').toBe('rtl');
			await page.close();
		});
	}

	it('copies a citation in the form French readers use', async () => {
		const page = await session.open('fr/A/RES/76/299/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('#op5 .paragraph-share').click();
		await page.locator('.paragraph-menu [data-action="copy-citation"]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`résolution 76/299 de l’Assemblée générale, par. 5 (A/RES/76/299, 28 juillet 2022), ${siteOrigin()}${urlPath('/fr/A/RES/76/299/')}#op5`,
		);
		await page.close();
	});

	it('shows two languages side by side, aligned, a pair URL first published leading there with its place', async () => {
		// The old pair URL is a redirect page: it lands on the one side-by-side page, the pair chosen, the row the target.
		const page = await session.open('A/RES/76/299/compare/fr-ru/#op5', { viewport: { width: 1280, height: 800 } });
		await page.waitForURL(/\/A\/RES\/76\/299\/compare\/\?pair=fr-ru#op5$/);
		await page.waitForFunction(() => customElements.get('language-pair'));
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
		expect(await shownCells(page, 'op5')).toEqual(['fr', 'ru']);
		expect(await page.locator('.row[id]').count()).toBe(34);
		const row = await page.evaluate(() => {
			const box = document.getElementById('op5')!.getBoundingClientRect();
			return { top: box.top, bottom: box.bottom, background: getComputedStyle(document.getElementById('op5')!).backgroundColor };
		});
		expect(row.top).toBeGreaterThanOrEqual(0);
		expect(row.top).toBeLessThan(800);
		expect(row.background).not.toBe('rgba(0, 0, 0, 0)');
		// Choosing Arabic: instantly shown, right to left, and the pair in the address, the place kept.
		await page.getByRole('group', { name: 'Second language' }).getByRole('radio', { name: 'العربية' }).check();
		expect(await shownCells(page, 'op5')).toEqual(['fr', 'ar']);
		expect(await page.evaluate(() => location.search + location.hash)).toBe('?pair=fr-ar#op5');
		const arabic = page.locator('#op5 > [lang="ar"]');
		expect(await arabic.evaluate((cell) => [cell.getAttribute('dir'), getComputedStyle(cell).direction, getComputedStyle(cell).textAlign])).toEqual(['rtl', 'rtl', 'start']);
		// Picking in one group the language the other shows swaps the two.
		await page.getByRole('group', { name: 'First language' }).getByRole('radio', { name: 'العربية' }).check();
		expect(await shownCells(page, 'op5')).toEqual(['ar', 'fr']);
		expect(await page.evaluate(() => location.search)).toBe('?pair=ar-fr');
		// (Once everything has loaded: a reload cuts off what is still loading, the icon included.)
		await page.waitForLoadState('networkidle');
		await page.reload();
		await page.waitForFunction(() => customElements.get('language-pair'));
		expect(await shownCells(page, 'op5')).toEqual(['ar', 'fr']);
		await page.close();
	});

	it('lets a reader without JavaScript choose the two languages, and sends the pair URLs first published there', async () => {
		const page = await session.open('A/RES/76/299/compare/ru-es/#op5', { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
		// The refresh cannot keep the place or make the page read the pair: the first language and English show.
		await page.waitForURL(/\/A\/RES\/76\/299\/compare\/\?pair=ru-es$/);
		expect(await shownCells(page, 'op5')).toEqual(['ar', 'en']);
		await page.getByRole('group', { name: 'First language' }).getByRole('radio', { name: 'Русский' }).check();
		await page.getByRole('group', { name: 'Second language' }).getByRole('radio', { name: 'Español' }).check();
		expect(await shownCells(page, 'op5')).toEqual(['ru', 'es']);
		// The same language in both groups shows once, across the page.
		await page.getByRole('group', { name: 'Second language' }).getByRole('radio', { name: 'Русский' }).check();
		expect(await shownCells(page, 'op5')).toEqual(['ru']);
		await page.close();
	});

	it('links from each document page to side by side with its language chosen, keeping the place', async () => {
		const page = await session.open('ru/A/RES/76/299/#op5', { viewport: { width: 1280, height: 800 } });
		await page.locator('.languages summary').click();
		await page.locator('.languages .side-by-side a').click();
		await page.waitForURL(/\/A\/RES\/76\/299\/compare\/\?pair=ru-en#op5$/);
		await page.waitForFunction(() => customElements.get('language-pair'));
		expect(await shownCells(page, 'op5')).toEqual(['ru', 'en']);
		await page.close();
	});

	for (const [language, queries] of Object.entries(languages)) {
		it(`searches the ${language} text from the ${language} page`, async () => {
			expect(queries.length).toBeGreaterThanOrEqual(5);
			const page = await session.open(`${language}/A/RES/76/299/`);
			await openSearch(page);
			const misses: string[] = [];
			for (const { query, expected } of queries) {
				const anchors = await searchFor(page, query);
				if (!anchors.slice(0, 3).includes(expected)) misses.push(`${query} → ${expected}: got ${anchors.slice(0, 3).join(', ')}`);
			}
			expect(misses).toEqual([]);
			await page.close();
		});
	}

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
