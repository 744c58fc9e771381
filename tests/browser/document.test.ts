/** The document page in real Chromium: deep links and reading without JavaScript (axe: every-page.test.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfficialText } from '../support/akn';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';

const official = readOfficialText('en');

describe.skipIf(noBrowser)('the document page in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it('loads the home page and the document page without console errors or failed requests', async () => {
		for (const path of ['', 'A/RES/76/299/']) {
			const page = await session.open(path);
			await page.waitForLoadState('networkidle');
			await page.close();
		}
		expect(session.errors).toEqual([]);
	});

	it('lands on operative paragraph 5 from /A/RES/76/299/#op5: targeted and in view', async () => {
		const page = await session.open('A/RES/76/299/#op5', { viewport: { width: 1280, height: 800 } });
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
		const box = await page.locator('#op5').boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(800);
		// Marked for the eye, not only in the DOM.
		const background = await page.locator('#op5').evaluate((element) => getComputedStyle(element).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		await page.close();
	});

	it('shows the whole text with JavaScript disabled', async () => {
		const page = await session.open('A/RES/76/299/', { javaScriptEnabled: false });
		const expected = [...official.preambular, ...official.operative.map((o) => o.text)];
		const paragraphs = page.locator('.paragraph');
		expect(await paragraphs.count()).toBe(30);
		for (const [index, text] of expected.entries()) {
			const paragraph = paragraphs.nth(index);
			expect(await paragraph.isVisible()).toBe(true);
			const shown = await paragraph.locator('.paragraph-text').evaluate((element) => {
				const copy = element.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.footnote-ref').forEach((call) => call.remove());
				return copy.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();
			});
			expect(shown).toBe(text);
		}
		for (const { number } of official.operative) expect(await page.locator(`.paragraph-number:text-is("${number}")`).isVisible()).toBe(true);
		expect(await page.locator('.footnotes li:visible').count()).toBe(4);
		await page.close();
	});
});
