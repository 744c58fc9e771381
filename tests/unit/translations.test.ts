import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { uiKeys as keys, useTranslations } from '../../src/i18n/ui';

const english = useTranslations('en');

describe.each(languages.map((language) => language.code))('interface strings in %s', (code) => {
	const t = useTranslations(code);
	it('translates every string, keeping its placeholders', () => {
		for (const key of keys) {
			expect(t(key), key).toBeTruthy();
			const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			// Russian writes the General Assembly in the genitive itself, so its citations need no {body}.
			const expected = placeholders(english(key)).filter((name) => !(code === 'ru' && key.startsWith('citation.') && name === 'body'));
			expect(placeholders(t(key)), `${code} ${key}`).toEqual(expected);
			// Formats that only arrange their placeholders may read as in English; so may a word French shares.
			const shared = code === 'fr' && ['designation.section', 'designation.inner.section'].includes(key);
			if (code !== 'en' && !shared && !['search.shortcut', 'designation.separator', 'designation.short.preambular', 'designation.short.operative', 'document.titleNumber', 'data.akn', 'data.json', 'designation.scoped', 'designation.points', 'citation.scoped', 'citation.points', 'citation.part'].includes(key) && english(key).length > 12) {
				expect(t(key), `${code} ${key} is translated`).not.toBe(english(key));
			}
		}
	});
});
