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
import { walkInline } from '../inline';
import { citationLocator, citedNumber } from '../locator';
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

/** The documents a block and its footnotes link, with how many times each, in the order printed. */
function blockLinks(block: AnchoredBlock): Map<string, number> {
	const links = new Map<string, number>();
	const texts = [...blockTexts(block), ...block.footnotes.map((note) => note.content)];
	for (const node of walkInline(texts.flat())) {
		if (node.type === 'documentLink') links.set(node.symbol, (links.get(node.symbol) ?? 0) + 1);
	}
	return links;
}

/** "76/120, preambular para. 4": the citing place as a citation names it, in `language`. */
function citingDesignation(resolution: Resolution, block: AnchoredBlock, language: string): string {
	const strings = locatorStrings(useTranslations(language));
	const locator = locatorOf(resolution, block);
	const number = citedNumber(locator, strings);
	const place = citationLocator(locator, strings);
	return place ? `${number}, ${place}` : number;
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
	for (const resolution of resolutions) {
		const { symbol, language } = resolution.facts;
		const own: Citation[] = [];
		for (const block of resolution.blocks) {
			if (block.cites.length === 0) continue;
			const links = blockLinks(block);
			for (const reference of block.cites) {
				if (!isResolutionReference(reference)) continue;
				const target = resolve(reference);
				own.push({ symbol, anchor: block.anchor, reference, target, links: links.get(reference) ?? 0 });
				// A resolution's references to itself (a part citing another part) are not "cited by".
				if (!target || target.symbol === symbol) continue;
				const list = reverse.get(key(target.symbol, language)) ?? [];
				if (!list.some((entry) => entry.symbol === symbol && entry.anchor === block.anchor)) {
					list.push({ symbol, anchor: block.anchor, designation: citingDesignation(resolution, block, language), targetAnchor: target.anchor });
				}
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
