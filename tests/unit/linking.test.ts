import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { formatCitation } from '../../src/lib/citation';
import { locatorStrings, paragraphDesignation } from '../../src/lib/designations';
import { encodeFragmentTerm, selectionUrl, textDirective } from '../../src/lib/text-fragment';

const t = useTranslations('en');
const facts = { body: 'General Assembly', symbol: 'A/RES/76/299', date: '28 July 2022' };

describe('designations', () => {
	it('names paragraphs as readers do', () => {
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t)).toBe('Operative paragraph 5');
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t)).toBe('Preambular paragraph 16');
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t, 'short')).toBe('PP16');
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t, 'short')).toBe('5.');
	});
});

describe('citations of A/RES/76/299', () => {
	const strings = locatorStrings(t);
	it('cites an operative paragraph as "para."', () => {
		expect(formatCitation(strings, facts, { kind: 'operative', number: '76/299', n: 5 }, 'https://example.org/A/RES/76/299/#op5')).toBe(
			'General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), https://example.org/A/RES/76/299/#op5',
		);
	});
	it('cites a preambular paragraph as "preambular para."', () => {
		expect(formatCitation(strings, facts, { kind: 'preambular', number: '76/299', n: 16 }, 'https://example.org/A/RES/76/299/#pp16')).toBe(
			'General Assembly resolution 76/299, preambular para. 16 (A/RES/76/299, 28 July 2022), https://example.org/A/RES/76/299/#pp16',
		);
	});
	it.each([
		['fr', 'résolution 76/299 de l’Assemblée générale, par. 5 (A/RES/76/299, 28 juillet 2022), u'],
		['es', 'resolución 76/299 de la Asamblea General, párr. 5 (A/RES/76/299, 28 de julio de 2022), u'],
		['ru', 'резолюция 76/299 Генеральной Ассамблеи, п. 5 (A/RES/76/299, 28 июля 2022 года), u'],
		['zh', '大会第76/299号决议第5段（A/RES/76/299，2022年7月28日），u'],
		['ar', 'قرار الجمعية العامة 76/299، الفقرة 5 (A/RES/76/299، 28 تموز/يوليه 2022)، u'],
	])('keeps the form %s readers use', (language, expected) => {
		const printed = { fr: ['Assemblée générale', '28 juillet 2022'], es: ['Asamblea General', '28 de julio de 2022'], ru: ['Генеральная Ассамблея', '28 июля 2022 года'], zh: ['大会', '2022年7月28日'], ar: ['الجمعية العامة', '28 تموز/يوليه 2022'] }[language]!;
		const local = { body: printed[0]!, symbol: 'A/RES/76/299', date: printed[1]! };
		expect(formatCitation(locatorStrings(useTranslations(language)), local, { kind: 'operative', number: '76/299', n: 5 }, 'u')).toBe(expected);
	});
});

describe('links to selected words', () => {
	const always = () => true;
	it('encodes the characters that are syntax in a text directive', () => {
		expect(encodeFragmentTerm('good-neighbourly, friendly & “mutual”')).toBe('good%2Dneighbourly%2C%20friendly%20%26%20%E2%80%9Cmutual%E2%80%9D');
	});

	it('quotes a short selection whole', () => {
		expect(textDirective({ text: 'scourge of war', before: 'save succeeding generations from the ', after: ',' }, always)).toBe('text=scourge%20of%20war');
	});

	it('shortens a long selection to its first and last words', () => {
		const text = 'the importance of the Declaration and Programme of Action on a Culture of Peace';
		expect(textDirective({ text, before: 'Recognizing ', after: ' which serve' }, always)).toBe('text=the%20importance%20of%20the,a%20Culture%20of%20Peace');
	});

	it('adds words around the selection until it is the only match on the page', () => {
		const page = 'calls upon all states of the region, in peace. calls upon the countries of the region, in trust.';
		const occursOnce = (words: string) => {
			const needle = words.toLowerCase();
			const first = page.indexOf(needle);
			return first !== -1 && first === page.lastIndexOf(needle);
		};
		expect(textDirective({ text: 'of the region', before: 'Calls upon the countries ', after: ', in trust.' }, occursOnce)).toBe('text=countries-,of%20the%20region,-%2C');
	});

	it('builds the URL on the paragraph anchor, so browsers without text fragments still land on it', () => {
		expect(selectionUrl('https://example.org/A/RES/76/299/#pp1', 'op5', 'text=inter%20alia')).toBe('https://example.org/A/RES/76/299/#op5:~:text=inter%20alia');
	});
});
