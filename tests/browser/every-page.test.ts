/**
 * Every built page, in real Chromium: no WCAG 2.2 A/AA violation (axe-core) in light and dark
 * schemes at 320 and 1280 px, no console error, and no request that leaves the site's origin.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { htmlPages } from '../support/dist';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = htmlPages().map(({ path }) => path.replace(/^\//, ''));

describe.skipIf(noBrowser)('every page in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		for (const width of [320, 1280]) {
			it(`has no axe violation and requests nothing from elsewhere: ${colorScheme}, ${width} px`, { timeout: 10_000 + pages.length * 3_000 }, async () => {
				const context = await session.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
				const page = await context.newPage();
				const offsite: string[] = [];
				page.on('request', (request) => {
					if (!request.url().startsWith(new URL(session.site.url).origin) && !request.url().startsWith('data:')) offsite.push(`${page.url()} → ${request.url()}`);
				});
				page.on('console', (message) => {
					if (message.type() === 'error') session.errors.push(`${page.url()}: ${message.text()}`);
				});
				const violations: string[] = [];
				for (const path of pages) {
					await page.goto(new URL(path, session.site.url).href);
					const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
					violations.push(...results.violations.map((v) => `${path}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
				}
				await context.close();
				expect(violations).toEqual([]);
				expect(offsite).toEqual([]);
				expect(session.errors).toEqual([]);
			});
		}
	}
});
