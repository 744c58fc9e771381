/**
 * Word-level differences between two texts, for the changes pages: the words inserted and deleted,
 * shown as `<ins>` and `<del>`. Texts are cut into words, spaces and punctuation marks (a Chinese
 * character is a word), so that a changed number or comma shows as that alone.
 */
import { diffArrays } from 'diff';

/** A run of text: in both texts, only in the new one (`ins`) or only in the old one (`del`). */
export interface Segment {
	type: 'same' | 'ins' | 'del';
	text: string;
}

/** A text cut into words, runs of space and single other characters; joined, they give the text back. */
export function tokens(text: string): string[] {
	return text.match(/\p{Script=Han}|[\p{L}\p{N}\p{M}]+|\s+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/**
 * The differences from `before` to `after`, as runs. A space alone between two changes joins them,
 * so that a replaced phrase reads as one deletion and one insertion, not word by word.
 */
export function wordDiff(before: string, after: string): Segment[] {
	const runs: Segment[] = [];
	const push = (type: Segment['type'], text: string) => {
		const last = runs.at(-1);
		if (last?.type === type) last.text += text;
		else if (text !== '') runs.push({ type, text });
	};
	for (const change of diffArrays(tokens(before), tokens(after))) {
		push(change.added ? 'ins' : change.removed ? 'del' : 'same', change.value.join(''));
	}
	// Fold short unchanged spaces between changes into them: "del del ins ins" for "a b" → "c d".
	const folded: Segment[] = [];
	for (let i = 0; i < runs.length; i++) {
		const run = runs[i]!;
		const between = run.type === 'same' && /^\s+$/.test(run.text) && i > 0 && i < runs.length - 1 && runs[i - 1]!.type !== 'same' && runs[i + 1]!.type !== 'same';
		if (between) {
			folded.push({ type: 'del', text: run.text }, { type: 'ins', text: run.text });
		} else folded.push({ ...run });
	}
	// Group each stretch of changes as all its deletions, then all its insertions.
	const grouped: Segment[] = [];
	let del = '';
	let ins = '';
	const flush = () => {
		if (del) grouped.push({ type: 'del', text: del });
		if (ins) grouped.push({ type: 'ins', text: ins });
		del = ins = '';
	};
	for (const run of folded) {
		if (run.type === 'del') del += run.text;
		else if (run.type === 'ins') ins += run.text;
		else {
			flush();
			grouped.push(run);
		}
	}
	flush();
	return grouped;
}

/** The text a diff was made to (`after`) or from (`before`), for checks. */
export function sideOf(segments: readonly Segment[], side: 'before' | 'after'): string {
	return segments.filter((segment) => segment.type === 'same' || segment.type === (side === 'after' ? 'ins' : 'del')).map((segment) => segment.text).join('');
}

/** Runs cut at line breaks: the runs of each line, for a text compared line by line. */
export function segmentLines(segments: readonly Segment[]): Segment[][] {
	const lines: Segment[][] = [[]];
	for (const segment of segments) {
		segment.text.split('\n').forEach((part, index) => {
			if (index > 0) lines.push([]);
			if (part !== '') lines.at(-1)!.push({ type: segment.type, text: part });
		});
	}
	return lines;
}
