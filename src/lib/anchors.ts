/**
 * Anchors are a public promise: they read like the citation and never change once published
 * (tests/published-urls.json). They are derived from the structure of the text, never from a
 * language's printed letters or the UN's element ids, so that they are the same in every language
 * whose file has the same structure:
 *
 *   pp3, op5               preambular paragraph 3, operative paragraph 5
 *   op5-a, op5-a-ii        its sub-paragraph (a), and (ii) of that: "para. 5 (a) (ii)"
 *   p2                     the second operative paragraph printed without a number (op1 when it is the only one)
 *   h4, t1, t1-r3          the fourth heading, the first table and its third row
 *   sec2, sec2-op3         section II (the second section) and its paragraph 3
 *   annex, annex-op3       the annex and its paragraph 3 (annex1, annex2… when there are several)
 *   A, A-op1               part A of a document that holds several resolutions, and its paragraph 1
 *   fn2                    footnote 2 (markers run through the whole document)
 */
import type { Block, Point } from './structure';

export type ParagraphKind = 'preambular' | 'operative';

const prefix: Record<ParagraphKind, string> = { preambular: 'pp', operative: 'op' };

/** The anchor of a paragraph in the top scope: `pp16` for preambular paragraph 16, `op5` for operative paragraph 5. */
export function paragraphAnchor(kind: ParagraphKind, number: number): string {
	return `${prefix[kind]}${number}`;
}

/** The anchor of a footnote's text: `fn2`. */
export function footnoteAnchor(marker: string): string {
	return `fn${marker}`;
}

/** The anchor of the place in the text that calls a footnote: `fnref2`. */
export function footnoteRefAnchor(marker: string): string {
	return `fnref${marker}`;
}

/**
 * The structural letter of a sub-paragraph from its place: a, b … z, aa, bb … at the first level
 * (as the UN letters them), i, ii, iii … at the second, 1, 2, 3 … below.
 */
export function pointLetter(index: number, depth: number): string {
	if (depth === 0) return String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
	if (depth === 1) return roman(index + 1);
	return String(index + 1);
}

function roman(n: number): string {
	const numerals: [number, string][] = [
		[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
		[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
	];
	let out = '';
	for (const [value, letters] of numerals) {
		while (n >= value) {
			out += letters;
			n -= value;
		}
	}
	return out;
}

/**
 * The number a printed paragraph number gives: 5 for "5.", "5．" (Chinese full stop), "5 -", "5-", "5 –" and "5"; a dotted
 * number such as "1.1" stays as printed; anything else ("l.", "(a)") gives undefined.
 */
export function printedNumber(num: string): number | string | undefined {
	const plain = num.trim().replace(/[\u200e\u200f]/gu, '');
	const integer = /^([0-9]+)\s*(?:[.．]|[-–‐])?$/u.exec(plain);
	if (integer) return Number(integer[1]);
	const dotted = /^([0-9]+(?:\.[0-9]+)+)\.?$/u.exec(plain);
	return dotted ? dotted[1] : undefined;
}

/** Where the derived anchor of an operative paragraph departs from its printed number, for the importer's report. */
export interface NumberingNote {
	anchor: string;
	printed: string;
	/** What the anchor says instead, and why. */
	note: string;
}

/** A block's anchor, and the anchors of its sub-paragraphs in order (depth first). */
export interface BlockAnchors {
	anchor: string;
	points: PointAnchor[];
	/** For table rows: `t1-r1`, … */
	rows: string[];
}
export interface PointAnchor {
	anchor: string;
	point: Point;
	points: PointAnchor[];
}

function pointAnchors(points: readonly Point[], parent: string, depth: number): PointAnchor[] {
	return points.map((point, index) => {
		const anchor = `${parent}-${pointLetter(index, depth)}`;
		return { anchor, point, points: pointAnchors(point.points, anchor, depth + 1) };
	});
}

interface Scope {
	prefix: string;
	counts: Map<string, number>;
	/** The number of the last numbered operative paragraph. */
	lastNumber: number;
	/** Operative paragraphs printed without a number, and how many numbered ones the scope holds. */
	unnumbered: number;
	numbered: number;
}

const newScope = (prefix: string): Scope => ({ prefix, counts: new Map(), lastNumber: 0, unnumbered: 0, numbered: 0 });

function next(scope: Scope, key: string): number {
	const n = (scope.counts.get(key) ?? 0) + 1;
	scope.counts.set(key, n);
	return n;
}

/**
 * The anchors of a document's blocks, in order, and the notes on numbering the importer reports.
 * An operative paragraph takes its printed number when the numbers run in order; a number out of
 * order (a misprint such as "34" between 31 and 33, "l." for "1.") gives the number in sequence
 * instead, and a note. A scope whose only operative paragraph is unnumbered calls it `op1`; other
 * unnumbered ones are `p1`, `p2`… in their scope.
 */
export function assignAnchors(blocks: readonly Block[]): { anchors: BlockAnchors[]; notes: NumberingNote[] } {
	const notes: NumberingNote[] = [];
	let part = newScope('');
	let annex: Scope | undefined;
	let section: Scope | undefined;
	const annexesInPart = new Map<Scope, number>();
	const current = () => section ?? annex ?? part;

	// Unnumbered operative paragraphs need to know whether their scope holds any other: count first.
	const scopeOf: Scope[] = [];
	{
		let p = newScope('');
		let a: Scope | undefined;
		let s: Scope | undefined;
		for (const block of blocks) {
			if (block.type === 'part') [p, a, s] = [newScope(''), undefined, undefined];
			else if (block.type === 'annex') [a, s] = [newScope(''), undefined];
			else if (block.type === 'section') s = newScope('');
			const scope = s ?? a ?? p;
			scopeOf.push(scope);
			if (block.type === 'paragraph' && block.kind === 'operative') {
				if (block.num === undefined) scope.unnumbered++;
				else scope.numbered++;
			}
		}
	}

	const numberedAhead = (from: number): number | string | undefined => {
		for (let i = from; i < blocks.length; i++) {
			const block = blocks[i]!;
			if (scopeOf[i] !== scopeOf[from - 1]) return undefined;
			if (block.type === 'paragraph' && block.kind === 'operative' && block.num !== undefined) return printedNumber(block.num);
		}
		return undefined;
	};

	const anchors = blocks.map((block, index): BlockAnchors => {
		const plain = (anchor: string): BlockAnchors => ({ anchor, points: [], rows: [] });
		switch (block.type) {
			case 'part': {
				part = newScope(`${block.num}-`);
				annex = undefined;
				section = undefined;
				return plain(block.num);
			}
			case 'annex': {
				const count = blocks.filter((b, i) => b.type === 'annex' && partIndex(blocks, i) === partIndex(blocks, index)).length;
				const n = (annexesInPart.get(part) ?? 0) + 1;
				annexesInPart.set(part, n);
				const anchor = `${part.prefix}annex${count > 1 ? n : ''}`;
				annex = newScope(`${anchor}-`);
				section = undefined;
				return plain(anchor);
			}
			case 'section': {
				const outer = annex ?? part;
				const anchor = `${outer.prefix}sec${next(outer, 'sec')}`;
				section = newScope(`${anchor}-`);
				return plain(anchor);
			}
			case 'heading':
				return plain(`${current().prefix}h${next(current(), 'h')}`);
			case 'table': {
				const anchor = `${current().prefix}t${next(current(), 't')}`;
				return { anchor, points: [], rows: block.rows.map((_, row) => `${anchor}-r${row + 1}`) };
			}
			case 'paragraph': {
				const scope = current();
				let anchor: string;
				if (block.kind === 'preambular') anchor = `${scope.prefix}pp${next(scope, 'pp')}`;
				else if (block.num === undefined) {
					const counted = scopeOf[index]!;
					anchor = counted.numbered === 0 && counted.unnumbered === 1 ? `${scope.prefix}op1` : `${scope.prefix}p${next(scope, 'p')}`;
				} else {
					const printed = printedNumber(block.num);
					const expected = scope.lastNumber + 1;
					let number: number | string;
					if (typeof printed === 'string') number = printed;
					else if (printed === expected) number = printed;
					else if (printed !== undefined && printed > expected && isNextAfter(numberedAhead(index + 1), printed)) number = printed;
					else {
						number = expected;
						notes.push({ anchor: `${scope.prefix}op${expected}`, printed: block.num, note: `printed "${block.num}" where ${expected} follows ${scope.lastNumber}: the anchor takes the number in sequence` });
					}
					if (typeof number === 'number') scope.lastNumber = number;
					anchor = `${scope.prefix}op${number}`;
				}
				return { anchor, points: pointAnchors(block.points, anchor, 0), rows: [] };
			}
		}
	});
	return { anchors, notes };
}

/** A number printed after `printed` continues it (or nothing follows in the scope). */
function isNextAfter(following: number | string | undefined, printed: number): boolean {
	return following === undefined || following === printed + 1;
}

function partIndex(blocks: readonly Block[], index: number): number {
	let parts = 0;
	for (let i = 0; i <= index; i++) if (blocks[i]!.type === 'part') parts++;
	return parts;
}
