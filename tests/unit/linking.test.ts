import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { formatCitation } from '../../src/lib/citation';
import { paragraphDesignation } from '../../src/lib/designations';
import { encodeFragmentTerm, selectionUrl, textDirective } from '../../src/lib/text-fragment';

const t = useTranslations('en');
const facts = { body: 'General Assembly', number: '76/299', symbol: 'A/RES/76/299', date: '28 July 2022' };

describe('designations', () => {
	it('names paragraphs as readers do', () => {
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t)).toBe('Operative paragraph 5');
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t)).toBe('Preambular paragraph 16');
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t, 'short')).toBe('PP16');
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t, 'short')).toBe('5.');
	});
});

describe('citations', () => {
	it('cites an operative paragraph as "para."', () => {
		expect(formatCitation(t('citation.operative'), facts, 5, 'https://example.org/A/RES/76/299/#op5')).toBe(
			'General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), https://example.org/A/RES/76/299/#op5',
		);
	});
	it('writes the printed date’s no-break spaces as ordinary ones', () => {
		expect(formatCitation(t('citation.operative'), { ...facts, date: '28\u00a0July 2022' }, 5, 'u')).toBe('General Assembly resolution 76/299, para. 5 (A/RES/76/299, 28 July 2022), u');
	});
	it('cites a preambular paragraph as "preambular para."', () => {
		expect(formatCitation(t('citation.preambular'), facts, 16, 'https://example.org/A/RES/76/299/#pp16')).toBe(
			'General Assembly resolution 76/299, preambular para. 16 (A/RES/76/299, 28 July 2022), https://example.org/A/RES/76/299/#pp16',
		);
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
