/**
 * The session as a library: which resolutions each resolution cites, paragraph by paragraph, and
 * which cite it. Built once per build from the loaded resolutions (src/lib/content.ts), from the
 * undocs.org links of their text and footnotes (a footnote's links count for the block that calls
 * it, as `cites` lists them: src/schemas/block.ts).
 *
 * The graph is kept per language: a page in French shows the links of the French text, and the
 * resolutions that cite it in French, so what a reader follows and what "Cited by" lists are the
 * two directions of the same links. The UN's files of one resolution mostly link the same
 * documents in every language, but not always.
 */
import { useTranslations } from '../../i18n/ui';
import { getResolutions } from '../content';
import { locatorOf, locatorStrings } from '../designations';
import { plainText, type Inline } from '../inline';
import { citationLocator, citedNumber } from '../locator';
import { fillTemplate } from '../template';
import type { AnchoredBlock, Resolution } from '../resolution';
import { blockTexts } from '../structure';
import { resolutionPath, withBase } from '../urls';

/** A General Assembly resolution a link names, resolved to what this site publishes. */
export interface CitationTarget {
	/** The symbol as published here: `A/RES/76/84 A-B` for a link to `A/RES/76/84 B`. */
	symbol: string;
	/** The part of a document of parts the link names (`B`: the anchor of part B), if it names one. */
	anchor?: string | undefined;
}

/** One resolution cited by one block of a resolution, in one language. */
export interface Citation {
	/** The citing resolution's symbol. */
	symbol: string;
	/** The citing block's anchor (`pp4`, `sec2-op3`); footnotes count for the block that calls them. */
	anchor: string;
	/** The document as the link names it: `A/RES/76/10`, `A/RES/76/84a-b`. */
	reference: string;
	/** The published resolution it names, or `undefined` where this site does not publish it. */
	target: CitationTarget | undefined;
	/** Links to it in the block and its footnotes (a block may name the same resolution twice). */
	links: number;
	/**
	 * The operative paragraphs of the cited resolution that the words around the link name
	 * ("paragraph 9 of its resolution 76/242" → `op9`), where that resolution has them in this
	 * language; empty when the words name none, or the resolution is not published here.
	 */
	paragraphs: string[];
}

/** A block of a published resolution that cites a resolution: the reverse of a `Citation`. */
export interface CitedBy {
	/** The citing resolution's symbol: `A/RES/76/120`. */
	symbol: string;
	/** The citing block's anchor: `pp4`. */
	anchor: string;
	/** The place as a citation names it, in the graph's language: "76/120, preambular para. 4". */
	designation: string;
	/** The part of the cited document that the citing link names, if any. */
	targetAnchor?: string | undefined;
	/** The paragraphs of the cited resolution the citing words name (`op9`), if any. */
	paragraphs: string[];
}

/** The citations of the resolutions of one build, in every language. */
export interface CitationGraph {
	/** Every citation of a General Assembly resolution made by `symbol` in `language`, in the order printed. */
	citationsOf(symbol: string, language: string): Citation[];
	/** Every block that cites `symbol` in `language`, in symbol order and then the order printed. */
	citedBy(symbol: string, language: string): CitedBy[];
	/** The published resolution a link's document names, or `undefined`. */
	resolve(reference: string): CitationTarget | undefined;
	/** The languages `symbol` is published in (empty when it is not published here). */
	languagesOf(symbol: string): readonly string[];
}

/** A symbol as links spell it, for comparison: upper case, no spaces (`a/res/76/84 a-b` → `A/RES/76/84A-B`). */
export function symbolKey(reference: string): string {
	let decoded = reference;
	try {
		decoded = decodeURIComponent(reference);
	} catch {
		// A lone "%" is a character of the reference, not an escape.
	}
	return decoded.replace(/\s+/g, '').toUpperCase();
}

/** Whether a document reference names a General Assembly resolution (`A/RES/…`). */
export function isResolutionReference(reference: string): boolean {
	return /^A\/RES\//.test(symbolKey(reference));
}

/** The number and part letters of a resolution key: `A/RES/76/84A-B` → `A/RES/76/84`, `A`, `B`. */
function splitParts(key: string): { base: string; first?: string | undefined; last?: string | undefined } {
	const match = /^(.*\/\d+)(?:([A-Z])(?:-([A-Z]))?)?$/.exec(key);
	if (!match) return { base: key };
	return { base: match[1]!, first: match[2], last: match[3] ?? match[2] };
}

/**
 * Finds the published resolution a reference names, given the published symbols. The UN's links
 * spell one resolution several ways: `A/RES/76/84 A-B`, `A/RES/76/84A-B`, `A/RES/76/84a-b`, the
 * number alone (`A/RES/76/84`, `A/RES/76/247` for the document of parts 247 A-C), or one part
 * (`A/RES/76/84 B`: part B of that document). Exact spellings win; the number alone resolves only
 * where one published document has it.
 */
export function resolverOf(published: Iterable<string>): (reference: string) => CitationTarget | undefined {
	const byKey = new Map<string, string>();
	const byBase = new Map<string, string[]>();
	for (const symbol of published) {
		const key = symbolKey(symbol);
		byKey.set(key, symbol);
		const { base } = splitParts(key);
		byBase.set(base, [...(byBase.get(base) ?? []), symbol]);
	}
	return (reference) => {
		if (!isResolutionReference(reference)) return undefined;
		const key = symbolKey(reference);
		const exact = byKey.get(key);
		if (exact) return { symbol: exact };
		const wanted = splitParts(key);
		const candidates = byBase.get(wanted.base) ?? [];
		if (wanted.first === undefined) return candidates.length === 1 ? { symbol: candidates[0]! } : undefined;
		// One part of a document of parts: the document, at that part.
		if (wanted.first !== wanted.last) return undefined;
		for (const symbol of candidates) {
			const { first, last } = splitParts(symbolKey(symbol));
			if (first !== undefined && last !== undefined && first !== last && wanted.first >= first && wanted.first <= last) return { symbol, anchor: wanted.first };
		}
		return undefined;
	};
}

/**
 * The words that name paragraphs of a resolution just before (or, in Chinese, just after) the
 * link to it: "paragraph 9 of its resolution 76/242", "paragraphs 51 and 52 of …", "paragraphe 9
 * de sa résolution", "párrafos 51 y 52 de su resolución", "пункты 51 и 52 своей резолюции",
 * "الفقرتين 51 و 52 من قرارها", "第76/237号决议第51和52段". The numbers, and the word between two of
 * them where it makes a range ("paragraphs 3 to 5").
 */
const paragraphWords: Record<string, { before?: RegExp; after?: RegExp; range: RegExp }> = {
	en: { before: /\bparagraphs? (\d+(?:(?:, |,? and | to )\d+)*) of (?:its |General Assembly |the General Assembly |that )?resolution $/u, range: /^ to $/ },
	fr: { before: /\bparagraphes? (\d+(?:(?:, |,? et | à )\d+)*) de (?:sa |la |cette )?résolution $/u, range: /^ à $/ },
	es: { before: /\bpárrafos? (\d+(?:(?:, |,? y | a )\d+)*) de (?:su |la |esa )?resolución $/u, range: /^ a $/ },
	ru: { before: /(?:^|\s)пункт(?:а|ы|ов|ах|ам)? (\d+(?:(?:, | и | [-–] )\d+)*) (?:своей |ее |её |этой )?резолюции $/u, range: /^ [-–] $/ },
	ar: { before: /(?:^|\s)الفقر(?:ة|تين|تان|ات) (\d+(?:(?:، | و ?)\d+)*) من (?:قرارها|القرار|قرار) $/u, range: /^$/ },
	zh: { after: /^号决议第(\d+(?:(?:和|、|至)\d+)*)段/u, range: /^至$/ },
};

/** The paragraph numbers the words around a link name, in `language`: [51, 52]; empty when they name none. */
export function namedParagraphNumbers(before: string, after: string, language: string): number[] {
	const words = paragraphWords[language];
	const match = (words?.before && words.before.exec(before)) || (words?.after && words.after.exec(after));
	if (!words || !match) return [];
	const parts = match[1]!.split(/(\d+)/u);
	const numbers: number[] = [];
	for (let index = 1; index < parts.length; index += 2) {
		const n = Number(parts[index]);
		const last = numbers.at(-1);
		// "3 to 5": every paragraph from the one before.
		if (last !== undefined && words.range.test(parts[index - 1]!) && n > last && n - last < 50) for (let k = last + 1; k < n; k++) numbers.push(k);
		numbers.push(n);
	}
	return numbers;
}

/** What a block and its footnotes link: per document, how many links and the paragraph numbers their words name. */
function blockLinks(block: AnchoredBlock, language: string): Map<string, { links: number; paragraphs: number[] }> {
	const links = new Map<string, { links: number; paragraphs: number[] }>();
	const visit = (nodes: readonly Inline[]) => {
		nodes.forEach((node, index) => {
			if (node.type === 'documentLink') {
				const entry = links.get(node.symbol) ?? { links: 0, paragraphs: [] };
				entry.links++;
				// No-break spaces (the UN's "paragraph\u00a09") read as spaces.
				const before = plainText(nodes.slice(Math.max(0, index - 2), index)).replace(/\s+/gu, ' ').slice(-160);
				const after = plainText(nodes.slice(index + 1, index + 3)).replace(/\s+/gu, ' ').slice(0, 60);
				for (const n of namedParagraphNumbers(before, after, language)) if (!entry.paragraphs.includes(n)) entry.paragraphs.push(n);
				links.set(node.symbol, entry);
			}
			if ('children' in node) visit(node.children);
		});
	};
	for (const text of [...blockTexts(block), ...block.footnotes.map((note) => note.content)]) visit(text);
	return links;
}

/** "76/120, preambular para. 4": the citing place as a citation names it, in `language`. */
function citingDesignation(resolution: Resolution, block: AnchoredBlock, language: string): string {
	const strings = locatorStrings(useTranslations(language));
	const locator = locatorOf(resolution, block);
	const number = citedNumber(locator, strings);
	const place = citationLocator(locator, strings);
	// Joined as the language joins a scope and a place: "76/120, para. 4", Arabic "،", Chinese without a comma.
	return place ? fillTemplate(strings['citation.scoped'], { scope: number, own: place }) : number;
}

/** Builds the citation graph of `resolutions` (every language of every resolution a build publishes). */
export function buildCitationGraph(resolutions: readonly Resolution[]): CitationGraph {
	const languages = new Map<string, string[]>();
	for (const resolution of resolutions) {
		languages.set(resolution.facts.symbol, [...(languages.get(resolution.facts.symbol) ?? []), resolution.facts.language]);
	}
	const resolve = resolverOf(languages.keys());
	const citations = new Map<string, Citation[]>();
	const reverse = new Map<string, CitedBy[]>();
	const key = (symbol: string, language: string) => `${language} ${symbol}`;
	const versions = new Map(resolutions.map((resolution) => [key(resolution.facts.symbol, resolution.facts.language), resolution]));
	for (const resolution of resolutions) {
		const { symbol, language } = resolution.facts;
		const own: Citation[] = [];
		for (const block of resolution.blocks) {
			if (block.cites.length === 0) continue;
			const links = blockLinks(block, language);
			for (const reference of block.cites) {
				if (!isResolutionReference(reference)) continue;
				const target = resolve(reference);
				const found = links.get(reference) ?? { links: 0, paragraphs: [] };
				// Top-level operative paragraphs of the cited resolution, in this language, where it has them.
				const cited = target && versions.get(key(target.symbol, language));
				const anchors = new Set(cited?.paragraphs.map((paragraph) => paragraph.anchor));
				const paragraphs = found.paragraphs.map((n) => `op${n}`).filter((anchor) => anchors.has(anchor));
				own.push({ symbol, anchor: block.anchor, reference, target, links: found.links, paragraphs });
				// A resolution's references to itself (a part citing another part) are not "cited by".
				if (!target || target.symbol === symbol) continue;
				const list = reverse.get(key(target.symbol, language)) ?? [];
				const entry = list.find((each) => each.symbol === symbol && each.anchor === block.anchor);
				if (entry) entry.paragraphs.push(...paragraphs.filter((anchor) => !entry.paragraphs.includes(anchor)));
				else list.push({ symbol, anchor: block.anchor, designation: citingDesignation(resolution, block, language), targetAnchor: target.anchor, paragraphs: [...paragraphs] });
				reverse.set(key(target.symbol, language), list);
			}
		}
		citations.set(key(symbol, language), own);
	}
	return {
		citationsOf: (symbol, language) => citations.get(key(symbol, language)) ?? [],
		citedBy: (symbol, language) => reverse.get(key(symbol, language)) ?? [],
		resolve,
		languagesOf: (symbol) => languages.get(symbol) ?? [],
	};
}

/**
 * The page on this site of the resolution a link names, in `language` (`/fr/A/RES/76/10/`, base
 * included; `#B` for a part of a document of parts), or `undefined` where this build does not
 * publish it in that language: such links keep their undocs.org address, where the UN has it.
 */
export function citationHref(graph: CitationGraph, reference: string, language: string): string | undefined {
	const target = graph.resolve(reference);
	if (!target || !graph.languagesOf(target.symbol).includes(language)) return undefined;
	return `${withBase(resolutionPath(target.symbol, language))}${target.anchor ? `#${target.anchor}` : ''}`;
}

let graph: CitationGraph | undefined;

/** The citation graph of the resolutions this build reads, built once. */
export function getCitationGraph(): CitationGraph {
	graph ??= buildCitationGraph(getResolutions());
	return graph;
}
