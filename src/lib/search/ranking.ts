/**
 * Paragraph-level search over Pagefind's results, as pure functions (unit-tested; the search
 * interface in src/browser/ only wires them to the page).
 *
 * Pagefind ranks pages; this resolution is one page, so its ranking alone would list every
 * matching paragraph in document order. Pagefind splits the page into sub-results at each element
 * with an id and a `data-pagefind-title` (paragraphs pp1…, op1…, footnotes fn1…); here each
 * sub-result becomes a hit, scored as a short document of its own with BM25.
 */
import { readResolutionFilter } from './resolution-filter';
import { hitUrl } from './urls';

/** What a hit is: the anchor says it (`pp3`, `sec2-op5`, `fn2`; `sec2`, `h4`, `annex`, `A` for a heading of the text). */
export type HitKind = 'preambular' | 'operative' | 'footnote' | 'heading';

/** Which hits the reader wants: every paragraph and footnote, one kind of paragraph, the annexes' paragraphs, or the footnotes. */
export type Restriction = 'all' | 'preambular' | 'operative' | 'annex' | 'footnote';

/** The restrictions the search form offers, in its order. */
export const restrictions: readonly Restriction[] = ['all', 'preambular', 'operative', 'annex', 'footnote'];

/** A matched word position of Pagefind's result data. */
export interface WeightedLocation {
	/** The word's weight on the page (1 for text, more for headings). */
	weight: number;
	balanced_score: number;
	/** Position of the word in the page's `content`, counted in words. */
	location: number;
}

/** The parts of Pagefind's `result.data()` that paragraph search reads. */
export interface PagefindSubResult {
	title: string;
	url: string;
	anchor?: { id: string; location: number } | undefined;
	excerpt: string;
	weighted_locations: WeightedLocation[];
}
export interface PagefindResultData {
	url: string;
	/** The page's filters: `resolution` is its symbol, Main Committee and adoption (`A/RES/76/84 A-B|fourth|recorded-vote`). */
	filters?: Record<string, string[]> | undefined;
	/** The page's title as Pagefind read it (its heading): "76/299. Zone of peace, trust and cooperation of Central Asia". */
	meta?: { title?: string | undefined } | undefined;
	content: string;
	/** The text with `<` and `>` escaped, and, where Pagefind cut it into words (Chinese), its zero-width spaces between them. */
	raw_content?: string | undefined;
	word_count: number;
	/** Every element with an id, where it begins; `text` is its own first words (a sub-paragraph's "¶ (a)"). */
	anchors: { id: string; location: number; title?: string | undefined; element: string; text?: string | undefined }[];
	sub_results: PagefindSubResult[];
}

/** One paragraph or footnote that matches the query, ready to list. */
export interface SearchHit {
	/** The paragraph or footnote: `pp3`, `op5`, `fn2`. */
	anchor: string;
	/** Where the words are: the paragraph's anchor, or its sub-paragraph's holding the first of them (`op5-a-ii`). */
	place: string;
	kind: HitKind;
	/** Designation, with the sub-paragraph's letters, and lead phrase: "Operative paragraph 5 (a) · Calls upon". */
	title: string;
	/** The resolution it is in, by its number and title as its page heads it. */
	resolution: string;
	/** The resolution's symbol: "A/RES/76/169". */
	symbol: string;
	/** The resolution's title alone: "Zone of peace, trust and cooperation of Central Asia". */
	shortTitle: string;
	/** HTML: a few words of the paragraph around the match, matched words in `<mark>`. */
	excerpt: string;
	/** Where following the hit leads: the paragraph's anchor, with the words to highlight. */
	url: string;
	score: number;
}

/**
 * Ranking settings handed to Pagefind (docs/search.md, "Ranking"). Only `termSimilarity` changes the
 * order of paragraphs within one page: it ranks a word that is exactly the query's above longer
 * words that merely begin with it. The page-level settings matter once several resolutions are
 * indexed; they are set for short texts.
 */
export const pagefindRanking = {
	termSimilarity: 2.0,
	pageLength: 0.1,
	termSaturation: 1.2,
	termFrequency: 1.0,
} as const;

/**
 * How many of the best groups of paragraphs Pagefind ranks are read for their paragraphs, when
 * search looks in every resolution: each is one more fragment to fetch (1 to 3 KB), and a common
 * word is in thousands. In one resolution, every group that matches is read.
 */
export const groupsRead = 6;

/** What a heading's score counts for beside a paragraph's: it names a part, the paragraphs hold the text. */
export const headingWeight = 0.5;

/**
 * BM25 constants for paragraphs, tuned on tests/fixtures/search-queries.json. Paragraphs run from
 * 5 to 80 words: a word found twice says little more than once (low `k1`: quick saturation), and
 * a short paragraph that holds the words is about them more than a long one is (high `b`).
 */
export const paragraphRanking = { k1: 0.5, b: 0.9 } as const;

// In a scope, a paragraph's anchor follows its scope's (`sec2-op3`, `A-pp1`, `annex-p2`); a
// sub-paragraph's (`op5-a`) is no hit of its own: its words are its paragraph's.
const kinds: [RegExp, HitKind][] = [
	[/^(?:[A-Za-z0-9]+-)*pp\d+$/, 'preambular'],
	[/^(?:[A-Za-z0-9]+-)*(?:op\d+(?:\.\d+)*|p\d+)$/, 'operative'],
	[/^fn\d+$/, 'footnote'],
	[/^(?:[A-Za-z0-9]+-)*(?:sec\d+|h\d+|annex\d*)$|^[A-Z]$/, 'heading'],
];

/** The kind of a hit by its anchor, or undefined for anything that is not a paragraph or footnote. */
export function hitKind(anchor: string): HitKind | undefined {
	return kinds.find(([pattern]) => pattern.test(anchor))?.[1];
}

/** A query as the reader typed it: the words to find, and whether it asks for an exact phrase. */
export interface ParsedQuery {
	/** The query to hand to Pagefind: trimmed; a phrase keeps its quotes. */
	search: string;
	/** Lower-case words, without quotes or punctuation. */
	words: string[];
	/** True when the whole query is in quotes: "scourge of war". */
	phrase: boolean;
}

/** Normalises one word for comparison: lower case, no accents, letters and digits only. */
export function normalizeWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Scripts written without spaces between words: Pagefind cuts them into words with a segmenter. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
let segmenter: Intl.Segmenter | undefined;

/** The words of a run of text as Pagefind reads a query: between spaces, and Chinese cut by a word segmenter. */
function queryWords(text: string): string[] {
	return text.split(/\s+/).flatMap((token) => {
		if (!unspaced.test(token)) return [token];
		segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
		return [...segmenter.segment(token)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
	});
}

/**
 * The words of a result's text, by position, as Pagefind counts them (its locations index this):
 * between spaces, or, in a text it segmented (Chinese), between the zero-width spaces it put
 * there, which `content` has lost and `raw_content` (its HTML-escaped copy) keeps.
 */
export function contentWords(result: Pick<PagefindResultData, 'content' | 'raw_content'>): string[] {
	const raw = result.raw_content ?? result.content;
	if (!raw.includes('\u200B')) return result.content.split(/[\r\n\s]+/);
	return raw.split('\u200B').map((word) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** Reads a query. Typographic quotes count as quotes, so a phrase pasted from the text works. */
export function parseQuery(query: string): ParsedQuery {
	const trimmed = query.trim().replace(/[“”„«»]/g, '"');
	const phrase = /^".*[^\s"].*"$/.test(trimmed) && trimmed.indexOf('"', 1) === trimmed.length - 1;
	if (phrase) return { search: trimmed, words: queryWords(trimmed).map(normalizeWord).filter(Boolean), phrase };
	// A word still being typed after others ("United N", "United Na") is left out until it says more:
	// Pagefind would fetch every word beginning with those letters. A two-letter acronym ("the UN") stays.
	const tokens = trimmed.split(/\s+/);
	const last = tokens.at(-1) ?? '';
	const partial = tokens.length > 1 && !unspaced.test(last) && /^\p{L}{1,2}$/u.test(last) && (last.length === 1 || last !== last.toUpperCase());
	const search = partial ? tokens.slice(0, -1).join(' ') : trimmed;
	const words = queryWords(search).map(normalizeWord).filter(Boolean);
	return { search, words, phrase };
}

/** The resolution a result is: its symbol (the page's `resolution` filter) and its title without its number. */
function resolutionOf(result: PagefindResultData): { resolution: string; symbol: string; shortTitle: string } {
	const resolution = result.meta?.title ?? '';
	const filter = result.filters?.['resolution']?.[0];
	const symbol = filter ? readResolutionFilter(filter).symbol : (/[A-Z]+\/RES\/[^/]+\/[^/]+/.exec(result.url)?.[0] ?? '');
	// "76/299. Zone of peace…", "76/98 مسألة…", "76/213 – تسخير…": the number, a full stop or dash, the title.
	return { resolution, symbol, shortTitle: resolution.replace(/^(?:ES-)?\d+\/\d+\.?\s*(?:[–-]\s+)?/u, '') };
}

/**
 * Where in a paragraph the words are: of the places holding matched words (the paragraph's own
 * words, or the innermost sub-paragraph, `op5-a`, `op5-a-ii`, around each), the one holding the
 * most of the query's words, the first of those; with its printed letters ("(a)", "(ii)"; "(أ)" in
 * Arabic), as Pagefind reports each element with an id. `terms` gives, for each matched word's
 * location, which word of the query it stands for.
 */
export function placeOf(result: Pick<PagefindResultData, 'anchors'>, paragraph: string, terms: ReadonlyMap<number, number> | number): { place: string; letters: string[] } {
	const matched = typeof terms === 'number' ? new Map([[terms, 0]]) : terms;
	const subParagraphs = result.anchors.filter((anchor) => anchor.id.startsWith(`${paragraph}-`)).sort((x, y) => x.location - y.location);
	const around = (location: number) => subParagraphs.filter((anchor) => anchor.location <= location).at(-1);
	const places = new Map<(typeof subParagraphs)[number] | undefined, Set<number>>();
	for (const [location, term] of [...matched].sort(([x], [y]) => x - y)) {
		const place = around(location);
		places.set(place, (places.get(place) ?? new Set()).add(term));
	}
	let innermost: (typeof subParagraphs)[number] | undefined;
	let most = 0;
	for (const [place, found] of places) {
		if (found.size > most) [innermost, most] = [place, found.size];
	}
	if (!innermost) return { place: paragraph, letters: [] };
	const steps = innermost.id.slice(paragraph.length + 1).split('-');
	const letters = steps.map((step, index) => {
		const id = `${paragraph}-${steps.slice(0, index + 1).join('-')}`;
		const printed = result.anchors.find((anchor) => anchor.id === id)?.text?.replace(/^¶\s*/u, '').trim();
		return printed && printed.length <= 8 ? printed : `(${step})`;
	});
	return { place: innermost.id, letters };
}

/** A hit's title with its sub-paragraph's letters after the designation: "Operative paragraph 5 (a) (ii) · Calls upon". */
function titleWith(title: string, letters: string[]): string {
	if (letters.length === 0) return title;
	const [designation = '', ...rest] = title.split(' · ');
	return [`${designation} ${letters.join(' ')}`, ...rest].join(' · ');
}

/**
 * Hits of many resolutions, so that one long resolution does not bury the others: each further
 * hit of the same resolution counts for `decay` times the one before it (its second best 0.8 of its
 * score, its third 0.64…), then all are ordered by that. Within one resolution the order stays.
 */
export function spreadOverResolutions<T extends { symbol: string; score: number }>(hits: T[], decay = 0.8): T[] {
	const seen = new Map<string, number>();
	return hits
		.map((hit, order) => {
			const earlier = seen.get(hit.symbol) ?? 0;
			seen.set(hit.symbol, earlier + 1);
			return { hit, order, weight: hit.score * decay ** earlier };
		})
		.sort((x, y) => y.weight - x.weight || x.order - y.order)
		.map(({ hit }) => hit);
}

/** Length of the common beginning of two words: how Pagefind matched a query word to a text word. */
function sharedPrefix(a: string, b: string): number {
	let index = 0;
	while (index < a.length && index < b.length && a[index] === b[index]) index++;
	return index;
}

/**
 * Every matching paragraph and footnote of the results, best first (all of them, not the three
 * per page Pagefind's own interface shows). Text outside a paragraph (the title) is left out.
 */
export function paragraphHits(results: PagefindResultData[], query: ParsedQuery): SearchHit[] {
	const { k1, b } = paragraphRanking;
	const hits: (SearchHit & { order: number; termCounts: Map<number, number>; length: number })[] = [];
	let segmentCount = 0;
	let totalLength = 0;
	for (const result of results) {
		const words = contentWords(result);
		const anchors = result.anchors
			.filter((anchor) => hitKind(anchor.id) !== undefined && anchor.title)
			.sort((x, y) => x.location - y.location);
		const lengthOf = new Map(
			anchors.map((anchor, index) => [anchor.id, (anchors[index + 1]?.location ?? result.word_count) - anchor.location]),
		);
		segmentCount += anchors.length;
		totalLength += [...lengthOf.values()].reduce((sum, length) => sum + length, 0);
		for (const sub of result.sub_results) {
			const anchor = sub.anchor?.id;
			const kind = anchor ? hitKind(anchor) : undefined;
			if (!anchor || !kind) continue;
			// Which query word each matched text word stands for: the one it shares the longest beginning with.
			const termCounts = new Map<number, number>();
			const termAt = new Map<number, number>();
			for (const location of sub.weighted_locations) {
				// The word as printed, and after an elided article or pronoun ("l’indemnisation", "d’eau", "qu’il"), as Pagefind reads it.
				const raw = words[location.location] ?? '';
				const forms = [normalizeWord(raw), normalizeWord(raw.replace(/^.*['’]/u, ''))];
				const likeness = (term: string) => Math.max(...forms.map((form) => sharedPrefix(term, form)));
				let best = 0;
				query.words.forEach((term, index) => {
					if (likeness(term) > likeness(query.words[best] ?? '')) best = index;
				});
				termCounts.set(best, (termCounts.get(best) ?? 0) + 1);
				termAt.set(location.location, best);
			}
			const { place, letters } = kind === 'footnote' ? { place: anchor, letters: [] } : placeOf(result, anchor, termAt);
			hits.push({
				anchor,
				place,
				kind,
				title: titleWith(sub.title, letters),
				...resolutionOf(result),
				excerpt: sub.excerpt,
				url: hitUrl(place === anchor ? sub.url : `${sub.url.split('#')[0]}#${place}`, query),
				score: 0,
				order: hits.length,
				termCounts,
				length: lengthOf.get(anchor) ?? 1,
			});
		}
	}
	const averageLength = totalLength / Math.max(segmentCount, 1);
	const documentFrequency = new Map<number, number>();
	for (const hit of hits) for (const term of hit.termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
	for (const hit of hits) {
		let score = 0;
		for (const [term, count] of hit.termCounts) {
			const frequency = documentFrequency.get(term) ?? 1;
			const idf = Math.log(1 + (segmentCount - frequency + 0.5) / (frequency + 0.5));
			score += (idf * count * (k1 + 1)) / (count + k1 * (1 - b + (b * hit.length) / averageLength));
		}
		// A heading is a few words: BM25 would put a part's title above the paragraphs it heads.
		hit.score = hit.kind === 'heading' ? score * headingWeight : score;
	}
	// A paragraph matches when it holds every word of the query, as a page does for Pagefind;
	// only when none does are paragraphs holding some of the words worth listing, most words first.
	const wanted = new Set(query.words.map((_, index) => query.words.indexOf(query.words[index]!))).size;
	const complete = hits.filter((hit) => hit.termCounts.size >= wanted);
	return (complete.length > 0 ? complete : hits)
		.sort((x, y) => (complete.length > 0 ? 0 : y.termCounts.size - x.termCounts.size) || y.score - x.score || x.order - y.order)
		.map(({ anchor, place, kind, title, resolution, symbol, shortTitle, excerpt, url, score }) => ({ anchor, place, kind, title, resolution, symbol, shortTitle, excerpt, url, score }));
}

/** The results of several searches as one list: each group once, by how many words it holds, then by its scores added. */
export function eitherWord<T extends { id: string; score: number }>(responses: ({ results: T[] } | null | undefined)[]): T[] {
	const merged = new Map<string, { result: T; words: number; score: number }>();
	for (const response of responses) {
		for (const result of response?.results ?? []) {
			const seen = merged.get(result.id);
			merged.set(result.id, { result, words: (seen?.words ?? 0) + 1, score: (seen?.score ?? 0) + result.score });
		}
	}
	return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score).map(({ result }) => result);
}

/** Escapes text for HTML. */
export function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Every paragraph and footnote that holds the exact phrase, best first. Pagefind confirms the
 * page holds the phrase but reports only its first place; this finds all of them in the page's
 * text, word by word (case, accents and punctuation aside), and marks each one in the excerpt.
 */
export function phraseHits(results: PagefindResultData[], query: ParsedQuery, excerptLength = 24): SearchHit[] {
	const { k1, b } = paragraphRanking;
	const phrase = query.words;
	const hits: (SearchHit & { order: number })[] = [];
	if (phrase.length === 0) return [];
	for (const result of results) {
		const words = contentWords(result);
		const normalized = words.map(normalizeWord);
		const anchors = result.anchors
			.filter((anchor) => hitKind(anchor.id) !== undefined && anchor.title)
			.sort((x, y) => x.location - y.location);
		const averageLength = result.word_count / Math.max(anchors.length, 1);
		anchors.forEach((anchor, index) => {
			const start = anchor.location;
			const end = anchors[index + 1]?.location ?? words.length;
			const found: number[] = [];
			for (let at = start; at + phrase.length <= end; at++) {
				if (phrase.every((word, offset) => normalized[at + offset] === word)) found.push(at);
			}
			const first = found[0];
			if (first === undefined) return;
			const marked = new Set(found.flatMap((at) => phrase.map((_, offset) => at + offset)));
			const from = Math.max(start, Math.min(first - Math.floor((excerptLength - phrase.length) / 2), end - excerptLength));
			const to = Math.min(end, from + excerptLength);
			const excerpt = words
				.slice(from, to)
				.map((word, offset) => (marked.has(from + offset) ? `<mark>${escapeText(word)}</mark>` : escapeText(word)))
				.join(' ');
			const length = end - start;
			const count = found.length;
			const kind = hitKind(anchor.id)!;
			const { place, letters } = kind === 'footnote' ? { place: anchor.id, letters: [] } : placeOf(result, anchor.id, first);
			hits.push({
				anchor: anchor.id,
				place,
				kind,
				title: titleWith(anchor.title!, letters),
				...resolutionOf(result),
				excerpt,
				url: hitUrl(`${result.url.split('#')[0]}#${place}`, query),
				score: (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / averageLength)),
				order: hits.length,
			});
		});
	}
	return hits.sort((x, y) => y.score - x.score || x.order - y.order).map(({ order: _order, ...hit }) => hit);
}

/** The hits of a query, whichever kind it is: every matching paragraph and footnote, best first, spread over the resolutions. */
export function searchHits(results: PagefindResultData[], query: ParsedQuery): SearchHit[] {
	return spreadOverResolutions(query.phrase ? phraseHits(results, query) : paragraphHits(results, query));
}

/** Whether a hit is in an annex: its anchor is in the annex's scope (`annex-p2`, `annex2-op3`). */
const inAnnex = (hit: SearchHit) => /^(?:[A-Za-z0-9]+-)*annex\d*-/.test(hit.anchor);

/** Whether a hit is of the kind a restriction asks for. */
export function matchesRestriction(hit: SearchHit, restriction: Restriction): boolean {
	if (restriction === 'all') return true;
	if (restriction === 'annex') return inAnnex(hit) && hit.kind !== 'heading';
	return hit.kind === restriction && (restriction === 'footnote' || !inAnnex(hit));
}

/** The hits of one kind of paragraph, of the annexes or the footnotes. */
export function restrictHits(hits: SearchHit[], restriction: Restriction): SearchHit[] {
	return hits.filter((hit) => matchesRestriction(hit, restriction));
}

/** How many hits each restriction would keep: the counts beside the form's choices. */
export function restrictionCounts(hits: SearchHit[]): Record<Restriction, number> {
	return Object.fromEntries(restrictions.map((restriction) => [restriction, restrictHits(hits, restriction).length])) as Record<Restriction, number>;
}
