/** Citations typed into search, in each language's citation style, read as the place they name. */
import { describe, expect, it } from 'vitest';
import { citedAnchor, citedPlace, citedSymbols } from '../../src/lib/search/citation-query';

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
	// Sections, in each language's citation style, the section's Roman numeral read as its number.
	['resolution 76/246, sect. XIII, para. 1', 'A/RES/76/246', 'sec13-op1'],
	['76/246 section 4 para 2 (b)', 'A/RES/76/246', 'sec4-op2-b'],
	['résolution 76/246, sect. II, par. 3', 'A/RES/76/246', 'sec2-op3'],
	['resolución 76/246, secc. IX, párr. 3', 'A/RES/76/246', 'sec9-op3'],
	['резолюция 76/246, разд. II, п. 3', 'A/RES/76/246', 'sec2-op3'],
	['大会第76/246号决议第II节第3段', 'A/RES/76/246', 'sec2-op3'],
	['القرار 76/246، الجزء XIV، الفقرة 3', 'A/RES/76/246', 'sec14-op3'],
	['76/246 sect. XIV', 'A/RES/76/246', 'sec14'],
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

	it('reads a part after the number, a scope of the anchor in a resolution of several parts', () => {
		const place = citedPlace('resolution 76/84 B, para. 5 (a)')!;
		expect(place).toMatchObject({ symbol: 'A/RES/76/84', part: 'B', kind: 'op', n: 5 });
		expect(citedAnchor(place, true)).toBe('B-op5-a');
		expect(citedAnchor(place)).toBe('op5-a');
		expect(citedAnchor(citedPlace('A/RES/76/84 B')!, true)).toBe('B');
		expect(citedPlace('76/10 op 5')!.part).toBeUndefined();
		// The part as a resolution of its own first (76/235 B), then the resolutions in parts that hold it, then the number alone.
		expect(citedSymbols(place).map(({ symbol }) => symbol)).toEqual(['A/RES/76/84 B', 'A/RES/76/84 A-B', 'A/RES/76/84 A-C', 'A/RES/76/84 A-D', 'A/RES/76/84 A-E', 'A/RES/76/84 A-F', 'A/RES/76/84 A-G', 'A/RES/76/84 A-H', 'A/RES/76/84']);
		expect(citedSymbols(citedPlace('76/10')!).map(({ symbol }) => symbol)[0]).toBe('A/RES/76/10');
	});
});
