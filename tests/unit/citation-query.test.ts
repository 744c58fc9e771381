/** Citations typed into search, in each language's citation style, read as the place they name. */
import { describe, expect, it } from 'vitest';
import { citedAnchor, citedPlace } from '../../src/lib/search/citation-query';

const cases: [query: string, symbol: string, anchor: string | undefined][] = [
	['76/10', 'A/RES/76/10', undefined],
	['A/RES/76/10', 'A/RES/76/10', undefined],
	['a/res/76/10', 'A/RES/76/10', undefined],
	['A/RES/ES-11/1', 'A/RES/ES-11/1', undefined],
	['76/10 op 5', 'A/RES/76/10', 'op5'],
	['76/10 op5', 'A/RES/76/10', 'op5'],
	['resolution 76/299 para. 5 (a)', 'A/RES/76/299', 'op5-a'],
	['General Assembly resolution 76/246, para. 3 (a) (ii)', 'A/RES/76/246', 'op3-a-ii'],
	['76/299, preambular para. 3', 'A/RES/76/299', 'pp3'],
	['A/RES/76/299#op5-a', 'A/RES/76/299', 'op5-a'],
	['76/299 op5-a-ii', 'A/RES/76/299', 'op5-a-ii'],
	['paragraph 12 of resolution 76/72', 'A/RES/76/72', 'op12'],
	// French, Spanish, Russian, Chinese and Arabic, as the site's own "copy citation" writes them.
	['résolution 76/299 de l’Assemblée générale, par. 5 a)', 'A/RES/76/299', 'op5-a'],
	['résolution 76/299, alinéa 3 du préambule', 'A/RES/76/299', 'pp3'],
	['resolución 76/299 de la Asamblea General, párr. 5 a)', 'A/RES/76/299', 'op5-a'],
	['resolución 76/299, párrafo 3 del preámbulo', 'A/RES/76/299', 'pp3'],
	['резолюция 76/299 Генеральной Ассамблеи, п. 5 a)', 'A/RES/76/299', 'op5-a'],
	['резолюция 76/299, пункт 3 преамбулы', 'A/RES/76/299', 'pp3'],
	['大会第76/299号决议第5(a)段', 'A/RES/76/299', 'op5-a'],
	['第76/299号决议第5（a）段', 'A/RES/76/299', 'op5-a'],
	['第76/299号决议序言部分第3段', 'A/RES/76/299', 'pp3'],
	['قرار الجمعية العامة 76/299، الفقرة 5 (أ)', 'A/RES/76/299', 'op5-a'],
	['القرار 76/299، الفقرة 3 من الديباجة', 'A/RES/76/299', 'pp3'],
	['القرار 76/299، الفقرة 5 (ب)', 'A/RES/76/299', 'op5-b'],
];

describe('a citation typed into search', () => {
	it.each(cases)('%s', (query, symbol, anchor) => {
		const place = citedPlace(query);
		expect(place?.symbol).toBe(symbol);
		expect(place && citedAnchor(place)).toBe(anchor);
	});

	it('is not read in words that only hold numbers', () => {
		for (const query of ['2030 Agenda', 'peace and security', '2021/22', '12/2021', 'COVID-19', '1/3 of Member States', 'A/76/L.10']) expect(citedPlace(query), query).toBeUndefined();
	});
});
