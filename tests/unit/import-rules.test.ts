/** The small rules of the importer: links, sub-paragraph letters, agenda numbers, reissues, the structure report. */
import { describe, expect, it } from 'vitest';
import { disagreements, type Structure } from '../../src/lib/import/disagreement';
import { agendaNumbers, isReissue } from '../../src/lib/import/facts';
import { linkTarget } from '../../src/lib/import/inline-akn';
import { inferDepths, readLabel, repairHomoglyphs } from '../../src/lib/import/labels';

describe('links', () => {
	it.each([
		['https://undocs.org/en/A/RES/75/250b', 'fr', 'A/RES/75/250b', 'https://undocs.org/fr/A/RES/75/250b'],
		['https://undocs.org/ch/A/RES/53/243', 'zh', 'A/RES/53/243', 'https://undocs.org/zh/A/RES/53/243'],
		['https://undocs.org/sp/A/76/1', 'es', 'A/76/1', 'https://undocs.org/es/A/76/1'],
		['https://undocs.org/A/76/1', 'en', 'A/76/1', 'https://undocs.org/en/A/76/1'],
		['https://undocs.org//en/A/RES/217 (III)', 'en', 'A/RES/217 (III)', 'https://undocs.org/en/A/RES/217%20(III)'],
		['http://undocs.org/en/A/76/49 (vol. I)', 'en', 'A/76/49 (vol. I)', 'https://undocs.org/en/A/76/49%20(vol.%20I)'],
		['https://undocs/fr/A/76/10', 'fr', 'A/76/10', 'https://undocs.org/fr/A/76/10'],
		['https://undocs.org/ST/SGB/2019/8', 'ru', 'ST/SGB/2019/8', 'https://undocs.org/ru/ST/SGB/2019/8'],
		['https://undocs.org/en/A/RES/75/245%20B', 'en', 'A/RES/75/245 B', 'https://undocs.org/en/A/RES/75/245%20B'],
	] as const)('%s in a %s file', (href, language, symbol, normalised) => {
		expect(linkTarget(href, language)).toEqual({ type: 'documentLink', symbol, href: normalised });
	});
	it('keeps other web pages, and file: and about: links are not links', () => {
		expect(linkTarget('https://www.un.org/en/', 'en')).toEqual({ type: 'externalLink', href: 'https://www.un.org/en/' });
		expect(linkTarget('file:///C:/Users/x/Downloads/a.docx', 'fr').type).toBe('local');
		expect(linkTarget('about:blank', 'fr').type).toBe('local');
		expect(linkTarget('mailto:x@un.org', 'en').type).toBe('unknown');
	});
});

describe('sub-paragraph letters', () => {
	it('read in every language’s series', () => {
		expect(readLabel('(a)')).toEqual([{ series: 'latin', index: 0 }]);
		expect(readLabel('(i)')).toEqual([{ series: 'latin', index: 8 }, { series: 'roman', index: 0 }]);
		expect(readLabel('(ب)')).toEqual([{ series: 'arabic', index: 1 }]);
		expect(readLabel('㈢')).toEqual([{ series: 'chinese-number', index: 2 }]);
		expect(readLabel('(丑)')).toEqual([{ series: 'branch', index: 1 }]);
		expect(readLabel('’2‘')).toEqual([{ series: 'number-quoted', index: 1 }]);
		expect(readLabel('(aa)')).toEqual([{ series: 'latin', index: 26 }]);
		expect(repairHomoglyphs('с)')).toBe('c)');
	});
	it('nest by series, the file’s nesting deciding only where the letters do not', () => {
		// Russian 76/31: "а) b) с) [d) е) [f)]]": Cyrillic а, с, е and a wrong nesting.
		expect(inferDepths(['а)', 'b)', 'с)', 'd)', 'е)', 'f)'], [0, 0, 0, 1, 1, 2]).depths).toEqual([0, 0, 0, 0, 0, 0]);
		expect(inferDepths(['(a)', '(b)', '(i)', '(ii)', '(c)']).depths).toEqual([0, 0, 1, 1, 0]);
		// (i) after (h) is the ninth letter, unless the file nests it.
		const letters = ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)'];
		expect(inferDepths(letters).depths.at(-1)).toBe(0);
		expect(inferDepths(letters, [0, 0, 0, 0, 0, 0, 0, 0, 1]).depths.at(-1)).toBe(1);
	});
});

describe('facts', () => {
	it('agenda item numbers with their sub-items as printed', () => {
		expect(agendaNumbers('Agenda item 72 (b)')).toEqual(['72 (b)']);
		expect(agendaNumbers('Agenda items 20 and 78 (a)')).toEqual(['20', '78 (a)']);
		expect(agendaNumbers('Point 72 b) de l’ordre du jour')).toEqual(['72 b)']);
		expect(agendaNumbers('议程项目69(b)')).toEqual(['69(b)']);
		expect(agendaNumbers('')).toEqual([]);
	});
	it('reissues, from the file name only', () => {
		for (const name of ['A_RES_76_72-2118581E_Reissue.xml', 'A_RES_76_23-2118258F_reisue.xml', 'A_RES_76_163-2119222C-reissue.xml', 'A_RES_76_16_reissue.xml', 'A_RES_76_16_reissue_S.xml']) expect(isReissue(name), name).toBe(true);
		expect(isReissue('A_RES_76_10-2117757E.xml')).toBe(false);
	});
});

describe('languages that disagree in structure', () => {
	const structure = (language: Structure['language'], anchors: string[]): Structure => ({ symbol: 'A/RES/76/1', language, anchors, notes: [] });
	it('lists the anchors some languages lack, grouped by the languages that lack them', () => {
		const found = disagreements([structure('en', ['pp1', 'op1', 'op2']), structure('fr', ['pp1', 'op1', 'op2']), structure('zh', ['pp1', 'pp2', 'op1'])]);
		expect(found).toEqual([{ symbol: 'A/RES/76/1', languages: ['zh', 'en', 'fr'], missing: [{ in: ['en', 'fr'], anchors: ['pp2'] }, { in: ['zh'], anchors: ['op2'] }], notes: [] }]);
	});
	it('leaves out resolutions whose languages agree', () => {
		expect(disagreements([structure('en', ['op1']), structure('fr', ['op1'])])).toEqual([]);
	});
});
