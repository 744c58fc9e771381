/**
 * A changes page in Chromium, as a reader uses it: without JavaScript the unchanged paragraphs are
 * folded but there, open from the keyboard, and printed whole; the marks are words a screen reader
 * reads, not only colours.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { htmlPages } from '../support/dist';

const path = 'A/RES/76/10/changes/';
const built = htmlPages().some((page) => page.path === `/${path}`);

async function pdfText(pdf: Buffer): Promise<string> {
	const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	let text = '';
	for (let number = 1; number <= document.numPages; number += 1) {
		for (const item of (await (await document.getPage(number)).getTextContent()).items) if ('str' in item) text += item.str;
	}
	return text.replace(/\s+/g, '');
}

describe.skipIf(noBrowser || !built)('a changes page in Chromium', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	it('folds unchanged paragraphs, opens them from the keyboard and prints them, without JavaScript', async () => {
		const page = await session.open(path, { javaScriptEnabled: false });
		const folded = page.locator('.changes details li.change').first();
		const words = ((await folded.locator('.change-text').textContent()) ?? '').trim();
		expect(words.length).toBeGreaterThan(20);
		expect(await folded.isVisible()).toBe(false);
		expect(await pdfText(await page.pdf({ format: 'A4' })), 'printed folded paragraph').toContain(words.replace(/\s+/g, '').slice(0, 60));
		const summary = page.locator('.changes details > summary').first();
		await summary.focus();
		await page.keyboard.press('Enter');
		await folded.waitFor({ state: 'visible' });
		expect(await page.locator('.changes details').first().getAttribute('open')).toBe('');
		await page.close();
	});

	it('announces words inserted and deleted in words, and each block’s status', async () => {
		const page = await session.open(path);
		const changed = page.locator('li.change.changed').first();
		const snapshot = await changed.ariaSnapshot();
		expect(snapshot).toMatch(/Changed/);
		expect(snapshot).toMatch(/\[inserted:/);
		expect(snapshot).toMatch(/\[deleted:/);
		expect(await page.locator('li.change.new strong').first().textContent()).toBe('New');
		expect(session.errors).toEqual([]);
		await page.close();
	});
});
