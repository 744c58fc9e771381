import { describe, expect, it } from 'vitest';
import { isDocumentSymbol, symbolOfUndocsUrl, undocsUrl } from '../../src/lib/symbols';

describe('document symbols', () => {
	it.each(['A/RES/76/299', 'A/RES/73/338', 'A/76/L.74', 'A/76/L.74/Add.1', 'A/76/PV.97', 'S/RES/2334(2016)', 'E/CN.4/2005/L.10/Add.17', 'A/C.3/76/L.1/Rev.1', 'A/RES/S-10/2', 'A/RES/ES-10/15', 'A/ES-10/273/Corr.1', 'A/RES/1514(XV)', 'A/RES/1874(S-IV)', 'A/RES/76/235 B', 'A/RES/76/84 A-B'])(
		'accepts %s',
		(symbol) => expect(isDocumentSymbol(symbol)).toBe(true),
	);
	it.each(['', 'A', 'A/', 'a/res/76/299', 'A/RES/73 338', 'A/RES/76/299/', '76/299', 'A//RES', 'A/RES/76/299 a', 'A/RES/76/84 A-', 'A/RES/76/84  A', 'A/RES/S-/2', 'A/RES/-10/2', 'A/RES/75/101a-b', 'A/RES/1514(xv)', 'A/RES/1514(XV'])('rejects "%s"', (symbol) =>
		expect(isDocumentSymbol(symbol)).toBe(false),
	);
	it('links a symbol to undocs.org in a language, and reads it back', () => {
		expect(undocsUrl('A/RES/73/338', 'en')).toBe('https://undocs.org/en/A/RES/73/338');
		expect(symbolOfUndocsUrl('https://undocs.org/fr/A/76/L.74/Add.1')).toEqual({ language: 'fr', symbol: 'A/76/L.74/Add.1' });
		expect(symbolOfUndocsUrl('https://example.org/A/RES/1')).toBeUndefined();
	});
});
