/**
 * What readers call each place of a resolution and how they cite it, from the model: top-level
 * paragraphs as before, and every construct of the made-up fixture (sub-paragraphs, sections,
 * annexes, parts, unnumbered paragraphs, tables), in English and in the other languages' forms.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { formatCitation } from '../../src/lib/citation';
import { loadFolder } from '../../src/lib/content-files';
import { blockDesignation, firstWords, footnoteDesignation, footnoteTitle, locatorOf, locatorStrings, paragraphDesignation, paragraphTitle, pointPath, resolutionLocatorStrings } from '../../src/lib/designations';
import { citationLocator, designate } from '../../src/lib/locator';
import type { AnchoredBlock, AnchoredPoint, Paragraph, Resolution } from '../../src/lib/resolution';
import { fillTemplate as format } from '../../src/lib/template';
import { fixtures } from '../support/content';

const t = useTranslations('en');
const constructs = loadFolder(`${fixtures}content/constructs/a-res-76-901/en`);
const parts = loadFolder(`${fixtures}content/constructs/a-res-76-902a-b/en`);
const block = (resolution: Resolution, anchor: string) => resolution.blocks.find((b) => b.anchor === anchor)!;
const paragraph = (resolution: Resolution, anchor: string) => block(resolution, anchor) as Paragraph;

/** The designation of any anchor of the fixture: a block, or a sub-paragraph of a paragraph. */
function named(resolution: Resolution, anchor: string, language = 'en'): string {
	const owner = resolution.paragraphs.find((p) => anchor === p.anchor || anchor.startsWith(`${p.anchor}-`));
	const tr = useTranslations(language);
	return owner ? blockDesignation(resolution, owner, tr, pointPath(owner, anchor)) : blockDesignation(resolution, block(resolution, anchor), tr);
}

function cited(resolution: Resolution, anchor: string, language = 'en'): string {
	const owner = resolution.paragraphs.find((p) => anchor === p.anchor || anchor.startsWith(`${p.anchor}-`))!;
	const strings = locatorStrings(useTranslations(language));
	const facts = { body: resolution.facts.body, symbol: resolution.facts.symbol, date: resolution.facts.adopted.label };
	return formatCitation(strings, facts, locatorOf(resolution, owner, pointPath(owner, anchor)), `<url>#${anchor}`);
}

describe('designations of top-level paragraphs', () => {
	it('names a paragraph in full and in the margin form', () => {
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t)).toBe('Preambular paragraph 16');
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t)).toBe('Operative paragraph 5');
		expect(paragraphDesignation({ kind: 'preambular', number: 1 }, t, 'short')).toBe('PP1');
		expect(paragraphDesignation({ kind: 'operative', number: 10 }, t, 'short')).toBe('10.');
	});
	it('titles a paragraph with its lead phrase (or its first words), and a footnote with its paragraph', () => {
		expect(paragraphTitle(constructs, paragraph(constructs, 'op2'), t)).toBe('Operative paragraph 2 · Requests');
		expect(paragraphTitle(constructs, paragraph(constructs, 'sec1-pp1'), t)).toBe('Section I, preambular paragraph 1 · Having considered');
		expect(paragraphTitle(constructs, paragraph(constructs, 'annex-op1'), t)).toBe('Annex, paragraph 1 · Commit to halting the decline in…');
		expect(footnoteDesignation({ marker: '2' }, t)).toBe('Footnote 2');
		expect(footnoteTitle(constructs, constructs.footnotes[1]!, t)).toBe('Footnote 2 · Operative paragraph 2');
	});
	it('fills placeholders, leaving unknown ones visible', () => {
		expect(format('{count} paragraphs found', { count: 3 })).toBe('3 paragraphs found');
		expect(format('{count} of {total}', { count: 3 })).toBe('3 of {total}');
	});
});

describe('designations of every construct', () => {
	it.each([
		['pp2-a', 'Preambular paragraph 2 (a)'],
		['op1', 'Operative paragraph 1'],
		['op1-a', 'Operative paragraph 1 (a)'],
		['op1-a-ii', 'Operative paragraph 1 (a) (ii)'],
		['sec1', 'Section I'],
		['sec1-pp1', 'Section I, preambular paragraph 1'],
		['sec1-op1', 'Section I, paragraph 1'],
		['sec1-t1', 'Section I, table 1'],
		['sec2-op1', 'Section II, paragraph (unnumbered)'],
		['annex', 'Annex'],
		['annex-p1', 'Annex, paragraph (unnumbered)'],
		['annex-op1', 'Annex, paragraph 1'],
		['h1', 'General provisions'],
	])('%s is “%s”', (anchor, expected) => {
		expect(named(constructs, anchor)).toBe(expected);
	});

	it.each([
		['A', 'Resolution 76/902 A'],
		['A-pp1', 'Resolution 76/902 A, preambular paragraph 1'],
		['A-op1', 'Resolution 76/902 A, paragraph (unnumbered)'],
		['B-op2', 'Resolution 76/902 B, paragraph 2'],
	])('in a document of parts, %s is “%s”', (anchor, expected) => {
		expect(named(parts, anchor)).toBe(expected);
	});

	it('names places in each language’s own words and order', () => {
		expect(named(constructs, 'sec1-op1', 'fr')).toBe('Section I, paragraphe 1');
		expect(named(constructs, 'op1-a-ii', 'fr')).toBe('Paragraphe 1 (a) (ii) du dispositif');
		expect(named(constructs, 'sec1-op1', 'zh')).toBe('第I节第1段');
		expect(named(constructs, 'annex-op1', 'ru')).toBe('Annex, пункт 1');
		expect(named(constructs, 'sec1-pp1', 'ar')).toBe('الجزء I، الفقرة 1 من الديباجة');
	});
});

describe('citations', () => {
	it('cites a paragraph as "para." and a preambular one as "preambular para."', () => {
		expect(cited(constructs, 'op2')).toBe('General Assembly resolution 76/901, para. 2 (A/RES/76/901, 24 December 2021), <url>#op2');
		expect(cited(constructs, 'pp1')).toBe('General Assembly resolution 76/901, preambular para. 1 (A/RES/76/901, 24 December 2021), <url>#pp1');
	});
	it('cites sub-paragraphs by their printed letters', () => {
		expect(cited(constructs, 'op1-a-ii')).toBe('General Assembly resolution 76/901, para. 1 (a) (ii) (A/RES/76/901, 24 December 2021), <url>#op1-a-ii');
		expect(cited(constructs, 'pp2-b')).toContain('resolution 76/901, preambular para. 2 (b) (');
	});
	it('cites a section’s paragraph, an annex’s, a part’s and an unnumbered one', () => {
		expect(cited(constructs, 'sec1-op1')).toBe('General Assembly resolution 76/901, sect. I, para. 1 (A/RES/76/901, 24 December 2021), <url>#sec1-op1');
		expect(cited(constructs, 'annex-op1')).toBe('General Assembly resolution 76/901, annex, para. 1 (A/RES/76/901, 24 December 2021), <url>#annex-op1');
		expect(cited(constructs, 'annex-p1')).toContain('resolution 76/901, annex, unnumbered para. (');
		expect(cited(parts, 'B-op1')).toBe('General Assembly resolution 76/902 B, para. 1 (A/RES/76/902 A-B, 24 December 2021), <url>#B-op1');
	});
	it('follows each language’s usual form', () => {
		expect(cited(constructs, 'sec1-op1', 'fr')).toBe('résolution 76/901 de l’General Assembly, sect. I, par. 1 (A/RES/76/901, 24 December 2021), <url>#sec1-op1');
		expect(cited(constructs, 'op1-a-ii', 'zh')).toBe('General Assembly第76/901号决议第1(a)(ii)段（A/RES/76/901，24 December 2021），<url>#op1-a-ii');
		expect(cited(constructs, 'annex-op1', 'ru')).toBe('резолюция 76/901 Генеральной Ассамблеи, annex, п. 1 (A/RES/76/901, 24 December 2021), <url>#annex-op1');
		expect(cited(constructs, 'sec1-op1', 'es')).toBe('resolución 76/901 de la General Assembly, secc. I, párr. 1 (A/RES/76/901, 24 December 2021), <url>#sec1-op1');
		expect(cited(constructs, 'sec1-op1', 'ar')).toBe('قرار General Assembly 76/901، الجزء I، الفقرة 1 (A/RES/76/901، 24 December 2021)، <url>#sec1-op1');
	});
	it('writes the printed date’s no-break spaces as ordinary ones', () => {
		const strings = locatorStrings(t);
		expect(formatCitation(strings, { body: 'General Assembly', symbol: 'A/RES/76/299', date: '28\u00a0July 2022' }, { kind: 'operative', number: '76/299', n: 5 }, 'u')).toBe(
			'General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), u',
		);
	});
	it('names an annex by its printed label, lower case inside a citation, and by the word where the label is a title', () => {
		const strings = locatorStrings(useTranslations('fr'));
		expect(citationLocator({ kind: 'operative', number: '76/7', annex: 'Annexe I', n: 3 }, strings)).toBe('annexe I, par. 3');
		expect(designate({ kind: 'operative', number: '76/7', annex: 'Annexe I', n: 3 }, strings)).toBe('Annexe I, paragraphe 3');
		expect(citationLocator({ kind: 'operative', number: '76/7', annex: '', n: 3 }, strings)).toBe('annexe, par. 3');
	});
});

describe('where a block is', () => {
	it('reads the part, annex and section around a block from the model', () => {
		expect(locatorOf(constructs, block(constructs, 'sec2-op1') as AnchoredBlock)).toMatchObject({ kind: 'unnumbered', section: 'II', n: 1 });
		expect(locatorOf(parts, block(parts, 'B-op2'))).toMatchObject({ kind: 'operative', part: 'B', n: 2 });
		expect(locatorOf(constructs, block(constructs, 'annex-op1'))).toMatchObject({ annex: 'Annex', n: 1 });
	});
});

describe('titles of paragraphs without a lead phrase', () => {
	it('take the first six words, or in Chinese, where words run together, the first characters', () => {
		expect(firstWords('Decides to include in the provisional agenda of its seventy-seventh session')).toBe('Decides to include in the provisional…');
		expect(firstWords('Welcomes the report.')).toBe('Welcomes the report.');
		const chinese = '重申大会第75/233号决议，并请秘书长在第七十七届会议上提交一份关于本决议执行情况的报告，其中载有各会员国和联合国系统各组织提供的资料和意见以及建议';
		expect(firstWords(chinese)).toBe(`${Array.from(chinese).slice(0, 24).join('')}…`);
	});
});

describe('the strings a page gives its copy script', () => {
	const plain = loadFolder('content/resolutions/a-res-76-299/en');
	const everyPlace = (resolution: Resolution) =>
		resolution.paragraphs.flatMap((p) => {
			const walk = (path: AnchoredPoint[], points: AnchoredPoint[]): AnchoredPoint[][] => points.flatMap((point) => [[...path, point], ...walk([...path, point], point.points)]);
			return [[], ...walk([], p.points)].map((points) => locatorOf(resolution, p, points));
		});

	it('are only those the resolution needs: no section, annex, part or table words for one that has none', () => {
		expect(Object.keys(resolutionLocatorStrings(plain, t)).sort()).toEqual(['citation.operative', 'citation.preambular', 'citation.scoped', 'citation.text', 'designation.operative', 'designation.preambular', 'designation.scoped']);
		const keys = Object.keys(resolutionLocatorStrings(constructs, t));
		for (const key of ['designation.section', 'designation.inner.operative', 'designation.points', 'citation.section', 'citation.points', 'designation.scoped']) expect(keys).toContain(key);
		expect(Object.keys(resolutionLocatorStrings(parts, t))).toContain('designation.part');
	});

	it('name and cite every paragraph and sub-paragraph as the full set does', () => {
		for (const resolution of [plain, constructs, parts]) {
			const some = resolutionLocatorStrings(resolution, t) as ReturnType<typeof locatorStrings>;
			const all = locatorStrings(t);
			for (const locator of everyPlace(resolution)) {
				expect(designate(locator, some)).toBe(designate(locator, all));
				expect(formatCitation(some, { body: 'General Assembly', symbol: resolution.facts.symbol, date: '1 May' }, locator, 'u')).toBe(formatCitation(all, { body: 'General Assembly', symbol: resolution.facts.symbol, date: '1 May' }, locator, 'u'));
			}
		}
	});
});
