/**
 * The completeness guarantee: for every fixture, the words of what the importer gives (blocks,
 * footnotes where they are called, formula, cover, preface and conclusion facts) are the words of
 * the file's text nodes in document order, but for what the normalisations drop on purpose; and
 * a word lost or changed is reported as "text lost or changed" with the element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/import/akn';
import { compareText, extractText, importedText } from '../../src/lib/import/completeness';
import { Reader } from '../../src/lib/import/context';

const fixtures = new URL('../fixtures/akn/', import.meta.url).pathname;
const all = readdirSync(fixtures, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.xml') && !entry.parentPath.includes('broken'))
	.map((entry) => relative(fixtures, join(entry.parentPath, entry.name)))
	.sort();
const parse = (xml: string) => (new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document).documentElement as unknown as Parameters<typeof extractText>[0];

describe('every fixture imports with all of its words', () => {
	it.each(all)('%s', (file) => {
		const { problems } = readDocument(readFileSync(join(fixtures, file), 'utf8'), file);
		expect(problems.map((p) => p.message)).toEqual([]);
	});
});

describe('the extractor', () => {
	it('reads text nodes in document order, a space between block elements and none inside inline ones, no metadata', () => {
		const root = parse('<akomaNtoso><meta><x>hidden</x></meta><p>Recalling <a href="x">58/</a><a href="x">292</a>,<authorialNote><p>\tNote.</p></authorialNote> and</p><p>next\u00a0word</p></akomaNtoso>');
		expect(extractText(root).text).toBe('Recalling 58/292, Note. and next\u00a0word');
	});
});

describe('the comparison', () => {
	const root = parse('<doc><p>word<sup>(</sup><authorialNote><p>()note</p></authorialNote><sup>)</sup>، more</p></doc>');
	const xml = extractText(root);
	const sups = [...(root as unknown as Element).querySelectorAll('sup')];
	const notePara = (root as unknown as Element).querySelector('authorialNote p')!;
	const drops = [
		{ element: sups[0] as never, text: '(', why: 'parenthesis' },
		{ element: notePara as never, text: '()', why: 'placeholder' },
		{ element: sups[1] as never, text: ')', why: 'parenthesis' },
	];
	it('accepts exactly the dropped text, where it was dropped', () => {
		expect(compareText(xml, 'word\u0000note\u0000، more', drops)).toEqual({ unused: [] });
	});
	it('reports a word lost, with the element', () => {
		const { difference } = compareText(xml, 'word\u0000note\u0000، ', drops);
		expect(difference?.element).toBe('/doc/p');
	});
	it('reports a parenthesis not accounted for, and a drop that is not there', () => {
		expect(compareText(xml, 'word\u0000note\u0000، more', drops.slice(1)).difference).toBeDefined();
		const extra = { element: notePara as never, text: 'x', why: 'nothing' };
		expect(compareText(xml, 'word\u0000note\u0000، more', [...drops, extra]).unused).toEqual([extra]);
	});
	it('is what readDocument reports as "text lost or changed"', () => {
		const file = readFileSync(join(fixtures, 'A_RES_76_299-2211873E.xml'), 'utf8').replace(/(<container[^>]*eId="container_3">)/u, '$1STRAY');
		const { problems } = readDocument(file, 'x.xml');
		expect(problems.map((p) => [p.kind, p.field])).toEqual([['text lost or changed', '//container[@eId="container_3"]']]);
	});
	it('renders the imported side from the document alone', () => {
		const { document } = readDocument(readFileSync(join(fixtures, 'A_RES_76_299-2211873E.xml'), 'utf8'), 'x.xml');
		const text = importedText(document!.facts, document!.blocks, { numberFromSymbol: false, letterFirst: false, collection: false });
		expect(text.replaceAll('\u0000', ' ')).toContain('United Nations');
		expect(new Reader('x', 'en').dropped).toEqual([]);
	});
});
