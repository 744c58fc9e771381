/**
 * A long document in real Chromium (A/RES/76/246: 242 paragraphs, parts, sections, footnotes):
 * the browser lays out only the paragraphs near the screen (content-visibility), yet an anchor
 * lands exactly where a short document's does and stays there, and the words far off screen are
 * still found by find-in-page. Lighthouse's figures for the longest documents: `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';

const viewports = [
	{ width: 375, height: 700 },
	{ width: 1280, height: 800 },
];

/** The paragraph three before the last, and some of its words: far down the page, with text after it. */
const farParagraph = (page: Page) =>
	page.evaluate(() => {
		const paragraphs = [...document.querySelectorAll<HTMLElement>('.paragraph')];
		const paragraph = paragraphs[paragraphs.length - 3]!;
		const words = paragraph.querySelector('.paragraph-text, .point-text')!.textContent!.trim().split(/\s+/u);
		return { id: paragraph.id, words: words.slice(1, 6).join(' '), count: paragraphs.length };
	});

/** Where the element's top is, in CSS pixels from the top of the window. */
const topOf = (page: Page, id: string) => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);

/**
 * Scrolls the window by `top` pixels at once and waits two frames, so that the browser has laid out
 * what came into view. (Not the mouse wheel: Chromium scrolls for it in its own time, which a busy
 * machine stretches past any fixed wait.)
 */
const scrollBy = (page: Page, top: number) =>
	page.evaluate(async (top) => {
		window.scrollBy({ top, behavior: 'instant' });
		for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
	}, top);

describe.skipIf(noBrowser)('a long document in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const viewport of viewports) {
		for (const prefix of ['', 'ar/']) {
			const path = `${prefix}A/RES/76/246/`;
			it(`skips laying out what is far off screen, and finds its words (/${path}, ${viewport.width} px)`, async () => {
				const page = await session.open(path, { viewport });
				const far = await farParagraph(page);
				expect(far.count).toBeGreaterThan(200);
				// The far paragraph's text is skipped by the browser's rendering, not hidden from the reader.
				const skipped = await page.evaluate((id) => {
					// A probe in its text: checkVisibility() tells a skipped subtree from a hidden one.
					const probe = document.getElementById(id)!.querySelector('.paragraph-text, .point-text')!.appendChild(document.createElement('span'));
					const result = !probe.checkVisibility({ contentVisibilityAuto: true }) && probe.checkVisibility();
					probe.remove();
					return result;
				}, far.id);
				expect(skipped).toBe(true);
				expect(await page.evaluate((words) => (window as unknown as { find(text: string): boolean }).find(words), far.words)).toBe(true);
				await page.close();
			});

			it(`lands exactly on a paragraph far down the page and stays there (/${path}, ${viewport.width} px)`, async () => {
				const short = await session.open('A/RES/76/299/#op5', { viewport });
				const expected = await topOf(short, 'op5');
				await short.close();

				const page = await session.open(path, { viewport });
				const far = await farParagraph(page);
				await page.goto(new URL(`${path}#${far.id}`, session.site.url).href);
				expect(await topOf(page, far.id)).toBe(expected);
				await page.waitForTimeout(1000);
				expect(await topOf(page, far.id), 'a second later').toBe(expected);
				// Scrolled away and back by the same distance: the text above has its real size, nothing moved.
				await scrollBy(page, -2000);
				await scrollBy(page, 2000);
				expect(await topOf(page, far.id), 'after scrolling up and back').toBe(expected);
				await page.close();
			});
		}
	}

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
