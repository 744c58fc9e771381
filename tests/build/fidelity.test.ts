/**
 * Fidelity of every document page of the session: each block of the text (paragraph, its
 * sub-paragraphs and the words after them, heading, section and annex headings, part title, table
 * cell, footnote) is on the built page, in the element with its anchor, with the words of the
 * content, whitespace-normalised only (no-break spaces count).
 *
 * This is the last link of a chain that reaches the UN's own files for every file of the session:
 * the importer's completeness check proves that each UN file's words are all in what it imports,
 * in order (src/lib/import/completeness.ts, independent of the importer's reading); re-importing
 * every UN file gives the committed content byte for byte (tests/unit/import-session.test.ts);
 * and here every page says what its content says, with no superscript without words and no
 * heading that prints its number twice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText, type Inline } from '../../src/lib/inline';
import type { AnchoredPoint, Resolution } from '../../src/lib/resolution';
import { resolutionPath } from '../../src/lib/urls';
import { childElements, closest, descendants, hasClass, readMarkup, textLeavingOut, textOf, type Markup, type MarkupElement } from '../../src/lib/search/markup';
import { normalize } from '../support/akn';
import { loadPublishedContent } from '../support/content';
import { inBatches, pageFile } from '../support/dist';
import { servedFile } from '../support/links';
import { nextTurn } from '../support/turn';

// The published content only: the made-up fixtures built beside it have tests of their own. A
// build in another folder (SITE_DIST: the sample build of `npm run test:quick`) holds some
// resolutions: those it built are checked; the main build must hold them all.
const resolutions = (await loadPublishedContent()).filter(
	(resolution) => !process.env.SITE_DIST || servedFile(resolutionPath(resolution.facts.symbol, resolution.facts.language)),
);

/** What the site adds to the words: footnote calls, margins and links, note markers, and all it keeps out of search. */
const addedClasses = ['footnote-ref', 'paragraph-margin', 'paragraph-link', 'footnote-marker', 'footnote-back'];
const added = (element: MarkupElement) => element.attributes.has('data-pagefind-ignore') || addedClasses.some((name) => hasClass(element, name));

/** The words of an element as a reader copies them: footnote calls and what the site adds left out. */
function wordsOf(element: MarkupElement | null | undefined): string | undefined {
	if (!element) return undefined;
	return normalize(textLeavingOut(element, added));
}

const text = (content: readonly Inline[]) => normalize(plainText(content));

/**
 * Every place where the page departs from the content, as "anchor: expected … found …". The page is
 * read with the site's own reader (src/lib/search/markup.ts, checked against a DOM in its unit test):
 * a DOM of every page of three sessions took minutes, most of them the garbage collector's.
 */
function differences(resolution: Resolution): string[] {
	const page = readMarkup(readFileSync(pageFile(resolutionPath(resolution.facts.symbol, resolution.facts.language)), 'utf8'));
	const found: string[] = [];
	const expect = (anchor: string, what: string, expected: string, actual: string | undefined) => {
		if (actual !== expected) found.push(`${anchor} ${what}: expected ${JSON.stringify(expected.slice(0, 120))}, found ${actual === undefined ? 'no element' : JSON.stringify(actual.slice(0, 120))}`);
	};
	const elements = new Map<string, MarkupElement>();
	for (const element of page.elements) {
		const id = element.attributes.get('id');
		if (id !== undefined && !elements.has(id)) elements.set(id, element);
	}
	const byId = (id: string) => elements.get(id) ?? null;
	const child = (element: MarkupElement | null, className: string) => (element ? childElements(element).filter((c) => hasClass(c, className)) : []);
	const inside = (element: MarkupElement | null | undefined, className: string) => (element ? descendants(element).filter((d) => hasClass(d, className)) : []);
	const points = (list: readonly AnchoredPoint[]) => {
		for (const point of list) {
			const element = byId(point.anchor);
			expect(point.anchor, 'number', normalize(point.num), wordsOf(child(element, 'point-num')[0]));
			expect(point.anchor, 'text', text(point.content), wordsOf(child(element, 'point-text')[0]));
			points(point.points);
		}
	};
	for (const block of resolution.blocks) {
		const element = byId(block.anchor);
		switch (block.type) {
			case 'paragraph': {
				if (block.num !== undefined) expect(block.anchor, 'number', normalize(block.num), wordsOf(child(element, 'paragraph-number')[0]));
				if (block.content.length > 0) expect(block.anchor, 'text', text(block.content), wordsOf(child(element, 'paragraph-text')[0]));
				points(block.points);
				const wrapUp = child(element, 'wrap-up').map((p) => wordsOf(p));
				block.wrapUp.forEach((words, index) => expect(block.anchor, `words after the sub-paragraphs (${index + 1})`, text(words), wrapUp[index]));
				break;
			}
			case 'heading':
				expect(block.anchor, 'heading', normalize(`${block.num ?? ''} ${plainText(block.content)}`), wordsOf(element));
				break;
			case 'section':
				expect(block.anchor, 'section heading', normalize(`${block.num ?? ''} ${plainText(block.content)}`), wordsOf(inside(element, 'section-heading')[0]));
				break;
			case 'part':
				expect(block.anchor, 'part title', normalize(`${block.num} ${plainText(block.content)}`), wordsOf(inside(element, 'part-heading')[0]));
				break;
			case 'annex': {
				const lines = [...new Set(inside(element, 'annex-heading').flatMap((heading) => inside(heading, 'annex-line')))].map((line) => wordsOf(line));
				block.lines.forEach((line, index) => expect(block.anchor, `heading line ${index + 1}`, text(line), lines[index]));
				break;
			}
			case 'table':
				block.rows.forEach((row, index) => {
					const rowElement = byId(block.rowAnchors[index]!);
					const cells = (rowElement ? childElements(rowElement) : []).map((cell) => wordsOf(cell));
					row.cells.forEach((cell, column) => expect(`${block.rowAnchors[index]}`, `cell ${column + 1}`, text(cell.content), cells[column]));
				});
				break;
		}
	}
	for (const footnote of resolution.footnotes) expect(footnote.anchor, 'footnote', text(footnote.content), wordsOf(inside(byId(footnote.anchor), 'footnote-text')[0]));
	found.push(...misprints(page));
	return found;
}

/**
 * What the words alone do not show (issue 24): a superscript without words (the bracket of an
 * Arabic note marker, a raised comma), and a heading or outline entry that begins with its
 * number twice ("V. V. Addressing climate change").
 */
function misprints(page: Markup): string[] {
	const found: string[] = [];
	const main = page.elements.find((element) => element.name === 'main');
	const inMain = main ? descendants(main) : [];
	for (const sup of inMain.filter((element) => element.name === 'sup' && !hasClass(element, 'footnote-ref'))) {
		const words = textOf(sup);
		if (!/[\p{L}\p{N}]/u.test(words)) found.push(`superscript without words ${JSON.stringify(words)} in ${closest(sup, (element) => element.attributes.has('id'))?.attributes.get('id') ?? 'the page'}`);
	}
	// A number or word said twice; not a row of asterisks ("* * *", 75/1), which is printed so.
	const twice = /^([^\s]*[\p{L}\p{N}][^\s]*)\s+\1(?:\s|$)/u;
	const outline = page.elements.filter((element) => element.name === 'nav' && element.attributes.get('aria-labelledby') === 'outline-title').flatMap((nav) => descendants(nav).filter((element) => element.name === 'a'));
	const headings = inMain.filter((element) => /^h[2-6]$/.test(element.name));
	for (const heading of [...headings, ...outline]) {
		const words = normalize(textOf(heading));
		if (twice.test(words)) found.push(`${heading.name === 'a' ? 'outline entry' : 'heading'} with its number twice: ${JSON.stringify(words.slice(0, 80))}`);
	}
	return found;
}

describe('every document page says what its content says', () => {
	it.runIf(!process.env.SITE_DIST)('covers the whole session', () => {
		expect(resolutions.length).toBeGreaterThanOrEqual(1848);
	});

	it.runIf(Boolean(process.env.SITE_DIST))('covers every resolution of the sample build', () => {
		expect(resolutions.length).toBeGreaterThanOrEqual(70);
	});

	describe.each(inBatches(resolutions, (r) => `${r.facts.symbol} ${r.facts.language}`, 20))('%s', (_label, batch) => {
		it('holds every block, sub-paragraph, cell and footnote with its anchor, word for word', async () => {
			const found: string[] = [];
			for (const resolution of batch) {
				found.push(...differences(resolution).map((difference) => `${resolution.facts.symbol} ${resolution.facts.language} ${difference}`));
				await nextTurn();
			}
			expect(found).toEqual([]);
		});
	});
});
