/**
 * Every construct of the text in real Chromium: sub-paragraph, section, annex and part anchors
 * land and are marked; their citations copy in the reader's form; a wide table scrolls inside its
 * own box at 320 px while the page does not; the outline nests the structure and marks the place;
 * a reader following a place into a language whose text lacks it lands on the nearest one; a
 * recorded vote reads with and without JavaScript; side by side, a row one language lacks is shown
 * absent there, a link lands on the aligned row, and the reader chooses the pair with and without
 * JavaScript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landed, noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { urlPath } from '../support/dist';
import { assertFixturesBuilt, fixturePath } from '../support/fixtures';
import { siteOrigin } from '../support/links';

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
/** A fixture page's path relative to the site's base, as `session.open` takes it. */
const at = (symbol: string, rest = '') => fixturePath(symbol, rest).replace(/^\//, '');
const documentUrl = (symbol: string) => `${siteOrigin()}${urlPath(fixturePath(symbol))}`;

async function copyCitation(page: Page, id: string): Promise<string> {
	await page.locator(`#${id} > .paragraph-margin .paragraph-share`).click();
	await page.locator('.paragraph-menu [data-action="copy-citation"]').click();
	return page.evaluate(() => navigator.clipboard.readText());
}

describe.skipIf(noBrowser)('every construct in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		assertFixturesBuilt();
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 700 }]) {
		it(`lands on sub-paragraphs and on paragraphs of sections, annexes and parts, in view and marked (${viewport.width} px)`, async () => {
			const places: Record<string, string[]> = {
				'A/RES/76/901': ['op1-a', 'op1-a-ii', 'op1-b', 'pp2-b', 'sec1-op1', 'sec1-t1', 'sec2-op1', 'annex-p1', 'annex-op1', 'h1'],
				'A/RES/76/902 A-B': ['A-op1', 'B-op2'],
			};
			for (const [symbol, ids] of Object.entries(places)) {
				// One page per document: moving between anchors of one document is what readers do.
				const page = await session.open(at(symbol), { viewport });
				for (const id of ids) {
					await page.goto(new URL(`${at(symbol)}#${id}`, session.site.url).href);
					expect(await landed(page, id), id).toEqual({ visible: true, uncovered: true, target: id, marked: true });
				}
				await page.close();
			}
		});
	}

	it('shows a sub-paragraph’s own link and share button when it is the target, beside it in the margin', async () => {
		const page = await session.open(`${at('A/RES/76/901')}#op1-a-ii`, { viewport: { width: 1280, height: 800 } });
		const link = page.locator('#op1-a-ii > .paragraph-margin .paragraph-link');
		const share = page.locator('#op1-a-ii > .paragraph-margin .paragraph-share');
		expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		expect(await share.getAttribute('aria-label')).toBe('Share or cite Operative paragraph 1 (a) (ii)');
		// In the page's margin, level with its own line, left of the text.
		const [linkBox, textBox, paragraphBox] = await Promise.all([link.boundingBox(), page.locator('#op1-a-ii > .point-text').boundingBox(), page.locator('#op1').boundingBox()]);
		expect(linkBox!.x + linkBox!.width).toBeLessThanOrEqual(paragraphBox!.x);
		expect(Math.abs(linkBox!.y - textBox!.y)).toBeLessThan(12);
		await page.close();
	});

	it('copies the citation of a sub-paragraph, of a section’s, an annex’s and a part’s paragraph', async () => {
		const page = await session.open(at('A/RES/76/901'), clipboard);
		const url = documentUrl('A/RES/76/901');
		expect(await copyCitation(page, 'op1-a-ii')).toBe(`General Assembly resolution 76/901, para. 1 (a) (ii) (A/RES/76/901, 24 December 2021), ${url}#op1-a-ii`);
		expect(await copyCitation(page, 'pp2-b')).toBe(`General Assembly resolution 76/901, preambular para. 2 (b) (A/RES/76/901, 24 December 2021), ${url}#pp2-b`);
		expect(await copyCitation(page, 'sec1-op1')).toBe(`General Assembly resolution 76/901, sect. I, para. 1 (A/RES/76/901, 24 December 2021), ${url}#sec1-op1`);
		expect(await copyCitation(page, 'annex-op1')).toBe(`General Assembly resolution 76/901, annex, para. 1 (A/RES/76/901, 24 December 2021), ${url}#annex-op1`);
		await page.close();
		const parts = await session.open(at('A/RES/76/902 A-B'), clipboard);
		expect(await copyCitation(parts, 'B-op1')).toBe(`General Assembly resolution 76/902 B, para. 1 (A/RES/76/902 A-B, 24 December 2021), ${documentUrl('A/RES/76/902 A-B')}#B-op1`);
		await parts.close();
	});

	it('cites a section’s paragraph the same way from its own page, and leads from a sub-paragraph to its paragraph’s page', async () => {
		const own = await session.open(at('A/RES/76/901', 'sec1-op1/'));
		expect(await own.locator('.citation-text').textContent()).toBe(`General Assembly resolution 76/901, sect. I, para. 1 (A/RES/76/901, 24 December 2021), ${documentUrl('A/RES/76/901')}sec1-op1/`);
		await own.close();
		const page = await session.open(at('A/RES/76/901'));
		await page.locator('#op1-a-ii > .paragraph-margin .paragraph-share').click();
		await page.locator('.paragraph-menu [data-action="paragraph-page"]').click();
		await page.waitForURL(/\/A\/RES\/76\/901\/op1\/#op1-a-ii$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op1-a-ii');
		await page.close();
	});

	it('follows a sub-paragraph’s ¶ link without JavaScript', async () => {
		const page = await session.open(at('A/RES/76/901'), { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
		await page.locator('#op1-a-ii > .paragraph-margin .paragraph-link').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#op1-a-ii');
		expect(await landed(page, 'op1-a-ii')).toMatchObject({ visible: true, target: 'op1-a-ii', marked: true });
		await page.close();
	});

	it('scrolls a wide table inside its own box at 320 px, by keyboard too, and never the page', async () => {
		const page = await session.open(at('A/RES/76/903'), { viewport: { width: 320, height: 700 } });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		const box = page.locator('#t1 .table-scroll');
		const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
		expect(sizes.scroll).toBeGreaterThan(sizes.client);
		await box.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
		expect(await page.evaluate(() => [document.documentElement.scrollWidth, scrollX])).toEqual([320, 0]);
		await page.close();
	});

	it('outlines parts, sections, headings and annexes, nested, and marks the paragraph of a sub-paragraph arrived at', async () => {
		const page = await session.open(`${at('A/RES/76/901')}#op1-a-ii`, { viewport: { width: 1280, height: 900 } });
		const parentOf = (href: string) => page.locator(`.outline a[href="${href}"]`).evaluate((a) => a.parentElement!.parentElement!.closest('li')?.querySelector(':scope > a')?.getAttribute('href'));
		expect(await parentOf('#sec1-op1')).toBe('#sec1');
		expect(await parentOf('#sec1')).toBe('#operative');
		expect(await parentOf('#h1')).toBe('#operative');
		expect(await parentOf('#annex-op1')).toBe('#annex');
		expect(await page.locator('.outline a[href="#sec1-t1"]').textContent()).toBe('Table 1');
		await expect.poll(() => page.locator('.outline a[aria-current]').getAttribute('href')).toBe('#op1');
		await page.locator('#sec2-op1').evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await expect.poll(() => page.locator('.outline a[aria-current]').getAttribute('href')).toBe('#sec2-op1');
		await page.close();
		const parts = await session.open(at('A/RES/76/902 A-B'), { viewport: { width: 1280, height: 900 } });
		expect(await parts.locator('.outline a[href="#B-op2"]').evaluate((a) => a.closest('li.outline-scope')!.querySelector(':scope > a')!.textContent)).toBe('B United Nations global communications policies and activities');
		await parts.close();
	});

	it('lands on the nearest place a language has when the reader follows a place its text lacks', async () => {
		const page = await session.open(`${at('A/RES/76/903')}#op1-a-ii`, { viewport: { width: 1280, height: 800 } });
		await page.locator('.languages summary').click();
		await page.locator('.languages a[hreflang="fr"]').click();
		await page.waitForURL(/\/fr\/A\/RES\/76\/903\/#op1-a$/);
		expect(await landed(page, 'op1-a')).toMatchObject({ visible: true, target: 'op1-a', marked: true });
		await page.close();
		// A section the French text lacks: the top of the page; on arrival, or when the reader edits the address.
		const french = await session.open(`fr/${at('A/RES/76/903')}#sec1-op1`, { viewport: { width: 1280, height: 800 } });
		await expect.poll(() => french.evaluate(() => [location.hash, scrollY])).toEqual(['', 0]);
		await french.evaluate(() => (location.hash = '#op1-a-i'));
		await expect.poll(() => french.evaluate(() => document.querySelector(':target')?.id)).toBe('op1-a');
		await french.close();
		// What the French text has is left alone.
		const kept = await session.open(`fr/${at('A/RES/76/903')}#op2`);
		expect(await kept.evaluate(() => location.hash)).toBe('#op2');
		await kept.close();
	});

	it('says which official languages the resolution is not published in', async () => {
		const page = await session.open(at('A/RES/76/903'));
		await page.locator('.languages summary').click();
		expect(await page.locator('.languages .not-published').textContent()).toBe('Not published in Arabic, Chinese, Russian and Spanish');
		await page.close();
	});

	for (const javaScriptEnabled of [true, false]) {
		it(`shows side by side a row one language lacks as absent there, lands on the aligned row and swaps the pair (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const page = await session.open(`${at('A/RES/76/903')}compare/#op1-a-ii`, { javaScriptEnabled, viewport: { width: 375, height: 700 } });
			// On a phone the two cells of a row stack, the first language above.
			const shown = () =>
				page.evaluate(() => {
					const cells = [...document.getElementById('op1-a-ii')!.children].filter((cell) => cell.getBoundingClientRect().height > 0);
					return cells.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((cell) => `${cell.getAttribute('lang')}: ${cell.textContent!.trim().slice(0, 22)}`);
				});
			expect(await landed(page, 'op1-a-ii')).toMatchObject({ visible: true, target: 'op1-a-ii', marked: true });
			expect(await shown()).toEqual(['en: (ii) Four from Western', 'fr: Not in the French text']);
			if (javaScriptEnabled) {
				await page.waitForFunction(() => customElements.get('language-pair'));
				await page.getByRole('group', { name: 'First language' }).getByRole('radio', { name: 'Français' }).check();
			} else {
				// Two steps: the same language in both groups first.
				await page.getByRole('group', { name: 'First language' }).getByRole('radio', { name: 'Français' }).check();
				await page.getByRole('group', { name: 'Second language' }).getByRole('radio', { name: 'English' }).check();
			}
			expect(await shown()).toEqual(['fr: Not in the French text', 'en: (ii) Four from Western']);
			expect(await page.evaluate(() => location.search)).toBe(javaScriptEnabled ? '?pair=fr-en' : '');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
			await page.close();
		});
	}

	for (const javaScriptEnabled of [true, false]) {
		it(`shows a recorded vote as a bar of its three counts and lists the voters, named as the UN names them in the page's language, and those not voting (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const page = await session.open(at('A/RES/76/901'), { javaScriptEnabled, viewport: { width: 1280, height: 900 } });
			const bar = page.getByRole('img', { name: '3 in favour, 1 against, 1 abstaining' });
			expect(await bar.isVisible()).toBe(true);
			const widths = await page.locator('.vote-bar rect').evaluateAll((rects) => rects.map((rect) => Math.round(rect.getBoundingClientRect().width)));
			expect(widths[0]! / widths[1]!).toBeCloseTo(3, 0);
			expect(widths[1]).toBe(widths[2]);
			// Three distinct colours, none the paper's.
			const fills = await page.locator('.vote-bar rect').evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
			expect(new Set(fills).size).toBe(3);
			const inFavour = page.locator('details.voters').first();
			expect(await inFavour.locator('p').isVisible()).toBe(false);
			await inFavour.locator('summary').click();
			expect(await inFavour.locator('p').textContent()).toBe('Albania, Bolivia (Plurinational State of) and Côte d’Ivoire');
			expect(await page.locator('details.voters summary').allTextContents()).toEqual(['In favour (3)', 'Against (1)', 'Abstaining (1)', 'Not voting (188)']);
			await page.close();
		});
	}

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
