/**
 * What changed from one resolution to its successor, block by block: every block of this year's
 * text marked new, changed, moved or unchanged against last year's, and last year's blocks that
 * were dropped, in their place. Blocks are matched by their text, never by their numbers, which
 * shift from year to year: first word for word, then the most alike of the rest (at least
 * `changedLikeness` of their words in common). A block's text is its own words with its
 * sub-paragraphs, the words after them and its footnotes; printed numbers and footnote markers are
 * left out, since they move with every insertion.
 */
import { plainText, type Inline } from '../inline';
import type { AnchoredBlock, AnchoredPoint, Resolution } from '../resolution';
import { wordDiff, type Segment } from './word-diff';

/** One block as compared. */
export interface ComparedBlock {
	/** Its anchor: `op5`, `h2`, `annex-sec1-pp3`. */
	anchor: string;
	type: AnchoredBlock['type'];
	/** Preambular or operative, for a paragraph. */
	kind?: 'preambular' | 'operative' | undefined;
	/** The number or letter printed before it, when there is one: "5.", "IV". */
	num?: string | undefined;
	/** The UN's element id, when its file gives one (`para_25`). */
	akn4unId?: string | undefined;
	/** Its text, line by line: the words, then each sub-paragraph after its letter, then the words after them. */
	lines: string[];
	/** The texts of the footnotes it calls, in order. */
	footnotes: string[];
}

/** What can happen to a block from last year to this year, in the order counts are given. */
export const changeStatuses = ['new', 'changed', 'moved', 'unchanged', 'dropped'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

/** One block of the comparison: this year's (`block`), last year's (`was`), or both. */
export interface AlignedBlock {
	status: ChangeStatus;
	/** This year's block; absent for a dropped one. */
	block?: ComparedBlock | undefined;
	/** Last year's block; absent for a new one. */
	was?: ComparedBlock | undefined;
	/** Matched out of last year's order (a moved block, or a changed one that also moved). */
	moved: boolean;
	/** Words in common, 0 to 1 (1: the same text). */
	likeness: number;
	/** For a changed block, the words deleted and inserted in its lines (joined by line breaks) and in its footnotes. */
	diff?: { lines: Segment[]; footnotes: Segment[] } | undefined;
}

/** The comparison of a resolution with its predecessor, in this year's order, dropped blocks in their place. */
export interface Alignment {
	blocks: AlignedBlock[];
	/** How many paragraphs are new, changed…: paragraphs only (headings and titles are marked, not counted). */
	counts: Record<ChangeStatus, number>;
}

/** The share of words two blocks must have in common to be the same block changed (else one is new and one dropped). */
export const changedLikeness = 0.5;

const whitespace = /\s+/gu;

/** Text as compared: runs of space (non-breaking ones too) as one space. */
function normalized(text: string): string {
	return text.replace(whitespace, ' ').trim();
}

function line(num: string | undefined, content: readonly Inline[]): string {
	return normalized([num, plainText(content)].filter(Boolean).join(' '));
}

function pointLines(points: readonly AnchoredPoint[]): string[] {
	return points.flatMap((point) => [line(point.num, point.content), ...pointLines(point.points)]);
}

/** The blocks of a resolution as compared, in the order printed. */
export function comparedBlocks(resolution: Resolution): ComparedBlock[] {
	return resolution.blocks.map((block) => {
		const lines = (() => {
			switch (block.type) {
				case 'paragraph':
					return [line(undefined, block.content), ...pointLines(block.points), ...block.wrapUp.map((text) => line(undefined, text))];
				case 'table':
					return block.rows.map((row) => row.cells.map((cell) => normalized(plainText(cell.content))).join(' | '));
				case 'annex':
					return block.lines.map((text) => line(undefined, text));
				default:
					return [line(undefined, block.content)];
			}
		})().filter((text) => text !== '');
		return {
			anchor: block.anchor,
			type: block.type,
			kind: block.type === 'paragraph' ? block.kind : undefined,
			num: 'num' in block ? block.num : undefined,
			akn4unId: block.akn4unId,
			lines,
			footnotes: block.footnotes.map((footnote) => normalized(plainText(footnote.content))),
		};
	});
}

/** Blocks that may match: a paragraph with a paragraph, a table with a table, a title (heading, section, part, annex) with a title. */
function family(block: ComparedBlock): string {
	return block.type === 'paragraph' || block.type === 'table' ? block.type : 'title';
}

function textOf(block: ComparedBlock): string {
	return [...block.lines, '', ...block.footnotes].join('\n');
}

function wordBag(block: ComparedBlock): Map<string, number> {
	const bag = new Map<string, number>();
	for (const word of textOf(block).toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
	return bag;
}

/** Words in common over words in both (Dice), 0 to 1. */
export function likeness(a: Map<string, number>, b: Map<string, number>): number {
	let common = 0;
	let total = 0;
	for (const count of a.values()) total += count;
	for (const count of b.values()) total += count;
	for (const [word, count] of a) common += Math.min(count, b.get(word) ?? 0);
	return total === 0 ? 1 : (2 * common) / total;
}

/** Indices of a longest increasing subsequence of `values`. */
function longestIncreasing(values: readonly number[]): Set<number> {
	const tails: number[] = [];
	const previous: number[] = Array<number>(values.length).fill(-1);
	values.forEach((value, index) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (values[tails[middle]!]! < value) low = middle + 1;
			else high = middle;
		}
		if (low > 0) previous[index] = tails[low - 1]!;
		tails[low] = index;
	});
	const kept = new Set<number>();
	for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) kept.add(index);
	return kept;
}

/** Compares this year's blocks with last year's. */
export function alignBlocks(after: readonly ComparedBlock[], before: readonly ComparedBlock[]): Alignment {
	const matchOf = new Map<number, number>(); // this year's index → last year's
	const taken = new Set<number>();

	// Word for word first, in order.
	const byText = new Map<string, number[]>();
	before.forEach((block, index) => {
		const key = `${family(block)}\n${textOf(block)}`;
		byText.set(key, [...(byText.get(key) ?? []), index]);
	});
	after.forEach((block, index) => {
		const candidates = byText.get(`${family(block)}\n${textOf(block)}`);
		const found = candidates?.find((candidate) => !taken.has(candidate));
		if (found !== undefined) {
			matchOf.set(index, found);
			taken.add(found);
		}
	});

	// Then the most alike of the rest, best pairs first.
	const bags = new Map<ComparedBlock, Map<string, number>>();
	const bagOf = (block: ComparedBlock) => {
		let bag = bags.get(block);
		if (!bag) bags.set(block, (bag = wordBag(block)));
		return bag;
	};
	const pairs: { after: number; before: number; likeness: number }[] = [];
	after.forEach((block, a) => {
		if (matchOf.has(a)) return;
		before.forEach((old, b) => {
			if (taken.has(b) || family(old) !== family(block)) return;
			const alike = likeness(bagOf(block), bagOf(old));
			if (alike >= changedLikeness) pairs.push({ after: a, before: b, likeness: alike });
		});
	});
	pairs.sort((x, y) => y.likeness - x.likeness || Math.abs(x.after - x.before) - Math.abs(y.after - y.before));
	for (const pair of pairs) {
		if (matchOf.has(pair.after) || taken.has(pair.before)) continue;
		matchOf.set(pair.after, pair.before);
		taken.add(pair.before);
	}

	// Blocks matched in last year's order are in place; the others moved.
	const matched = [...matchOf.keys()].sort((x, y) => x - y);
	const inOrder = longestIncreasing(matched.map((index) => matchOf.get(index)!));
	const moved = new Set(matched.filter((_, position) => !inOrder.has(position)));

	const aligned: AlignedBlock[] = after.map((block, index) => {
		const beforeIndex = matchOf.get(index);
		if (beforeIndex === undefined) return { status: 'new', block, moved: false, likeness: 0 };
		const was = before[beforeIndex]!;
		const same = textOf(was) === textOf(block);
		const isMoved = moved.has(index);
		if (same) return { status: isMoved ? 'moved' : 'unchanged', block, was, moved: isMoved, likeness: 1 };
		return {
			status: 'changed',
			block,
			was,
			moved: isMoved,
			likeness: likeness(bagOf(block), bagOf(was)),
			diff: { lines: wordDiff(was.lines.join('\n'), block.lines.join('\n')), footnotes: wordDiff(was.footnotes.join('\n'), block.footnotes.join('\n')) },
		};
	});

	// Dropped blocks after the block that follows last year's block before them.
	const afterIndexOf = new Map([...matchOf].map(([a, b]) => [b, a]));
	const result: AlignedBlock[] = [];
	const droppedAt = new Map<number, AlignedBlock[]>(); // this year's index they follow (-1: at the start)
	before.forEach((was, index) => {
		if (taken.has(index)) return;
		let anchor = -1;
		for (let previous = index - 1; previous >= 0; previous--) {
			const a = afterIndexOf.get(previous);
			if (a !== undefined && !moved.has(a)) {
				anchor = a;
				break;
			}
		}
		droppedAt.set(anchor, [...(droppedAt.get(anchor) ?? []), { status: 'dropped', was, moved: false, likeness: 0 }]);
	});
	result.push(...(droppedAt.get(-1) ?? []));
	aligned.forEach((block, index) => result.push(block, ...(droppedAt.get(index) ?? [])));

	const counts = Object.fromEntries(changeStatuses.map((status) => [status, 0])) as Record<ChangeStatus, number>;
	for (const block of result) if ((block.block ?? block.was)!.type === 'paragraph') counts[block.status]++;
	return { blocks: result, counts };
}
