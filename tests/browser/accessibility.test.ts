/**
 * The smallest set of pages that shows every construct in every language, for each kind of page
 * (tests/support/page-sets.ts), in real Chromium: no WCAG 2.2 A/AA violation (axe-core) at 320 and
 * 1280 px in the light scheme, and none of the colour rules in the dark one, no sideways scrolling at 320 px (WCAG 1.4.10, reflow), no console error, and no request
 * that leaves the site's origin. (Every page of the session would take days of axe; what every
 * page must hold is checked on the built files: tests/build/.)
 *
 * One test per page, each loading the page in two tabs (1280 and 320 px) and checking both in
 * both schemes, the tabs side by side: on two cores that halves the longest part of `npm test`.
 * One test per page, so that a slow machine slows each test a little instead of one test for
 * minutes (which once timed out the runner's own messages).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { pageKind, smallestPages } from '../support/page-sets';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The WCAG A/AA rules of axe that read colours: what a change of colour scheme can break. */
const colourRules = ['color-contrast', 'link-in-text-block'];
// A redirect page leaves at once for the page it names, which is in the set itself (the validators check the redirect page's markup).
const pages = smallestPages()
	.filter((path) => pageKind(path) !== 'redirect')
	.map((path) => path.replace(/^\//, ''));
/** A test's time: most pages take seconds; the longest of the set take a minute or two on a busy two-core machine. */
const pageTimeout = 300_000;

describe.skipIf(noBrowser)('the fixed set of pages in Chromium', () => {
	let session: BrowserSession;
	/**
	 * One tab at each width, each in a context of its own, so that Chromium gives them separate
	 * renderer processes: the two axe runs of a scheme then run side by side on two cores.
	 */
	const views: { width: number; context?: BrowserContext; page?: Page }[] = [{ width: 1280 }, { width: 320 }];
	const offsite: string[] = [];
	beforeAll(async () => {
		session = await startBrowser();
		for (const view of views) {
			view.context = await session.browser.newContext({ viewport: { width: view.width, height: 900 } });
			const page = (view.page = await view.context.newPage());
			page.on('request', (request) => {
				if (!request.url().startsWith(new URL(session.site.url).origin) && !request.url().startsWith('data:')) offsite.push(`${page.url()} → ${request.url()}`);
			});
			page.on('console', (message) => {
				if (message.type() === 'error') session.errors.push(`${page.url()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => session.errors.push(`${page.url()}: ${error.message}`));
		}
	});
	afterAll(async () => {
		for (const view of views) await view.context?.close();
		await session?.close();
	});

	it.each(pages)('/%s: no axe violation in either scheme at 320 and 1280 px, no sideways scrolling', async (path) => {
		const errorsBefore = session.errors.length;
		const violations: string[] = [];
		await Promise.all(
			views.map(async ({ width, page }) => {
				await page!.emulateMedia({ colorScheme: 'light' });
				await page!.goto(new URL(path, session.site.url).href);
				// The browser lays out only what is near the screen (content-visibility: auto, Paragraph.astro):
				// axe and the reflow check measure every element's box, so here every element is laid out.
				await page!.evaluate(() => {
					const sheet = new CSSStyleSheet();
					sheet.replaceSync('* { content-visibility: visible !important; }');
					document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
				});
				if (width === 320) {
					expect(await page!.evaluate(() => document.documentElement.scrollWidth), 'scrolls sideways at 320 px').toBeLessThanOrEqual(320);
				}
				for (const colorScheme of ['light', 'dark'] as const) {
					await page!.emulateMedia({ colorScheme });
					// The dark scheme changes colours only: its run checks the rules about colour.
					const axe = new AxeBuilder({ page: page! });
					const results = await (colorScheme === 'light' ? axe.withTags(wcag) : axe.withRules(colourRules)).analyze();
					violations.push(...results.violations.map((v) => `${colorScheme}, ${width} px: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
				}
			}),
		);
		expect(violations.sort()).toEqual([]);
		expect(session.errors.slice(errorsBefore)).toEqual([]);
	}, pageTimeout);

	it('requested nothing from another origin', () => {
		expect(offsite).toEqual([]);
	});
});
