import { inNarrowing, readResolutionFilter } from '../../src/lib/search/resolution-filter';
import { describe, expect, it } from 'vitest';
import {
	contentWords,
	eitherWord,
	hitKind,
	paragraphHits,
	parseQuery,
	phraseHits,
	placeOf,
	restrictHits,
	restrictionCounts,
	searchHits,
	spreadOverResolutions,
	type PagefindResultData,
	type SearchHit,
} from '../../src/lib/search/ranking';
import { hitUrl, pagefindScriptUrl } from '../../src/lib/search/urls';

/** A page as Pagefind describes it: text, anchors with titles, and the sub-results of a query. */
function page(url: string, segments: [id: string, text: string][], matches: Record<string, string[]>): PagefindResultData {
	const words: string[] = ['Title', 'words.'];
	const anchors: PagefindResultData['anchors'] = [];
	const sub_results: PagefindResultData['sub_results'] = [];
	for (const [id, text] of segments) {
		const location = words.length;
		anchors.push({ id, location, title: `Title of ${id}`, element: 'div' });
		const own = text.split(' ');
		words.push(...own);
		const hits = own.flatMap((word, index) =>
			(matches[id] ?? []).some((m) => word.toLowerCase().startsWith(m)) ? [{ weight: 1, balanced_score: 500, location: location + index }] : [],
		);
		if (hits.length > 0) sub_results.push({ title: `Title of ${id}`, url: `${url}#${id}`, anchor: { id, location }, excerpt: `<mark>${id}</mark>`, weighted_locations: hits });
	}
	return { url, content: words.join(' '), word_count: words.length, anchors, sub_results };
}

const resolution = page(
	'/A/RES/76/299/',
	[
		['pp1', 'Recognizing the role of the United Nations in developing friendly relations among nations, and peace in the region of the world'],
		['pp2', 'Guided by the provisions of the Charter of the United Nations'],
		['op1', 'Declares the region a zone of peace, trust and cooperation;'],
		['op2', 'Notes peace and peace and peace in the region, with trust, and more words that make this paragraph a long one to read'],
		['fn1', 'Kazakhstan, Turkmenistan and Uzbekistan.'],
	],
	{ pp1: ['peace', 'region'], op1: ['peace', 'region'], op2: ['peace', 'region'], pp2: [] },
);

describe('reading a query', () => {
	it('tells a quoted phrase from words, typographic quotes included', () => {
		expect(parseQuery('  "scourge of war" ')).toEqual({ search: '"scourge of war"', words: ['scourge', 'of', 'war'], phrase: true });
		expect(parseQuery('“zone of peace, trust”')).toMatchObject({ search: '"zone of peace, trust"', words: ['zone', 'of', 'peace', 'trust'], phrase: true });
		expect(parseQuery('scourge of war').phrase).toBe(false);
		expect(parseQuery('"scourge" of "war"').phrase).toBe(false);
		expect(parseQuery('Leaders’ Caucus').words).toEqual(['leaders', 'caucus']);
		expect(parseQuery('   ').words).toEqual([]);
	});
	it('leaves out a word still being typed after others, until it has three letters, but not a two-letter acronym or a number', () => {
		expect(parseQuery('United N')).toMatchObject({ search: 'United', words: ['united'] });
		expect(parseQuery('United Na')).toMatchObject({ search: 'United', words: ['united'] });
		expect(parseQuery('United Nat')).toMatchObject({ search: 'United Nat', words: ['united', 'nat'] });
		expect(parseQuery('the UN').search).toBe('the UN');
		expect(parseQuery('article 5').search).toBe('article 5');
		expect(parseQuery('U').search).toBe('U');
		expect(parseQuery('"United N"').search).toBe('"United N"');
	});
	it('cuts Chinese into words as Pagefind does, and reads a result’s words by Pagefind’s positions', () => {
		expect(parseQuery('雅典协调会议').words.length).toBeGreaterThan(1);
		expect(parseQuery('雅典协调会议').words.join('')).toBe('雅典协调会议');
		expect(parseQuery('雅典协调会议').search).toBe('雅典协调会议');
		expect(contentWords({ content: '回顾2022年北京<', raw_content: '回顾\u200b2022\u200b年\u200b北京&lt;' })).toEqual(['回顾', '2022', '年', '北京<']);
		expect(contentWords({ content: 'Recalling its  resolution\n76/1 <b>', raw_content: 'Recalling its  resolution\n76/1 &lt;b&gt;' })).toEqual(['Recalling', 'its', 'resolution', '76/1', '<b>']);
	});
	it('when no group holds every word, lists those holding most of them, then by their scores added', () => {
		const result = (id: string, score: number) => ({ id, score });
		const merged = eitherWord([{ results: [result('a', 1), result('b', 5)] }, { results: [result('a', 1), result('c', 9)] }, null]);
		expect(merged.map(({ id }) => id)).toEqual(['a', 'c', 'b']);
	});
	it('knows a hit by its anchor', () => {
		expect(['pp16', 'op5', 'fn2', 'fnref2', 'preamble-title', 'op'].map(hitKind)).toEqual(['preambular', 'operative', 'footnote', undefined, undefined, undefined]);
	});
});

describe('search URLs under a base path', () => {
	it('finds Pagefind under the base', () => {
		expect(pagefindScriptUrl('/')).toBe('/pagefind/pagefind.js');
		expect(pagefindScriptUrl('/resolutions/')).toBe('/resolutions/pagefind/pagefind.js');
		expect(pagefindScriptUrl('/resolutions')).toBe('/resolutions/pagefind/pagefind.js');
		expect(pagefindScriptUrl('/resolutions/', 'pagefind-highlight.js')).toBe('/resolutions/pagefind/pagefind-highlight.js');
	});
	it('leads a hit to its anchor with the words to highlight, keeping the base Pagefind gave it', () => {
		expect(hitUrl('/resolutions/A/RES/76/299/#op5', parseQuery('living resources'))).toBe('/resolutions/A/RES/76/299/?highlight=living&highlight=resources#op5');
		expect(hitUrl('/A/RES/76/299/#pp3', parseQuery('"scourge of war"'))).toBe('/A/RES/76/299/?highlight=scourge+of+war#pp3');
		expect(hitUrl('/A/RES/76/299/?highlight=old#fn2', parseQuery('Turkmenistan'))).toBe('/A/RES/76/299/?highlight=Turkmenistan#fn2');
	});
});

describe('paragraph hits', () => {
	const anchors = (hits: SearchHit[]) => hits.map((hit) => hit.anchor);

	it('lists every paragraph holding all the words, the short one first, the title left out', () => {
		const withTitle: PagefindResultData = {
			...resolution,
			sub_results: [{ title: 'Title', url: '/A/RES/76/299/', excerpt: '', weighted_locations: [{ weight: 7, balanced_score: 9000, location: 0 }] }, ...resolution.sub_results],
		};
		const hits = paragraphHits([withTitle], parseQuery('peace region'));
		expect(anchors(hits)).toEqual(['op1', 'op2', 'pp1']);
		expect(hits[0]).toMatchObject({ kind: 'operative', title: 'Title of op1', url: '/A/RES/76/299/?highlight=peace&highlight=region#op1' });
		expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
	});
	it('reads a French word after an elided article as the word itself ("l’indemnisation" for "indemnisation")', () => {
		const french = page('/fr/A/RES/76/95/', [['pp15', 'Notant la loi relative à l’indemnisation des victimes'], ['fn6', 'Loi relative à l’indemnisation des victimes des essais nucléaires']], { pp15: ['loi', 'l’indemnisation'], fn6: ['loi', 'l’indemnisation', 'essais'] });
		expect(anchors(paragraphHits([french], parseQuery('loi indemnisation essais')))).toEqual(['fn6']);
	});
	it('lists paragraphs holding only some words when none holds all', () => {
		const partial = { ...resolution, sub_results: resolution.sub_results.filter((sub) => sub.anchor?.id !== 'pp1') };
		partial.sub_results = partial.sub_results.map((sub) => ({ ...sub, weighted_locations: sub.weighted_locations.slice(0, 1) }));
		expect(anchors(paragraphHits([partial], parseQuery('peace xylophone'))).sort()).toEqual(['op1', 'op2']);
	});
	it('lists first, when no paragraph holds every word, those holding most of them', () => {
		const some = page(
			'/A/RES/76/13/',
			[['pp3', 'truce truce'], ['pp5', 'peace and sport'], ['pp6', 'olympic'], ['pp14', 'peace sport olympic winter games in the region, of a long paragraph with many words']],
			{ pp3: ['truce'], pp5: ['peace', 'sport'], pp6: ['olympic'], pp14: ['peace', 'sport', 'olympic'] },
		);
		expect(anchors(paragraphHits([some], parseQuery('peace sport olympic truce')))).toEqual(['pp14', 'pp5', 'pp3', 'pp6']);
	});
	it('ranks a heading below a paragraph that holds the words as well', () => {
		const headed = page('/A/RES/76/84 A-B/', [['B', 'Sport for peace'], ['B-op1', 'Encourages sport for peace and development in every region of the world and by every means']], { B: ['sport', 'peace'], 'B-op1': ['sport', 'peace'] });
		expect(anchors(paragraphHits([headed], parseQuery('sport peace')))).toEqual(['B-op1', 'B']);
	});
	it('finds every place of an exact phrase, not only the first, and marks it', () => {
		const hits = phraseHits([resolution], parseQuery('"United Nations"'));
		expect(anchors(hits).sort()).toEqual(['pp1', 'pp2']);
		expect(hits.find((hit) => hit.anchor === 'pp2')!.excerpt).toContain('<mark>United</mark> <mark>Nations</mark>');
		expect(anchors(phraseHits([resolution], parseQuery('"peace, trust and cooperation"')))).toEqual(['op1']);
		expect(phraseHits([resolution], parseQuery('"cooperation trust"'))).toEqual([]);
		expect(anchors(searchHits([resolution], parseQuery('"Turkmenistan"')))).toEqual(['fn1']);
	});
	it('says which resolution each hit is in, across pages', () => {
		const other = { ...page('/A/RES/76/71/', [['op5', 'Calls for peace in the region of the oceans']], { op5: ['peace', 'region'] }), meta: { title: '76/71. Oceans and the law of the sea' } };
		const titled = { ...resolution, meta: { title: '76/299. Zone of peace, trust and cooperation of Central Asia' } };
		const hits = searchHits([titled, other], parseQuery('peace region'));
		expect(hits.find((hit) => hit.url.startsWith('/A/RES/76/71/'))).toMatchObject({ anchor: 'op5', resolution: '76/71. Oceans and the law of the sea' });
		expect(hits.filter((hit) => hit.url.startsWith('/A/RES/76/299/')).every((hit) => hit.resolution.startsWith('76/299.'))).toBe(true);
		expect(phraseHits([other], parseQuery('"peace in the region"'))[0]).toMatchObject({ resolution: '76/71. Oceans and the law of the sea' });
	});
	it('escapes the text of a phrase excerpt', () => {
		const tricky = page('/x/', [['pp1', 'a <b>bold</b> & brave claim']], {});
		expect(phraseHits([tricky], parseQuery('"brave claim"'))[0]!.excerpt).toBe('a &lt;b&gt;bold&lt;/b&gt; &amp; <mark>brave</mark> <mark>claim</mark>');
	});
	it('restricts hits to one kind of paragraph', () => {
		const hits = searchHits([resolution], parseQuery('peace region'));
		expect(anchors(restrictHits(hits, 'operative'))).toEqual(['op1', 'op2']);
		expect(anchors(restrictHits(hits, 'preambular'))).toEqual(['pp1']);
		expect(restrictHits(hits, 'all')).toEqual(hits);
	});
	it('counts the hits each restriction keeps: annexes and footnotes apart', () => {
		const annexed = page('/A/RES/76/72/', [['pp1', 'peace'], ['op1', 'peace'], ['annex-p1', 'peace'], ['annex-p2', 'peace'], ['fn1', 'peace']], { pp1: ['peace'], op1: ['peace'], 'annex-p1': ['peace'], 'annex-p2': ['peace'], fn1: ['peace'] });
		const hits = searchHits([annexed], parseQuery('peace'));
		expect(restrictionCounts(hits)).toEqual({ all: 5, preambular: 1, operative: 1, annex: 2, footnote: 1 });
		expect(anchors(restrictHits(hits, 'annex')).sort()).toEqual(['annex-p1', 'annex-p2']);
	});
});

describe('hits across the session', () => {
	it('name the resolution by its symbol and its title without its number, in every language’s form', () => {
		const titled = (title: string, symbol: string) => ({ ...page(`/${symbol}/`, [['op1', 'peace']], { op1: ['peace'] }), meta: { title }, filters: { resolution: [symbol] } });
		const [english] = searchHits([titled('76/299. Zone of peace, trust and cooperation of Central Asia', 'A/RES/76/299')], parseQuery('peace'));
		expect(english).toMatchObject({ symbol: 'A/RES/76/299', shortTitle: 'Zone of peace, trust and cooperation of Central Asia' });
		expect(searchHits([titled('76/98 مسألة كاليدونيا الجديدة', 'A/RES/76/98')], parseQuery('peace'))[0]!.shortTitle).toBe('مسألة كاليدونيا الجديدة');
		expect(searchHits([titled('76/213 – تسخير العلم', 'A/RES/76/213')], parseQuery('peace'))[0]!.shortTitle).toBe('تسخير العلم');
		expect(searchHits([titled('76/84. Questions relating to information', 'A/RES/76/84 A-B')], parseQuery('peace'))[0]!.symbol).toBe('A/RES/76/84 A-B');
	});

	it('lead to the sub-paragraph that holds the words, titled with its printed letters', () => {
		const result = {
			anchors: [
				{ id: 'op2', location: 10, element: 'div', title: 'Operative paragraph 2 · Urges', text: '¶ 2.' },
				{ id: 'op2-a', location: 20, element: 'li', text: '¶ (a)' },
				{ id: 'op2-a-i', location: 25, element: 'li', text: '¶ (i)' },
				{ id: 'op2-b', location: 40, element: 'li', text: '¶ (ب)' },
			],
		};
		expect(placeOf(result, 'op2', 12)).toEqual({ place: 'op2', letters: [] });
		expect(placeOf(result, 'op2', 22)).toEqual({ place: 'op2-a', letters: ['(a)'] });
		expect(placeOf(result, 'op2', 30)).toEqual({ place: 'op2-a-i', letters: ['(a)', '(i)'] });
		expect(placeOf(result, 'op2', 41)).toEqual({ place: 'op2-b', letters: ['(ب)'] });
		// Another paragraph's sub-paragraphs are not this one's (op20-a after op2).
		expect(placeOf({ anchors: [...result.anchors, { id: 'op20-a', location: 5, element: 'li' }] }, 'op2', 12).place).toBe('op2');
		const words = 'Title words. Urges States: to act on peace; to talk; (a) to keep the peace of the world together'.split(' ');
		const sub = { title: 'Operative paragraph 2 · Urges', url: '/A/RES/76/140/#op2', anchor: { id: 'op2', location: 2 }, excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 1, location: words.indexOf('peace', 12) }] };
		const [hit] = paragraphHits([{ url: '/A/RES/76/140/', content: words.join(' '), word_count: words.length, anchors: [{ id: 'op2', location: 2, element: 'div', title: sub.title }, { id: 'op2-a', location: 11, element: 'li', text: '¶ (a)' }], sub_results: [sub] }], parseQuery('peace'));
		expect(hit).toMatchObject({ anchor: 'op2', place: 'op2-a', title: 'Operative paragraph 2 (a) · Urges', url: '/A/RES/76/140/?highlight=peace#op2-a' });
	});

	it('do not let one long resolution bury the others: each further hit of a resolution counts for less', () => {
		const hits = [
			{ symbol: 'A/RES/76/72', score: 10 },
			{ symbol: 'A/RES/76/72', score: 9.5 },
			{ symbol: 'A/RES/76/72', score: 9 },
			{ symbol: 'A/RES/76/71', score: 8 },
			{ symbol: 'A/RES/76/72', score: 8.5 },
		];
		expect(spreadOverResolutions(hits).map((hit) => `${hit.symbol.slice(9)} ${hit.score}`)).toEqual(['72 10', '71 8', '72 9.5', '72 9', '72 8.5']);
		// One resolution alone keeps its order.
		const one = hits.filter((hit) => hit.symbol === 'A/RES/76/72');
		expect(spreadOverResolutions(one)).toEqual(one);
	});
});

describe('narrowing a search over the site', () => {
	it('reads a resolution’s session, Main Committee and adoption back from its filter value', () => {
		expect(readResolutionFilter('A/RES/76/169|third|recorded-vote')).toEqual({ symbol: 'A/RES/76/169', session: '76', committee: 'third', adopted: 'recorded-vote' });
		expect(readResolutionFilter('A/RES/ES-11/1|plenary|recorded-vote').session).toBe('ES-11');
		expect(readResolutionFilter('A/RES/75/84 A-B').session).toBe('75');
	});
	it('keeps a resolution when each choice is its own or any', () => {
		const facts = readResolutionFilter('A/RES/75/239|plenary|recorded-vote');
		expect(inNarrowing(facts, { session: '', committee: '', adopted: '' })).toBe(true);
		expect(inNarrowing(facts, { session: '75', committee: 'plenary', adopted: '' })).toBe(true);
		expect(inNarrowing(facts, { session: '76', committee: '', adopted: '' })).toBe(false);
		expect(inNarrowing(facts, { session: '75', committee: 'third', adopted: '' })).toBe(false);
	});
});
