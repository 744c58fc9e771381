/**
 * Following citations in real Chromium (issue 13): from a paragraph's link to the resolution it
 * cites, on this site and in the reader's language, and from that resolution's "Cited by" back to
 * the paragraph, which is then the target, in view.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { pageFile, urlPath } from '../support/dist';

// 76/290 cites 76/274 (op1, op13) and, in French too, 76/238 (op18, op20).
const built = ['/A/RES/76/290/', '/A/RES/76/274/', '/fr/A/RES/76/290/', '/fr/A/RES/76/238/'].every((path) => existsSync(pageFile(path)));

/** The page's path and the target of its address, once the browser has landed, and whether the target is in view. */
async function whereAmI(page: Page) {
	return page.evaluate(() => {
		const target = document.querySelector(':target');
		const box = target?.getBoundingClientRect();
		return { path: location.pathname, target: target?.id, inView: !!box && box.top >= 0 && box.top < window.innerHeight - 40, lang: document.documentElement.lang };
	});
}

describe.skipIf(noBrowser || !built)('following a citation and its "cited by" back, in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 700 }]) {
		it(`goes from 76/290, para. 1 to 76/274 and back (${viewport.width} px)`, async () => {
			const page = await session.open('A/RES/76/290/#op1', { viewport });
			await Promise.all([page.waitForURL(/\/A\/RES\/76\/274\/$/), page.locator('#op1 a', { hasText: '76/274' }).first().click()]);
			expect(await whereAmI(page)).toMatchObject({ path: urlPath('/A/RES/76/274/'), lang: 'en' });
			const back = page.locator('#cited-by + ul a[href$="/A/RES/76/290/#op1"]');
			expect(await back.textContent()).toBe('76/290, para. 1');
			await back.scrollIntoViewIfNeeded();
			await Promise.all([page.waitForURL(/\/A\/RES\/76\/290\/#op1$/), back.click()]);
			await page.waitForFunction(() => document.querySelector(':target')?.id === 'op1');
			expect(await whereAmI(page)).toEqual({ path: urlPath('/A/RES/76/290/'), target: 'op1', inView: true, lang: 'en' });
			await page.close();
		});
	}

	it('stays in the reader’s language: from the French 76/290 to the French 76/238 and back', async () => {
		const page = await session.open('fr/A/RES/76/290/#op18', { viewport: { width: 1280, height: 800 } });
		await Promise.all([page.waitForURL(/\/fr\/A\/RES\/76\/238\/$/), page.locator('#op18 a', { hasText: '76/238' }).first().click()]);
		expect(await whereAmI(page)).toMatchObject({ path: urlPath('/fr/A/RES/76/238/'), lang: 'fr' });
		const back = page.locator('#cited-by + ul a[href$="/76/290/#op18"]');
		expect(await back.textContent()).toMatch(/^76\/290, /);
		await back.scrollIntoViewIfNeeded();
		await Promise.all([page.waitForURL(/\/fr\/A\/RES\/76\/290\/#op18$/), back.click()]);
		await page.waitForFunction(() => document.querySelector(':target')?.id === 'op18');
		expect(await whereAmI(page)).toEqual({ path: urlPath('/fr/A/RES/76/290/'), target: 'op18', inView: true, lang: 'fr' });
		await page.close();
	});

	it('leaves undocs.org links where the cited resolution is not published in the reader’s language', async () => {
		// 76/274 has no French text: the French 76/290 links the UN's French document.
		const page = await session.open('fr/A/RES/76/290/', { viewport: { width: 1280, height: 800 } });
		expect(await page.locator('#op1 a', { hasText: '76/274' }).first().getAttribute('href')).toBe('https://undocs.org/fr/A/RES/76/274');
		await page.close();
		expect(session.errors).toEqual([]);
	});
});
