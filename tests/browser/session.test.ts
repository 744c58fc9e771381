/**
 * The session's list in real Chromium: a filter beside the list shows the same resolutions with
 * JavaScript (at once, in place, the address becoming the filter's page) as without it (the
 * filter's own page); Back returns to the whole list; the orders sort in place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { sitePath } from '../support/dist';

/** The resolutions the list shows, as their page paths. */
const shown = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll<HTMLLIElement>('.session-entries > li')].filter((li) => !li.hidden && li.offsetParent !== null).map((li) => new URL(li.querySelector('a')!.href).pathname));

describe.skipIf(noBrowser)('the session’s list in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const prefix of ['', 'fr/']) {
		it(`filters in place with JavaScript, as the filter’s page does without it (/${prefix}A/RES/76/)`, async () => {
			const plain = await session.open(`${prefix}A/RES/76/`, { javaScriptEnabled: false });
			const all = await shown(plain);
			const filters = await plain.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.session-filters a[data-filter]')].map((a) => a.getAttribute('href')!));
			expect(filters.length).toBeGreaterThan(3);
			// The adoption filter and the second committee listed: two filters that split the list differently.
			const chosen = [filters.find((href) => href.includes('/adopted/'))!, filters.filter((href) => href.includes('/committee/'))[1] ?? filters[0]!];
			const page = await session.open(`${prefix}A/RES/76/`);
			await page.evaluate(() => Object.assign(window, { stayed: true }));
			for (const href of chosen) {
				await plain.goto(new URL(href, session.site.url).href);
				const expected = await shown(plain);
				expect(expected.length).toBeLessThan(all.length);
				await page.locator(`.session-filters a[href="${href}"]`).click();
				expect(await shown(page)).toEqual(expected);
				expect(sitePath(new URL(page.url()).pathname)).toBe(sitePath(href));
				expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), 'no page load').toBe(true);
				expect(await page.locator('.session-count').textContent()).toContain(String(expected.length));
				expect(await page.locator(`.session-filters a[href="${href}"]`).getAttribute('aria-current')).toBe('page');
			}
			await page.goBack();
			await page.goBack();
			expect(await shown(page)).toEqual(all);
			await page.close();
			await plain.close();
		});
	}

	it('sorts in place by date and by title, as the order’s page does', async () => {
		const page = await session.open('A/RES/76/');
		await page.evaluate(() => Object.assign(window, { stayed: true }));
		for (const order of ['date', 'title']) {
			const plain = await session.open(`A/RES/76/by-${order}/`, { javaScriptEnabled: false });
			const expected = await shown(plain);
			await plain.close();
			await page.locator(`a[data-order="${order}"]`).click();
			expect(await shown(page)).toEqual(expected);
		}
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
		await page.close();
	});

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
