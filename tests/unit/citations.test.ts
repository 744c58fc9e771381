/**
 * The session's citation graph (src/lib/library/citations.ts): how the UN's links name resolutions,
 * and, over every published resolution in every language, that "cited by" is exactly the reverse
 * of the citations, so that a reader who follows a link finds the way back.
 */
import { describe, expect, it } from 'vitest';
import { loadResolutions, selectedSlugs } from '../../src/lib/content';
import { contentRoot } from '../../src/lib/content-files';
import { resolutionJson } from '../../src/lib/exports/json';
import { resolutionJsonSchema } from '../../src/lib/exports/json-schema';
import { buildCitationGraph, namedParagraphNumbers, resolverOf, symbolKey } from '../../src/lib/library/citations';
import { compileSchema, schemaErrors } from '../support/json-schema';

describe('the symbols links give resolutions', () => {
	const resolve = resolverOf(['A/RES/76/10', 'A/RES/76/84 A-B', 'A/RES/76/235', 'A/RES/76/235 B', 'A/RES/76/247 A-C', 'A/RES/ES-11/1']);

	it('reads every spelling of a published symbol as that symbol', () => {
		for (const spelling of ['A/RES/76/10', 'a/res/76/10', 'A/RES/76/10 ', 'A/RES/76/84 A-B', 'A/RES/76/84A-B', 'A/RES/76/84a-b', 'A/RES/76/84%20A-B', 'A/RES/es-11/1']) {
			expect(resolve(spelling)?.symbol, spelling).toBe(symbolKey(spelling).startsWith('A/RES/76/84') ? 'A/RES/76/84 A-B' : symbolKey(spelling) === 'A/RES/ES-11/1' ? 'A/RES/ES-11/1' : 'A/RES/76/10');
		}
	});

	it('reads a part of a document of parts as that document, at the part', () => {
		expect(resolve('A/RES/76/84 B')).toEqual({ symbol: 'A/RES/76/84 A-B', anchor: 'B' });
		expect(resolve('A/RES/76/247 C')).toEqual({ symbol: 'A/RES/76/247 A-C', anchor: 'C' });
		expect(resolve('A/RES/76/247 D')).toBeUndefined();
	});

	it('reads the number alone as the one document that has it, and only then', () => {
		expect(resolve('A/RES/76/84')).toEqual({ symbol: 'A/RES/76/84 A-B' });
		expect(resolve('A/RES/76/247')).toEqual({ symbol: 'A/RES/76/247 A-C' });
		// 76/235 is published, and so is 76/235 B: the number alone is 76/235 itself.
		expect(resolve('A/RES/76/235')).toEqual({ symbol: 'A/RES/76/235' });
		expect(resolve('A/RES/76/235 B')).toEqual({ symbol: 'A/RES/76/235 B' });
	});

	it('leaves resolutions not published here, and other documents, unresolved', () => {
		expect(resolve('A/RES/75/180')).toBeUndefined();
		expect(resolve('A/RES/ES-11/2')).toBeUndefined();
		expect(resolve('A/76/49 (vol. I)')).toBeUndefined();
		expect(resolve('S/RES/2334 (2016)')).toBeUndefined();
	});
});

describe('paragraphs named by the words around a link', () => {
	it('reads the paragraph numbers each language prints before the link (after it, in Chinese)', () => {
		expect(namedParagraphNumbers('Recalls paragraph 9 of its resolution ', '', 'en')).toEqual([9]);
		expect(namedParagraphNumbers('Recalls paragraphs 51 and 52 of its resolution ', '', 'en')).toEqual([51, 52]);
		expect(namedParagraphNumbers('paragraphs 3 to 5 of resolution ', '', 'en')).toEqual([3, 4, 5]);
		expect(namedParagraphNumbers('Rappelle les paragraphes 51 et 52 de sa résolution ', '', 'fr')).toEqual([51, 52]);
		expect(namedParagraphNumbers('Recuerda los párrafos 51 y 52 de su resolución ', '', 'es')).toEqual([51, 52]);
		expect(namedParagraphNumbers('ссылается на пункты 51 и 52 своей резолюции ', '', 'ru')).toEqual([51, 52]);
		expect(namedParagraphNumbers('تشير إلى الفقرتين 51 و 52 من قرارها ', '', 'ar')).toEqual([51, 52]);
		expect(namedParagraphNumbers('回顾其第', '号决议第51和52段', 'zh')).toEqual([51, 52]);
	});

	it('reads nothing where the words name no paragraph of the linked resolution', () => {
		expect(namedParagraphNumbers('Recalling its resolution ', '', 'en')).toEqual([]);
		expect(namedParagraphNumbers('paragraph 9 of the report and its resolution ', '', 'en')).toEqual([]);
		expect(namedParagraphNumbers('paragraph 9 of its resolution 75/1 and resolution ', '', 'en')).toEqual([]);
		expect(namedParagraphNumbers('回顾其第', '号决议', 'zh')).toEqual([]);
	});
});

describe('the citation graph of the session', () => {
	// The 76th session and its emergency session: the counts below are theirs.
	// The 11th emergency special session's resolutions of the 76th session's year (ES-11/6, February 2023, is the 77th's).
	const resolutions = loadResolutions(contentRoot, selectedSlugs('A/RES/76/*,A/RES/ES-11/1-5'));
	const graph = buildCitationGraph(resolutions);
	const versions = resolutions.map((r) => [r.facts.symbol, r.facts.language] as const);

	it('has, for every cited-by entry, the citation it reverses', () => {
		let entries = 0;
		for (const [symbol, language] of versions) {
			for (const entry of graph.citedBy(symbol, language)) {
				entries++;
				const citations = graph.citationsOf(entry.symbol, language).filter((c) => c.anchor === entry.anchor && c.target?.symbol === symbol);
				expect(citations.length, `${language} ${symbol} cited by ${entry.symbol} #${entry.anchor}`).toBeGreaterThan(0);
			}
		}
		expect(entries).toBeGreaterThan(500);
	});

	it('has, for every citation of a published resolution, its cited-by entry in the same language', () => {
		let citations = 0;
		for (const [symbol, language] of versions) {
			for (const citation of graph.citationsOf(symbol, language)) {
				if (!citation.target || citation.target.symbol === symbol) continue;
				citations++;
				const back = graph.citedBy(citation.target.symbol, language).filter((entry) => entry.symbol === symbol && entry.anchor === citation.anchor);
				expect(back, `${language} ${symbol} #${citation.anchor} → ${citation.reference}`).toHaveLength(1);
			}
		}
		expect(citations).toBeGreaterThan(500);
	});

	it('cites only blocks that exist, and names each citing place as a citation does', () => {
		const entries = graph.citedBy('A/RES/76/274', 'en');
		const resolution = resolutions.find((r) => r.facts.symbol === 'A/RES/76/274' && r.facts.language === 'en')!;
		expect(resolution).toBeDefined();
		for (const [symbol, language] of versions) {
			const blocks = new Set(resolutions.find((r) => r.facts.symbol === symbol && r.facts.language === language)!.blocks.map((b) => b.anchor));
			for (const citation of graph.citationsOf(symbol, language)) expect(blocks.has(citation.anchor), `${symbol} ${language} #${citation.anchor}`).toBe(true);
		}
		expect(entries.map((entry) => entry.designation)).toContain('76/277, para. 3');
	});

	it('tells the paragraphs a citation names, in every language (76/268 names paragraph 9 of 76/242, paragraphs 51 and 52 of 76/237)', () => {
		for (const language of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) {
			const named = versions.filter(([, l]) => l === language).flatMap(([symbol]) => graph.citationsOf(symbol, language)).filter((c) => c.paragraphs.length > 0);
			expect(named.map((c) => [c.symbol, c.anchor, c.target?.symbol, c.paragraphs]), language).toEqual([
				['A/RES/76/268', 'op24', 'A/RES/76/242', ['op9']],
				['A/RES/76/268', 'op28', 'A/RES/76/237', ['op51', 'op52']],
			]);
			expect(graph.citedBy('A/RES/76/237', language).find((entry) => entry.anchor === 'op28')?.paragraphs, language).toEqual(['op51', 'op52']);
		}
	});

	it('resolves every link into the session that this site publishes (about 120 links per language)', () => {
		// Measured on the UN's files: the English text and footnotes hold 6,941 links to documents,
		// 4,380 of them to General Assembly resolutions (2,074 different ones); 117 of those point
		// inside the 76th session or its emergency special session (114 citing blocks), and every
		// one resolves to a published resolution except A/RES/ES-11/2, which the UN's XML does not
		// include. The other languages' files link a little differently (French 66, Chinese 121).
		const inSession = (language: string) =>
			versions.filter(([, l]) => l === language).flatMap(([symbol]) => graph.citationsOf(symbol, language)).filter((c) => /^A\/RES\/(?:76|ES-11)\//.test(symbolKey(c.reference)));
		const counts = Object.fromEntries(['en', 'fr', 'ar', 'zh', 'ru', 'es'].map((language) => [language, inSession(language).reduce((n, c) => n + c.links, 0)]));
		expect(counts).toEqual({ en: 117, fr: 66, ar: 111, zh: 121, ru: 121, es: 119 });
		for (const language of Object.keys(counts)) {
			const unresolved = new Set(inSession(language).filter((c) => !c.target).map((c) => symbolKey(c.reference)));
			expect([...unresolved], language).toEqual(['A/RES/ES-11/2']);
		}
		const englishResolutionLinks = versions.filter(([, l]) => l === 'en').flatMap(([symbol]) => graph.citationsOf(symbol, 'en')).reduce((n, c) => n + c.links, 0);
		expect(englishResolutionLinks).toBe(4380);
	});
});

describe('citations in data.json, both ways', () => {
	const site = 'https://resolutions.example.org';
	const validate = compileSchema(resolutionJsonSchema(site));
	// 76/290 cites 76/274 (op1, op13) and 76/238; 76/274 has no French text.
	const resolutions = loadResolutions(contentRoot, selectedSlugs('A/RES/76/290,A/RES/76/274'));
	const graph = buildCitationGraph(resolutions);
	const of = (symbol: string, language: string) => resolutionJson(resolutions.find((r) => r.facts.symbol === symbol && r.facts.language === language)!, site, graph);

	it('gives each citation with the page it leads to here, or null where it is not published here', () => {
		const data = of('A/RES/76/290', 'en');
		expect(validate(data), schemaErrors(validate)).toBe(true);
		expect(data.citations).toContainEqual({ from: 'op1', cites: 'A/RES/76/274', symbol: 'A/RES/76/274', url: `${site}/A/RES/76/274/`, paragraphs: [] });
		// 76/238 is not among the resolutions read here: not published, so no page.
		expect(data.citations).toContainEqual({ from: 'op18', cites: 'A/RES/76/238', symbol: null, url: null, paragraphs: [] });
		expect(data.citations.filter((c) => c.cites === 'A/RES/75/250b' || c.cites === 'A/RES/75/250B').every((c) => c.symbol === null && c.url === null)).toBe(true);
		// In French, 76/274 is published here, but not in French: the symbol, without a page.
		expect(of('A/RES/76/290', 'fr').citations).toContainEqual({ from: 'op1', cites: 'A/RES/76/274', symbol: 'A/RES/76/274', url: null, paragraphs: [] });
	});

	it('gives the places that cite it, each the reverse of a citation in the citing data', () => {
		const cited = of('A/RES/76/274', 'en');
		expect(validate(cited), schemaErrors(validate)).toBe(true);
		expect(cited.citedBy).toEqual([
			{ symbol: 'A/RES/76/290', id: 'op1', designation: '76/290, para. 1', url: `${site}/A/RES/76/290/#op1`, paragraphs: [] },
			{ symbol: 'A/RES/76/290', id: 'op13', designation: '76/290, para. 13', url: `${site}/A/RES/76/290/#op13`, paragraphs: [] },
		]);
		const citing = of('A/RES/76/290', 'en');
		for (const entry of cited.citedBy) expect(citing.citations.some((c) => c.from === entry.id && c.symbol === 'A/RES/76/274')).toBe(true);
		expect(citing.citations.filter((c) => c.symbol === 'A/RES/76/274').map((c) => c.from)).toEqual(cited.citedBy.map((entry) => entry.id));
	});
});
