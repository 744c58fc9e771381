/**
 * Anchors a corrected import moved (content/moved-anchors.json). A link first published keeps
 * landing on the same words: the document page carries the old anchor as an empty element at the
 * new place (`aliasesOf`, rendered by Alias.astro), and a paragraph page first published under the
 * old anchor becomes a redirect page to the new place (`movedParagraphPages`).
 */
import { movedAnchorsSchema } from '../schemas/moved-anchors';
import { ContentError, readCheckedJson } from './content-error';
import type { AnchoredPoint, Paragraph, Resolution } from './resolution';
import { isWithdrawnChangesPath } from './changes/withdrawn';
import { isPairRedirectPath, paragraphPath } from './urls';

export const movedAnchorsFile = 'content/moved-anchors.json';

/** `A/RES/76/120 ru` → anchor as first published → anchor of the same words now. */
export type MovedAnchors = ReadonlyMap<string, ReadonlyMap<string, string>>;

const keyOf = (resolution: Pick<Resolution, 'facts'>) => `${resolution.facts.symbol} ${resolution.facts.language}`;

/** Reads and checks the file; a file that does not match its schema fails with the field and what was expected. */
export function readMovedAnchors(file = movedAnchorsFile): MovedAnchors {
	const data = readCheckedJson(file, movedAnchorsSchema);
	if (!data) return new Map();
	const moves = new Map<string, Map<string, string>>();
	for (const [symbol, languages] of Object.entries(data)) {
		if (symbol === '$comment' || typeof languages !== 'object' || !languages) continue;
		for (const [language, anchors] of Object.entries(languages)) moves.set(`${symbol} ${language}`, new Map(Object.entries(anchors ?? {})));
	}
	return moves;
}

let cached: MovedAnchors | undefined;
/** The site's moved anchors, read once per build. */
export function movedAnchors(): MovedAnchors {
	cached ??= readMovedAnchors();
	return cached;
}

/** A paragraph's anchor has no sub-paragraph letter after its number (`annex-sec5-p1`, not `op4-d`): it had a page. */
export const isParagraphAnchor = (anchor: string) => /(?:^|-)(?:pp|op|p)[0-9]+$/u.test(anchor);

/** The paragraph and, where it is one, the sub-paragraph that has `anchor`. */
function placeOf(resolution: Resolution, anchor: string): { paragraph?: Paragraph | undefined; block: boolean } | undefined {
	const inPoints = (points: readonly AnchoredPoint[]): boolean => points.some((point) => point.anchor === anchor || inPoints(point.points));
	for (const block of resolution.blocks) {
		if (block.anchor === anchor) return { paragraph: block.type === 'paragraph' ? block : undefined, block: true };
		if (block.type === 'paragraph' && inPoints(block.points)) return { paragraph: block, block: false };
	}
	return undefined;
}

/**
 * The anchors first published that now stand at each place of the resolution: anchor → old
 * anchors. An old anchor the text has again, or a new place that is not a paragraph or
 * sub-paragraph of the text, is an error naming the entry.
 */
export function aliasesOf(resolution: Resolution, moves: MovedAnchors = movedAnchors()): Map<string, string[]> {
	const aliases = new Map<string, string[]>();
	for (const [from, to] of moves.get(keyOf(resolution)) ?? []) {
		const field = `${resolution.facts.symbol} ${resolution.facts.language} ${from}`;
		if (placeOf(resolution, from)) throw new ContentError(movedAnchorsFile, field, 'an anchor the text no longer has (a moved anchor would stand twice)', `${from} is still an anchor of the text`);
		if (!placeOf(resolution, to)?.paragraph) throw new ContentError(movedAnchorsFile, field, 'the anchor of a paragraph or sub-paragraph of the text', `"${to}"`);
		aliases.set(to, [...(aliases.get(to) ?? []), from]);
	}
	return aliases;
}

/**
 * The paragraph pages first published under a moved paragraph's anchor (`annex-sec5-p1`: a
 * paragraph's anchor has no sub-paragraph letter after its number), each with the place it leads
 * to: the paragraph page holding the words, and their sub-paragraph (`annex-sec5-op4`, `annex-sec5-op4-d`).
 */
export function movedParagraphPages(resolution: Resolution, moves: MovedAnchors = movedAnchors()): { anchor: string; paragraph: string; place?: string }[] {
	aliasesOf(resolution, moves);
	const pages: { anchor: string; paragraph: string; place?: string }[] = [];
	for (const [from, to] of moves.get(keyOf(resolution)) ?? []) {
		if (!isParagraphAnchor(from)) continue;
		const place = placeOf(resolution, to);
		if (place?.paragraph) pages.push({ anchor: from, paragraph: place.paragraph.anchor, ...(place.block ? {} : { place: to }) });
	}
	return pages;
}

const aliasCache = new WeakMap<Resolution, Map<string, string[]>>();
/** `aliasesOf` with the site's moves, once per resolution: every block and sub-paragraph asks. */
export function aliasesAt(resolution: Resolution, anchor: string): readonly string[] {
	let aliases = aliasCache.get(resolution);
	if (!aliases) aliasCache.set(resolution, (aliases = aliasesOf(resolution)));
	return aliases.get(anchor) ?? [];
}

let movedPaths: Set<string> | undefined;
/** Whether a page path (without base; the leading slash optional) is a paragraph page first published under a moved anchor. */
export function isMovedPagePath(path: string): boolean {
	movedPaths ??= new Set(
		[...movedAnchors()].flatMap(([key, anchors]) => {
			const [symbol = '', language = ''] = key.split(' ');
			return [...anchors.keys()].filter(isParagraphAnchor).map((anchor) => paragraphPath(symbol, language, anchor));
		}),
	);
	return movedPaths.has(path.startsWith('/') ? path : `/${path}`);
}

/** Whether a page path (without base) is a redirect page: a side-by-side pair URL, a moved paragraph page or a withdrawn changes page, first published. Not a page of its own. */
export const isRedirectPagePath = (path: string): boolean => isPairRedirectPath(path) || isMovedPagePath(path) || isWithdrawnChangesPath(path);
