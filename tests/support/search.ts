/** Driving the search interface in Chromium, as a reader would. */
import type { Page } from 'playwright-core';

/** Opens the header's search dialog with Ctrl+K, as a reader would. */
export async function openSearch(page: Page): Promise<void> {
	await page.keyboard.press('Control+k');
	await page.locator('dialog.search-dialog[open] search-panel:defined').waitFor();
}

/** Types a query into a search panel and waits for its results; returns the anchors listed, in order. */
export async function searchFor(page: Page, query: string, panel = 'dialog search-panel'): Promise<string[]> {
	return page.evaluate(
		async ({ query, panel }) => {
			const element = document.querySelector(panel)!;
			const field = element.querySelector<HTMLInputElement>('input[type="search"]')!;
			const shown = new Promise((resolve) => element.addEventListener('search-results', resolve, { once: true }));
			field.value = query;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			await shown;
			return [...element.querySelectorAll<HTMLAnchorElement>('.results a')].map((link) => link.dataset['anchor']!);
		},
		{ query, panel },
	);
}
