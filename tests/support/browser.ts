/**
 * Real Chromium for browser tests, from the system (Debian's `chromium`), never downloaded.
 * Without one, browser tests are skipped with a loud line, except in CI, where that fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { base, dist } from './dist';
import { serveStatic, type StaticSite } from './server';

const candidates = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Path of a Chromium executable, or undefined when this machine has none. */
export const chromiumPath = candidates.find((path): path is string => !!path && existsSync(path));

if (!chromiumPath) {
	const message =
		'NO CHROMIUM FOUND: browser tests cannot run. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome or Chromium executable.';
	if (process.env.CI === 'true') throw new Error(message);
	console.warn(`\n${'!'.repeat(100)}\n!!! ${message}\n!!! Browser tests are SKIPPED.\n${'!'.repeat(100)}\n`);
}

/** Whether the browser tests of this file must be skipped. */
export const noBrowser = !chromiumPath;

// Flags for a closed network: no background calls home, no GPU in containers.
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserSession {
	browser: Browser;
	site: StaticSite;
	/** Opens a page of the site at `path` (relative to the site's base, e.g. `A/RES/76/299/#op5`). */
	open(path: string, options?: BrowserContextOptions): Promise<Page>;
	/** Console errors and failed requests seen on every page opened so far. */
	errors: string[];
	close(): Promise<void>;
}

/**
 * Starts a static server on the built site (under its base path) and a headless Chromium.
 * A test may serve another build of its own (`root`, `base`).
 */
export async function startBrowser({ root = dist, base: path = base } = {}): Promise<BrowserSession> {
	const site = await serveStatic(root.replace(/\/$/, ''), { base: path });
	const browser = await chromium.launch({
		executablePath: chromiumPath!,
		// Playwright gives each launch a new, empty profile of its own.
		args: flags,
	});
	const errors: string[] = [];
	return {
		browser,
		site,
		errors,
		async open(path, options = {}) {
			const context = await browser.newContext(options);
			const page = await context.newPage();
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
			});
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
			// A request the browser itself cut off (the page closed or moved on while the icon was still
			// loading: net::ERR_ABORTED) is not a failure of the site; any other failure is.
			page.on('requestfailed', (request) => {
				const reason = request.failure()?.errorText ?? '';
				if (!reason.includes('ERR_ABORTED')) errors.push(`${page.url()}: request failed ${request.url()} (${reason})`);
			});
			await page.goto(new URL(path, site.url).href);
			return page;
		},
		async close() {
			await browser.close();
			await site.close();
		},
	};
}

/**
 * Where the reader landed on an element: its top in the viewport (not under the bottom 40 px),
 * uncovered near its start (no sticky header over it), the page's `:target`, and marked for the eye.
 */
export async function landed(page: Page, id: string) {
	return page.evaluate((id) => {
		const element = document.getElementById(id)!;
		const box = element.getBoundingClientRect();
		const visible = box.top >= 0 && box.top < window.innerHeight - 40;
		const atTop = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + 8);
		return { visible, uncovered: !!atTop && element.contains(atTop), target: document.querySelector(':target')?.id, marked: getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)' };
	}, id);
}

/**
 * Opens a paragraph's menu from its share button (`button`, a selector) and waits until it is
 * open. On a busy machine a click can land while the page is still laying out what it skipped
 * (content-visibility) and miss; it is tried once more before the test fails.
 */
export async function openParagraphMenu(page: Page, button: string): Promise<void> {
	const isOpen = () => page.waitForFunction(() => document.querySelector('.paragraph-menu')?.matches(':popover-open'), undefined, { timeout: 3000 });
	await page.locator(button).click();
	try {
		await isOpen();
	} catch {
		await page.locator(button).click();
		await isOpen();
	}
}
