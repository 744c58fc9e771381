import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { footnoteDesignation, footnoteTitle, paragraphDesignation, paragraphTitle } from '../../src/lib/designations';
import { fillTemplate as format } from '../../src/lib/template';

const t = useTranslations('en');

describe('designations', () => {
	it('names a paragraph in full and in the margin form', () => {
		expect(paragraphDesignation({ kind: 'preambular', number: 16 }, t)).toBe('Preambular paragraph 16');
		expect(paragraphDesignation({ kind: 'operative', number: 5 }, t)).toBe('Operative paragraph 5');
		expect(paragraphDesignation({ kind: 'preambular', number: 1 }, t, 'short')).toBe('PP1');
		expect(paragraphDesignation({ kind: 'operative', number: 10 }, t, 'short')).toBe('10.');
	});
	it('titles a paragraph with its lead phrase, and a footnote with its paragraph', () => {
		expect(paragraphTitle({ kind: 'operative', number: 5, lead: 'Calls upon' }, t)).toBe('Operative paragraph 5 · Calls upon');
		expect(paragraphTitle({ kind: 'preambular', number: 9, lead: 'Recognizing also' }, t)).toBe('Preambular paragraph 9 · Recognizing also');
		expect(footnoteDesignation({ marker: '2' }, t)).toBe('Footnote 2');
		expect(footnoteTitle({ marker: '2' }, { kind: 'preambular', number: 9 }, t)).toBe('Footnote 2 · Preambular paragraph 9');
	});
	it('fills placeholders, leaving unknown ones visible', () => {
		expect(format('{count} paragraphs found', { count: 3 })).toBe('3 paragraphs found');
		expect(format('{count} of {total}', { count: 3 })).toBe('3 of {total}');
	});
});
