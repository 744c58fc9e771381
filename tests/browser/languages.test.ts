/** The six official languages in Chromium: switching keeps the place, Arabic reads right to left, citations and search in the reader's language. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { urlPath } from '../support/dist';
import { siteOrigin } from '../support/links';
import { openSearch, searchFor } from '../support/search';

const { languages } = JSON.parse(readFileSync(new URL('../fixtures/search-queries-languages.json', import.meta.url), 'utf8')) as {
	languages: Record<string, { query: string; expected: string }[]>;
};

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

	it('lays Arabic out right to left, with paragraph designations on the right', async () => {
		const page = await session.open('ar/A/RES/76/299/', { viewport: { width: 1280, height: 900 } });
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		const text = await page.locator('#pp1 .paragraph-text').boundingBox();
		const designation = await page.locator('#pp1 .designation').boundingBox();
		expect(designation!.x).toBeGreaterThan(text!.x + text!.width - 1);
		await page.close();
	});

	it('copies a citation in the form French readers use', async () => {
		const page = await session.open('fr/A/RES/76/299/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('#op5 .paragraph-share').click();
		await page.locator('.paragraph-menu [data-action="copy-citation"]').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`résolution 76/299 de l’Assemblée générale, par. 5 (A/RES/76/299, 28 juillet 2022), ${siteOrigin()}${urlPath('/fr/A/RES/76/299/')}#op5`,
		);
		await page.close();
	});

	it('shows two languages side by side, aligned, the same anchors landing on the pair', async () => {
		const page = await session.open('A/RES/76/299/compare/fr-ru/#op5');
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
		const cells = page.locator('#op5 .cell');
		expect(await cells.evaluateAll((all) => all.map((cell) => cell.getAttribute('lang')))).toEqual(['fr', 'ru']);
		expect(await page.locator('.row[id]').count()).toBe(34);
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
