/** Linking and citing paragraphs in real Chromium: anchors, keyboard, copy controls, outline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { landed, noBrowser, openParagraphMenu, startBrowser, type BrowserSession } from '../support/browser';
import { urlPath } from '../support/dist';
import { siteOrigin } from '../support/links';

const anchors = [...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}`)];
const documentUrl = `${siteOrigin()}${urlPath('/A/RES/76/299/')}`;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe.skipIf(noBrowser)('linking to paragraphs in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 700 }]) {
		it(`lands on each of the 30 anchors, in view, uncovered and marked (${viewport.width} px)`, async () => {
			const page = await session.open('A/RES/76/299/', { viewport });
			for (const anchor of anchors) {
				await page.goto(new URL(`A/RES/76/299/#${anchor}`, session.site.url).href);
				expect(await landed(page, anchor), anchor).toEqual({ visible: true, uncovered: true, target: anchor, marked: true });
			}
			await page.close();
		});
	}

	it('lets the keyboard alone reach every paragraph’s link control, visibly', async () => {
		const page = await session.open('A/RES/76/299/', { viewport: { width: 1280, height: 800 } });
		const reached = new Set<string>();
		for (let step = 0; step < 400 && reached.size < anchors.length; step += 1) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				if (!element.matches('.paragraph-link')) return undefined;
				const box = element.getBoundingClientRect();
				// The browser scrolls a focused element just into view; its middle must be on screen.
				const inView = box.top >= 0 && box.top + box.height / 2 <= window.innerHeight;
				return { id: element.closest('.paragraph')!.id, shown: getComputedStyle(element).opacity === '1' && inView, href: element.getAttribute('href') };
			});
			if (focused) {
				expect(focused.shown, `${focused.id} link is visible when focused`).toBe(true);
				expect(focused.href).toBe(`#${focused.id}`);
				reached.add(focused.id);
			}
		}
		expect([...reached].sort()).toEqual([...anchors].sort());
		await page.close();
	});

	it('copies the link of operative paragraph 5 and announces it', async () => {
		const page = await session.open('A/RES/76/299/', clipboard);
		await page.locator('#op5 .paragraph-share').focus();
		await page.keyboard.press('Enter');
		await page.locator('.paragraph-menu [data-action="copy-link"]').click();
		expect(await readClipboard(page)).toBe(`${documentUrl}#op5`);
		await expect.poll(() => page.locator('.tools-status').textContent()).toBe('Link copied');
		await page.close();
	});

	it('copies the citation of an operative and a preambular paragraph', async () => {
		const page = await session.open('A/RES/76/299/', clipboard);
		await openParagraphMenu(page, '#op5 .paragraph-share');
		await page.locator('.paragraph-menu [data-action="copy-citation"]').click();
		expect(await readClipboard(page)).toBe(`General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), ${documentUrl}#op5`);
		await openParagraphMenu(page, '#pp16 .paragraph-share');
		await page.locator('.paragraph-menu [data-action="copy-citation"]').click();
		expect(await readClipboard(page)).toBe(`General Assembly resolution 76/299, preambular para. 16 (A/RES/76/299, 28 July 2022), ${documentUrl}#pp16`);
		await page.close();
	});

	it('offers the page of a paragraph from its menu; that page prints the paragraph’s citation with its own address', async () => {
		const page = await session.open('A/RES/76/299/', clipboard);
		await openParagraphMenu(page, '#pp16 .paragraph-share');
		await page.locator('.paragraph-menu [data-action="paragraph-page"]').click();
		await page.waitForURL(/\/A\/RES\/76\/299\/pp16\/$/);
		expect(await page.locator('.citation-text').textContent()).toBe(`General Assembly resolution 76/299, preambular para. 16 (A/RES/76/299, 28 July 2022), ${documentUrl}pp16/`);
		// A click selects the whole citation, ready to copy.
		await page.locator('.citation-text').click();
		expect(await page.evaluate(() => getSelection()!.toString())).toBe(await page.locator('.citation-text').textContent());
		await page.close();
	});

	it('leads from a paragraph page to its neighbours and to the paragraph in context, without JavaScript', async () => {
		const page = await session.open('A/RES/76/299/op5/', { javaScriptEnabled: false, viewport: { width: 375, height: 700 } });
		// The icon is fetched after each page loads: leaving before would cancel it.
		const follow = async (url: RegExp, link: string) => {
			await page.waitForLoadState('networkidle');
			await Promise.all([page.waitForURL(url), page.locator(link).click()]);
		};
		await follow(/\/A\/RES\/76\/299\/op6\/$/, 'a[rel="next"]');
		await follow(/\/A\/RES\/76\/299\/op5\/$/, 'a[rel="prev"]');
		await page.waitForLoadState('networkidle');
		await Promise.all([page.waitForURL(/\/A\/RES\/76\/299\/#op5$/), page.locator('.in-context a').click()]);
		expect(await landed(page, 'op5')).toMatchObject({ visible: true, target: 'op5', marked: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await page.close();
	});

	it('copies a link to selected words: the paragraph anchor with a text fragment that lands there', async () => {
		const page = await session.open('A/RES/76/299/', clipboard);
		await page.evaluate(() => {
			const text = document.querySelector('#pp3 .paragraph-text')!;
			const node = [...text.childNodes].find((n) => n.textContent!.includes('scourge of war'))!;
			const start = node.textContent!.indexOf('scourge of war');
			const range = document.createRange();
			range.setStart(node, start);
			range.setEnd(node, start + 'scourge of war'.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await page.locator('#pp3 .selection-link').click();
		const link = await readClipboard(page);
		expect(link).toBe(`${documentUrl}#pp3:~:text=scourge%20of%20war`);
		await page.goto(new URL(`A/RES/76/299/#pp3:~:text=scourge%20of%20war`, session.site.url).href);
		expect((await landed(page, 'pp3')).visible).toBe(true);
		await page.close();
	});

	it('marks the current place in the outline after scrolling', async () => {
		const page = await session.open('A/RES/76/299/', { viewport: { width: 1280, height: 800 } });
		for (const anchor of ['pp12', 'op7']) {
			await page.locator(`#${anchor}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
			await expect.poll(() => page.locator('.outline a[aria-current]').getAttribute('href')).toBe(`#${anchor}`);
		}
		await page.close();
	});

	// Short paragraphs near the end of a page cannot scroll to its top: the place is the target.
	for (const prefix of ['', 'ar/', 'zh/', 'fr/', 'ru/', 'es/']) {
		it(`marks the paragraph arrived at in the outline, even at the end of the page: /${prefix}A/RES/76/299/`, async () => {
			const page = await session.open(`${prefix}A/RES/76/299/#op1`, { viewport: { width: 1280, height: 900 } });
			const current = () => page.locator('.outline a[aria-current]').getAttribute('href');
			await expect.poll(current).toBe('#op1');
			for (const anchor of ['op9', 'op10']) {
				await page.goto(new URL(`${prefix}A/RES/76/299/#${anchor}`, session.site.url).href);
				await expect.poll(current).toBe(`#${anchor}`);
			}
			// Scrolled away from the target, the place follows the reading again.
			await page.locator('#pp5').evaluate((element) => element.scrollIntoView({ block: 'start' }));
			await expect.poll(current).toBe('#pp5');
			// The outline's own links move the place too.
			await page.locator('.outline a[href="#op10"]').click();
			await expect.poll(current).toBe('#op10');
			await page.close();
		});
	}

	it('folds the outline behind a button on a narrow screen, and shows it plainly without JavaScript', async () => {
		const page = await session.open('A/RES/76/299/', { viewport: { width: 375, height: 700 } });
		const toggle = page.locator('.outline-toggle');
		expect(await page.locator('.outline-list').isVisible()).toBe(false);
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await page.locator('.outline a[href="#op5"]').click();
		expect(await page.evaluate(() => location.hash)).toBe('#op5');
		expect(await page.locator('.outline-list').isVisible()).toBe(false);
		await page.close();

		const plain = await session.open('A/RES/76/299/', { viewport: { width: 375, height: 700 }, javaScriptEnabled: false });
		expect(await plain.locator('.outline a[href="#op5"]').isVisible()).toBe(true);
		await plain.close();
	});

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
