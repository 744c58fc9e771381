/**
 * The changes pages (`/A/RES/76/10/changes/`) against the published texts of both years: for each
 * changes page of the fixed set's resolutions (and 76/72, 446 paragraphs, where the build holds it),
 * in each language, every paragraph shown reads, without its deletions, as this year's text in
 * data.json and, without its insertions, as last year's; a paragraph whose text is the same in both
 * files is shown unmarked, one whose text differs shows the difference; every paragraph of last
 * year's text is shown once; the counts at the top are those of the paragraphs below and of
 * changes.json. The document pages of both name each other; paragraph pages say where they come from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolutionJson } from '../../src/lib/exports/json';
import { footnotesOf, paragraphsOf, pointsOf } from '../../src/lib/exports/json-walk';
import { isChangesPath } from '../../src/lib/urls';
import { htmlPages, loadPage, pageFile } from '../support/dist';
import { sampleSymbols } from '../support/page-sets';

const symbolPaths = [...sampleSymbols, 'A/RES/76/72'].map((symbol) => symbol.replace(/\s+/g, ''));
const pages = htmlPages()
	.map(({ path }) => path)
	.filter((path) => isChangesPath(path) && symbolPaths.some((symbol) => path.replace(/^\/[a-z]{2}\//, '/').startsWith(`/${symbol}/`)));

const normalize = (text: string) => text.replace(/\s+/gu, ' ').trim();
/**
 * The characters of a text but its spaces and line breaks: a line break inserted where last year's
 * words ran on (a list now lettered) shows as a break in both readings, so a changed paragraph's two
 * readings are compared character by character, spacing aside; an unchanged one is compared whole.
 */
const flat = (text: string) => text.replace(/\s+/gu, '');
/** Where two texts first differ, for the message. */
const firstDifference = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return `…${a.slice(Math.max(0, i - 30), i + 30)}… vs …${b.slice(Math.max(0, i - 30), i + 30)}…`;
};
const readJson = <T,>(path: string): T => JSON.parse(readFileSync(pageFile(path), 'utf8')) as T;

/** A paragraph of data.json as the changes page shows it: its lines (words, sub-paragraphs after their letters, words after them), then its footnotes. */
function paragraphTexts(data: ResolutionJson): Map<string, { lines: string; footnotes: string }> {
	return new Map(
		paragraphsOf(data).map((paragraph) => [
			paragraph.id,
			{
				lines: [paragraph.text, ...[...pointsOf(paragraph.points)].map((point) => `${point.num} ${point.text}`), ...paragraph.wrapUp.map((words) => words.text)].map(normalize).filter(Boolean).join('\n'),
				footnotes: footnotesOf(data, paragraph).map((note) => normalize(note.text)).join('\n'),
			},
		]),
	);
}

/** The text of lines shown, without one side's marks: `ins` removed gives last year's words, `del` removed this year's. */
function shown(item: Element, selector: string, without: 'ins' | 'del', skipFirst = false): string {
	const lines = [...item.querySelectorAll(selector)].slice(skipFirst ? 1 : 0).map((line) => {
		const copy = line.cloneNode(true) as Element;
		for (const element of copy.querySelectorAll(`${without}, .visually-hidden, .num`)) element.remove();
		return normalize(copy.textContent ?? '');
	});
	return lines.filter(Boolean).join('\n');
}

describe.skipIf(pages.length === 0)('changes pages', () => {
	it('are built for the fixed set’s resolutions that have a predecessor', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	it.each(pages)('%s', (path) => {
		const documentPath = path.replace(/changes\/$/, '');
		const page = loadPage(path);
		const data = readJson<ResolutionJson>(`${documentPath}data.json`);
		const changes = readJson<{ predecessor: { symbol: string }; counts: Record<string, number>; blocks: { status: string; this?: { anchor: string }; was?: { anchor: string } }[] }>(`${documentPath}changes.json`);
		const predecessorPath = documentPath.replace(data.symbol.replace(/\s+/g, ''), changes.predecessor.symbol.replace(/\s+/g, ''));
		const before = paragraphTexts(readJson<ResolutionJson>(`${predecessorPath}data.json`));
		const after = paragraphTexts(data);

		const seen = new Map<string, number>();
		const counted: Record<string, number> = { new: 0, changed: 0, moved: 0, unchanged: 0, dropped: 0 };
		for (const item of page.querySelectorAll('li.change')) {
			const status = ['new', 'changed', 'moved', 'unchanged', 'dropped'].find((name) => item.classList.contains(name))!;
			const id = item.getAttribute('id')!;
			const wasLink = item.querySelector('.change-head span a')?.getAttribute('href');
			const wasAnchor = id.startsWith('was-') ? id.slice(4) : wasLink ? /#(.+)$/.exec(wasLink)![1]! : status === 'new' ? undefined : id;
			const mine = id.startsWith('was-') ? undefined : after.get(id);
			const theirs = wasAnchor === undefined ? undefined : before.get(wasAnchor);
			if (!mine && !theirs) continue; // a heading or a table: not counted
			counted[status]!++;
			if (wasAnchor && theirs) seen.set(wasAnchor, (seen.get(wasAnchor) ?? 0) + 1);
			const marks = item.querySelectorAll('ins, del').length;
			if (mine) {
				expect(flat(shown(item, '.change-text p', 'del')), `${id}: read without deletions, this year's words`).toBe(flat(mine.lines));
				expect(flat(shown(item, '.change-notes p', 'del', true)), `${id}: its footnotes as this year's`).toBe(flat(mine.footnotes));
			}
			if (theirs && status !== 'new') {
				expect(flat(shown(item, '.change-text p', 'ins')), `${id}: read without insertions, last year's ${wasAnchor}: ${firstDifference(flat(shown(item, '.change-text p', 'ins')), flat(theirs.lines))}`).toBe(flat(theirs.lines));
				expect(flat(shown(item, '.change-notes p', 'ins', true)), `${id}: its footnotes as last year's`).toBe(flat(theirs.footnotes));
			}
			if (mine && (status === 'unchanged' || status === 'moved')) {
				expect(shown(item, '.change-text p', 'del'), `${id}: unchanged, shown as it is`).toBe(mine.lines);
				expect(shown(item, '.change-notes p', 'del', true), `${id}: unchanged, its footnotes as they are`).toBe(mine.footnotes);
			}
			if (mine && theirs) {
				const same = mine.lines === theirs.lines && mine.footnotes === theirs.footnotes;
				expect(same ? marks : marks > 0, `${id}: ${same ? 'the same words, unmarked' : 'different words, the difference shown'}`).toBe(same ? 0 : true);
				expect(status, id).toBe(same ? (status === 'moved' ? 'moved' : 'unchanged') : 'changed');
			}
		}
		expect([...before.keys()].filter((anchor) => seen.get(anchor) !== 1), 'last year’s paragraphs each shown once').toEqual([]);
		const onPage = Object.fromEntries([...page.querySelectorAll('.change-counts dl > div')].map((entry) => [entry.getAttribute('class'), Number(entry.querySelector('dd')!.textContent)]));
		expect(onPage).toEqual(counted);
		expect(changes.counts).toEqual(counted);
		expect(changes.blocks.filter((block) => block.this).map((block) => block.this!.anchor)).toEqual([...page.querySelectorAll('li.change[id]')].map((item) => item.getAttribute('id')).filter((id) => !id!.startsWith('was-')));
	});

	it.each(pages)('%s: linked from both documents and from its paragraph pages', (path) => {
		const documentPath = path.replace(/changes\/$/, '');
		const document = loadPage(documentPath);
		const continuity = document.querySelector('.continuity');
		expect(continuity?.querySelector(`a[href$="${path}"]`), 'the document page links to its changes').not.toBeNull();
		const changes = readJson<{ predecessor: { symbol: string } }>(`${documentPath}changes.json`);
		const predecessorPath = documentPath.replace(/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/, '') + changes.predecessor.symbol.replace(/\s+/g, '') + '/';
		expect(continuity?.textContent).toContain(changes.predecessor.symbol);
		const symbol = readJson<ResolutionJson>(`${documentPath}data.json`).symbol;
		expect(loadPage(predecessorPath).querySelector('.continuity')?.textContent, 'the predecessor names its successor').toContain(symbol);
		const firstParagraph = readJson<ResolutionJson>(`${documentPath}data.json`).paragraphs[0]!;
		const provenance = loadPage(`${documentPath}${firstParagraph}/`).querySelector('.provenance');
		expect(provenance?.querySelector('a')?.getAttribute('href'), 'a paragraph page says where it comes from').toMatch(new RegExp(`(${changes.predecessor.symbol.replace(/\s+/g, '')}/|/changes/#${firstParagraph}$)`));
	});
});
