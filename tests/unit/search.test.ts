import { describe, expect, it } from 'vitest';
import {
	hitKind,
	paragraphHits,
	parseQuery,
	phraseHits,
	restrictHits,
	searchHits,
	type PagefindResultData,
	type SearchHit,
} from '../../src/lib/search';
import { hitUrl, pagefindScriptUrl } from '../../src/lib/search-urls';

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
	it('lists paragraphs holding only some words when none holds all', () => {
		const partial = { ...resolution, sub_results: resolution.sub_results.filter((sub) => sub.anchor?.id !== 'pp1') };
		partial.sub_results = partial.sub_results.map((sub) => ({ ...sub, weighted_locations: sub.weighted_locations.slice(0, 1) }));
		expect(anchors(paragraphHits([partial], parseQuery('peace xylophone'))).sort()).toEqual(['op1', 'op2']);
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
});
