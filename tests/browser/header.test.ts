/**
 * The site header on phones, in every language: it fits 320 and 390 px without scrolling the page
 * sideways, no control's label wraps, and the keyboard shortcut shows only where a keyboard is
 * likely (a fine pointer that hovers, and room for it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';

const prefixes = ['', 'ar/', 'zh/', 'fr/', 'ru/', 'es/'];
/** The header's controls whose labels must stay on one line; the site's name may wrap. */
const controls = ['.search-button', '.search-link', '.languages summary', 'theme-switch select'];

/** Where the header's controls are, and how many lines each label takes. */
function measure(page: Page) {
	return page.evaluate((selectors) => {
		// Lines of visible text: boxes of text that do not overlap vertically are on separate lines.
		const lines = (element: Element) => {
			// A select shows its value on one line by construction; it must keep one line's height.
			if (element.localName === 'select') return element.getBoundingClientRect().height <= 48 ? 1 : 2;
			const range = document.createRange();
			range.selectNodeContents(element);
			const boxes = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1).sort((a, b) => a.top - b.top);
			let count = 0;
			let bottom = -Infinity;
			for (const box of boxes) {
				if (box.top >= bottom - 1) count += 1;
				bottom = Math.max(bottom, box.bottom);
			}
			return count;
		};
		const shown = selectors.flatMap((selector) =>
			[...document.querySelectorAll(`.site-header ${selector}`)]
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => {
					const box = element.getBoundingClientRect();
					return { selector, left: Math.floor(box.left), right: Math.ceil(box.right), lines: lines(element) };
				}),
		);
		const kbd = document.querySelector('.site-header kbd');
		return {
			pageWidth: document.documentElement.scrollWidth,
			headerWidth: document.querySelector('.site-header')!.scrollWidth,
			shown,
			shortcutShown: !!kbd && kbd.getClientRects().length > 0,
		};
	}, controls);
}

describe.skipIf(noBrowser)('the header on narrow screens', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const prefix of prefixes) {
		it(`fits 320 and 390 px with every control in view and on one line: /${prefix}A/RES/76/299/`, async () => {
			for (const width of [320, 390]) {
				for (const device of [
					{ name: 'phone', isMobile: true, hasTouch: true, javaScriptEnabled: true },
					{ name: 'narrow window', isMobile: false, hasTouch: false, javaScriptEnabled: true },
					{ name: 'no JavaScript', isMobile: true, hasTouch: true, javaScriptEnabled: false },
				]) {
					const { name, ...options } = device;
					const page = await session.open(`${prefix}A/RES/76/299/`, { viewport: { width, height: 800 }, ...options });
					const found = await measure(page);
					const where = `${width} px, ${name}`;
					expect(found.pageWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(width);
					expect(found.headerWidth, `${where}: the header overflows`).toBeLessThanOrEqual(width);
					// Without JavaScript: the search link and the language list; with it, also the button and the colour scheme.
					expect(found.shown.map((control) => control.selector).sort(), where).toEqual(
						(options.javaScriptEnabled ? ['.languages summary', '.search-button', 'theme-switch select'] : ['.languages summary', '.search-link']).sort(),
					);
					for (const control of found.shown) {
						expect(control.left, `${where}: ${control.selector} starts off screen`).toBeGreaterThanOrEqual(0);
						expect(control.right, `${where}: ${control.selector} ends off screen`).toBeLessThanOrEqual(width);
						expect(control.lines, `${where}: ${control.selector} wraps`).toBe(1);
					}
					expect(found.shortcutShown, `${where}: the Ctrl K hint shows`).toBe(false);
					await page.close();
				}
			}
		});
	}

	for (const prefix of prefixes) {
		it(`fits the paragraph page's small header at 320 px, its search a plain link to the search page: /${prefix}A/RES/76/299/op5/`, async () => {
			const page = await session.open(`${prefix}A/RES/76/299/op5/`, { viewport: { width: 320, height: 800 }, isMobile: true, hasTouch: true });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			const links = await page.locator('header a').evaluateAll((all) => all.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).pathname, right: Math.ceil(a.getBoundingClientRect().right) })));
			expect(links.map((link) => link.href)).toEqual([expect.stringMatching(/\/$/), expect.stringMatching(new RegExp(`/${prefix}search/$`))]);
			for (const link of links) expect(link.right).toBeLessThanOrEqual(320);
			expect(await page.locator('dialog, .search-button').count()).toBe(0);
			await page.close();
		});
	}

	it('shows the keyboard shortcut in the search button on a wide screen with a mouse, on one line', async () => {
		const page = await session.open('A/RES/76/299/', { viewport: { width: 1280, height: 800 } });
		const found = await measure(page);
		expect(found.shortcutShown).toBe(true);
		expect(found.shown.find((control) => control.selector === '.search-button')?.lines).toBe(1);
		await page.close();
	});

	it('keeps the full names of the controls for screen readers where they show as icons', async () => {
		const page = await session.open('fr/A/RES/76/299/', { viewport: { width: 320, height: 800 }, isMobile: true, hasTouch: true });
		expect(await page.getByRole('button', { name: 'Rechercher' }).count()).toBe(1);
		expect(await page.locator('.languages summary').textContent()).toContain('Français');
		expect(await page.getByRole('combobox', { name: 'Thème de couleur' }).count()).toBe(1);
		await page.close();
	});

	it('runs all of this without console errors', () => {
		expect(session.errors).toEqual([]);
	});
});
