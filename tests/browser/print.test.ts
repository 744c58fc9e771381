/**
 * Printing: Chromium renders the print stylesheet to PDF, on A4 and on Letter, and the PDF holds
 * the whole resolution, its numbers, footnotes and address, and none of the site around it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOfficialText } from '../support/akn';
import { noBrowser, startBrowser, type BrowserSession } from '../support/browser';
import { loadPage, readerText, urlPath } from '../support/dist';
import { assertFixturesBuilt, fixturePath, loadFixturePage } from '../support/fixtures';
import { siteOrigin } from '../support/links';

const official = readOfficialText('en');
/** White space and ligatures (ﬀ, ﬁ) differ between a PDF's text runs and the page: compare without them. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
	const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	let text = '';
	for (let number = 1; number <= document.numPages; number += 1) {
		const content = await (await document.getPage(number)).getTextContent();
		// In reading order: lines from the top of the page down, each from left to right. (The order
		// of painting differs: positioned elements are painted last.)
		const runs = content.items.flatMap((item) => ('str' in item ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
		runs.sort((a, b) => b.y - a.y);
		const lines: (typeof runs)[] = [];
		for (const run of runs) {
			const line = lines.at(-1);
			// Runs within 6 pt of a line's baseline (a margin designation, a footnote call) belong to it.
			if (line && Math.abs(line[0]!.y - run.y) <= 6) line.push(run);
			else lines.push([run]);
		}
		text += lines.map((line) => line.sort((a, b) => a.x - b.x).map((run) => run.text).join(' ')).join(' ');
	}
	return { pages: document.numPages, text };
}

describe.skipIf(noBrowser)('the printed resolution', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await startBrowser();
	});
	afterAll(async () => {
		await session?.close();
	});

	// The text as the page prints it, footnote markers included, from the built page.
	const built = loadPage('/A/RES/76/299/');
	const printedParagraphs = [...built.querySelectorAll('.paragraph')].map((p) => `${p.querySelector('.paragraph-number')?.textContent ?? ''}${p.querySelector('.paragraph-text')!.textContent}`);

	for (const format of ['A4', 'Letter'] as const) {
		it(`prints the whole text and no site chrome on ${format}`, async () => {
			const page = await session.open('A/RES/76/299/');
			const { pages, text } = await pdfText(await page.pdf({ format }));
			const printed = squash(text);
			expect(pages).toBeGreaterThan(1);
			for (const line of [...official.coverLines, official.title, official.formula, ...official.conclusion, ...official.footnotes.map((f) => f.text)]) {
				expect(printed, line).toContain(squash(line));
			}
			for (const paragraph of printedParagraphs) expect(printed, paragraph.slice(0, 40)).toContain(squash(paragraph));
			// Paragraph designations and the page's address are kept.
			for (const designation of ['PP1', 'PP20']) expect(printed).toContain(designation);
			expect(printed).toContain(squash(`${siteOrigin()}${urlPath('/A/RES/76/299/')}`));
			for (const chrome of ['Resolution Reader', 'Contents', 'About this resolution', 'Copy link', 'Skip to the text', 'Colour scheme', 'Cover page', '¶']) {
				expect(printed, chrome).not.toContain(squash(chrome));
			}
			await page.close();
		});
	}

	// Sub-paragraphs, the words after them, sections, tables (a wide one whole, not cut at its box), annexes and parts.
	it.each(['A/RES/76/901', 'A/RES/76/902 A-B', 'A/RES/76/903'])('prints every construct of %s, tables whole', async (symbol) => {
		assertFixturesBuilt();
		const built = loadFixturePage(symbol);
		const lines = [...built.querySelectorAll('.point-num, .point-text, .wrap-up, .paragraph-text, .section-heading, .part-heading, .annex-line, .heading')].map(readerText);
		// A cell's words may wrap onto lines that the PDF's text interleaves with the next cells': word by word.
		const cells = [...built.querySelectorAll('th, td')].flatMap((cell) => readerText(cell).split(' '));
		const expected = [...lines, ...cells].filter(Boolean);
		const page = await session.open(fixturePath(symbol).replace(/^\//, ''));
		const { text } = await pdfText(await page.pdf({ format: 'A4' }));
		const printed = squash(text);
		const missing = expected.filter((line) => !printed.includes(squash(line)));
		expect(missing).toEqual([]);
		for (const chrome of ['Contents', 'About this resolution', '¶']) expect(printed, chrome).not.toContain(squash(chrome));
		await page.close();
	});
});
