/**
 * Paragraph-level search over Pagefind's results, as pure functions (unit-tested; the search
 * interface in src/scripts/ only wires them to the page).
 *
 * Pagefind ranks pages; this resolution is one page, so its ranking alone would list every
 * matching paragraph in document order. Pagefind splits the page into sub-results at each element
 * with an id and a `data-pagefind-title` (paragraphs pp1…, op1…, footnotes fn1…); here each
 * sub-result becomes a hit, scored as a short document of its own with BM25.
 */
import { hitUrl } from './search-urls';

/** What a hit is: the anchor says it (`pp3`, `sec2-op5`, `fn2`; `sec2`, `h4`, `annex`, `A` for a heading of the text). */
export type HitKind = 'preambular' | 'operative' | 'footnote' | 'heading';

/** Which hits the reader wants: every paragraph and footnote, or one kind of paragraph. */
export type Restriction = 'all' | 'preambular' | 'operative';

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
	/** The page's title as Pagefind read it (its heading): "76/299. Zone of peace, trust and cooperation of Central Asia". */
	meta?: { title?: string | undefined } | undefined;
	content: string;
	word_count: number;
	anchors: { id: string; location: number; title?: string | undefined; element: string }[];
	sub_results: PagefindSubResult[];
}

/** One paragraph or footnote that matches the query, ready to list. */
export interface SearchHit {
	/** `pp3`, `op5`, `fn2`. */
	anchor: string;
	kind: HitKind;
	/** Designation and lead phrase: "Operative paragraph 5 · Calls upon". */
	title: string;
	/** The resolution it is in, by its number and title as its page heads it. */
	resolution: string;
	/** HTML: a few words of the paragraph around the match, matched words in `<mark>`. */
	excerpt: string;
	/** Where following the hit leads: the paragraph's anchor, with the words to highlight. */
	url: string;
	score: number;
}

/**
 * Ranking settings handed to Pagefind (see README, "Search"). Only `termSimilarity` changes the
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
 * How many of the best pages Pagefind ranks are read for paragraphs, when search looks in every
 * resolution: each page read is one more fragment to fetch, and a common word is in hundreds.
 */
export const pagesRead = 20;

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

/** Reads a query. Typographic quotes count as quotes, so a phrase pasted from the text works. */
export function parseQuery(query: string): ParsedQuery {
	const trimmed = query.trim().replace(/[“”„«»]/g, '"');
	const phrase = /^".*[^\s"].*"$/.test(trimmed) && trimmed.indexOf('"', 1) === trimmed.length - 1;
	const words = trimmed
		.split(/\s+/)
		.map(normalizeWord)
		.filter((word) => word.length > 0);
	return { search: trimmed, words, phrase };
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
		const words = result.content.split(/\s+/);
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
			for (const location of sub.weighted_locations) {
				const word = normalizeWord(words[location.location] ?? '');
				let best = 0;
				query.words.forEach((term, index) => {
					if (sharedPrefix(term, word) > sharedPrefix(query.words[best] ?? '', word)) best = index;
				});
				termCounts.set(best, (termCounts.get(best) ?? 0) + 1);
			}
			hits.push({
				anchor,
				kind,
				title: sub.title,
				resolution: result.meta?.title ?? '',
				excerpt: sub.excerpt,
				url: hitUrl(sub.url, query),
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
		hit.score = score;
	}
	// A paragraph matches when it holds every word of the query, as a page does for Pagefind;
	// only when none does are paragraphs holding some of the words worth listing.
	const wanted = new Set(query.words.map((_, index) => query.words.indexOf(query.words[index]!))).size;
	const complete = hits.filter((hit) => hit.termCounts.size >= wanted);
	return (complete.length > 0 ? complete : hits)
		.sort((x, y) => y.score - x.score || x.order - y.order)
		.map(({ anchor, kind, title, resolution, excerpt, url, score }) => ({ anchor, kind, title, resolution, excerpt, url, score }));
}

/** Escapes text for HTML. */
function escapeText(text: string): string {
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
		const words = result.content.split(/\s+/);
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
			hits.push({
				anchor: anchor.id,
				kind: hitKind(anchor.id)!,
				title: anchor.title!,
				resolution: result.meta?.title ?? '',
				excerpt,
				url: hitUrl(`${result.url.split('#')[0]}#${anchor.id}`, query),
				score: (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / averageLength)),
				order: hits.length,
			});
		});
	}
	return hits.sort((x, y) => y.score - x.score || x.order - y.order).map(({ order: _order, ...hit }) => hit);
}

/** The hits of a query, whichever kind it is: every matching paragraph and footnote, best first. */
export function searchHits(results: PagefindResultData[], query: ParsedQuery): SearchHit[] {
	return query.phrase ? phraseHits(results, query) : paragraphHits(results, query);
}

/** The hits of one kind of paragraph; footnotes are shown only when every kind is. */
export function restrictHits(hits: SearchHit[], restriction: Restriction): SearchHit[] {
	return restriction === 'all' ? hits : hits.filter((hit) => hit.kind === restriction);
}
