/**
 * Arabic footnote calls printed "(n)" wherever the UN's files put the brackets (issue 24), the
 * superscripts without words, and the check that keeps any of them from reaching a page: each
 * form is a real excerpt of the 76th session, read as the importer reads a paragraph, and its
 * words compared with the file's by the completeness check.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareText, extractText, strayMarkers } from '../../src/lib/import/completeness';
import { Reader } from '../../src/lib/import/context';
import { readInline, resolve, tidy } from '../../src/lib/import/inline-akn';
import type { FootnoteSource, Inline } from '../../src/lib/inline';
import type { SourceBlock } from '../../src/lib/structure';

type Language = 'ar' | 'fr';
const note = (marker: string) => `<authorialNote marker="${marker}"><p>note ${marker}</p></authorialNote>`;

/** A paragraph read as the importer reads it: what a page shows ([n] for a call, ^{…} for a superscript), and whether every word is accounted for. */
function read(inner: string, language: Language = 'ar') {
	const p = (new DOMParser().parseFromString(`<p>${inner}</p>`, 'text/xml') as unknown as Document).documentElement as never;
	const reader = new Reader('excerpt.xml', language);
	const footnotes: FootnoteSource[] = [];
	const content = tidy(resolve(readInline(p, reader, footnotes)));
	const shown = (nodes: readonly Inline[]): string =>
		nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteRef' ? `[${n.marker}]` : n.type === 'superscript' ? `^{${shown(n.children)}}` : shown(n.children))).join('');
	// The imported side as completeness.ts writes it: each note's words where it is called.
	const words = (nodes: readonly Inline[]): string =>
		nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteRef' ? `\u0000note ${n.marker}\u0000` : words(n.children))).join('');
	const { difference, unused } = compareText(extractText(p), words(content), reader.dropped);
	const block: SourceBlock = { block: { type: 'paragraph', kind: 'preambular', akn4unId: 'para_1', content, points: [], wrapUp: [] } as never, footnotes };
	return { shown: shown(content), complete: difference === undefined && unused.length === 0, stray: strayMarkers([block], language), notes: reader.notes };
}

describe('an Arabic footnote call is read with its brackets wherever they sit', () => {
	it.each([
		['both raised, beside the note (most files)', `اتفاق باريس<sup>(</sup>${note('6')}<sup>)</sup> واتفاقية`, 'اتفاق باريس[6] واتفاقية'],
		['in a bold span', `القرار<span class="bold"><sup>(</sup></span>${note('2')}<span class="bold"><sup>)</sup></span>،`, 'القرار[2]،'],
		['the text’s closing bracket raised, the marker’s opening one left in the text (76/133 PP8)', `(مسار ساموا(<sup>)</sup>${note('8')}<sup>)</sup>، وإعلان`, '(مسار ساموا)[8]، وإعلان'],
		['the marker’s closing bracket left in the text, the text’s opening one raised (76/202)', `في أفريقيا<sup>(</sup>${note('17')}<sup>(</sup>)اتفاقيات ريو)، إلى`, 'في أفريقيا[17](اتفاقيات ريو)، إلى'],
		['two markers and the comma between them in one superscript (76/246 XV PP2)', `ذي الصلة<sup>(</sup>${note('36')}<sup>)، (</sup>${note('37')}<sup>)</sup>،`, 'ذي الصلة[36]، [37]،'],
		['both brackets after the note, in the text (76/258)', `بغرض مضاعفة${note('4')}() حصتها`, 'بغرض مضاعفة[4] حصتها'],
		['a quotation mark raised with the bracket (76/187)', `بصورة غير مشروعة<sup>“(</sup>${note('46')}<sup>)</sup> وذلك`, 'بصورة غير مشروعة“[46] وذلك'],
		['a space kept where the bracket had one (“<sup>) </sup>”)', `الإعلان<sup>(</sup>${note('3')}<sup>) </sup>والبرنامج`, 'الإعلان[3] والبرنامج'],
	])('%s', (_, xml, shown) => {
		const result = read(xml);
		expect(result.shown).toBe(shown);
		expect(result.complete).toBe(true);
		expect(result.stray).toEqual([]);
	});
	it('keeps the brackets of the text that no marker claims ("18())" in a heading of 76/266 stays as printed)', () => {
		expect(read('الأهداف 2 و 5 و 18())').shown).toBe('الأهداف 2 و 5 و 18())');
		expect(read(`(مسار ساموا)${note('8')}، وإعلان`).shown).toBe('(مسار ساموا)[8]، وإعلان');
	});
	it('takes no brackets in the other languages, which print the number alone: raised brackets there are the text’s', () => {
		const result = read(`the Paris Agreement<sup>(</sup>${note('6')}<sup>)</sup>`, 'fr');
		expect(result.shown).toBe('the Paris Agreement([6])');
		expect(result.complete).toBe(true);
	});
});

describe('a superscript without words is text', () => {
	it.each([
		['a raised comma (French 76/179 OP8)', 'temporairement occupées<sup>,</sup> ainsi qu’aux', 'temporairement occupées, ainsi qu’aux'],
		['a raised apostrophe (French 76/111)', 'droits de l<sup>’</sup>homme', 'droits de l’homme'],
		['a raised no-break space (French 76/227)', 'Supplément n<sup>o</sup><sup>\u00a0</sup>53', 'Supplément n^{o}\u00a053'],
	])('%s', (_, xml, shown) => {
		const result = read(xml, 'fr');
		expect(result.shown).toBe(shown);
		expect(result.complete).toBe(true);
		expect(result.stray).toEqual([]);
	});
	it('and a note says so', () => {
		expect(read('occupées<sup>,</sup> ainsi', 'fr').notes).toEqual(['/p/sup: superscript "," without words read as text']);
	});
});

describe('the check finds what a misread marker leaves behind', () => {
	const stray = (content: Inline[], language: Language = 'ar') =>
		strayMarkers([{ block: { type: 'paragraph', kind: 'preambular', akn4unId: 'para_9', content, points: [], wrapUp: [] } as never, footnotes: [] }], language);
	const t = (value: string): Inline => ({ type: 'text', value });
	const call = (marker: string): Inline => ({ type: 'footnoteRef', marker });
	it('a superscript of brackets, where the block is', () => {
		expect(stray([t('(مسار ساموا('), { type: 'superscript', children: [t(')')] }, call('8'), t('،')])).toEqual([
			{ block: '//*[@eId="para_9"]', what: 'a superscript without words', context: '(مسار ساموا()[8]،' },
		]);
	});
	it('empty brackets beside a call', () => {
		expect(stray([t('مضاعفة'), call('4'), t('() حصتها')]).map((s) => s.what)).toEqual(['empty brackets beside a footnote call']);
	});
	it('in Arabic, a bracket of the marker beside a call; a bracket of the text is not one', () => {
		expect(stray([t('ساموا('), call('8'), t('،')]).map((s) => s.what)).toEqual(['a bracket of the marker beside a footnote call']);
		expect(stray([t('(مسار ساموا)'), call('8'), t('(اتفاقيات ريو)')])).toEqual([]);
		expect(stray([t('(see'), call('8'), t(')')], 'fr')).toEqual([]);
	});
	it('inside emphasis and footnotes too', () => {
		expect(strayMarkers([{ block: { type: 'paragraph', kind: 'operative', content: [t('x')], points: [], wrapUp: [] } as never, footnotes: [{ marker: '1', content: [{ type: 'emphasis', children: [{ type: 'superscript', children: [t(')')] }] }] }] }], 'ar')).toHaveLength(1);
	});
});
