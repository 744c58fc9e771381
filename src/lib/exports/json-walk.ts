/**
 * Reading `data.json` (version 3) back, as a program would: each text is given once, so the
 * paragraphs are found by walking the tree, a block's footnotes by their anchors, a block's URL
 * from the page's, and the HTML of words without `html` is their text. docs/data-formats.md shows the same
 * walk; the tests read the published files through it.
 */
import type { BlockJson, FootnoteJson, ParagraphJson, PointJson, ResolutionJson, TextJson } from './json';

/** Every block of a tree, depth first: the order printed. */
export function* blocksOf(blocks: readonly BlockJson[]): Generator<BlockJson> {
	for (const block of blocks) {
		yield block;
		if ('children' in block) yield* blocksOf(block.children);
	}
}

/** Every sub-paragraph, its own sub-paragraphs after it: the order printed. */
export function* pointsOf(points: readonly PointJson[]): Generator<PointJson> {
	for (const point of points) {
		yield point;
		yield* pointsOf(point.points);
	}
}

/** Every paragraph of the text, wherever it is, in the order printed: the objects `paragraphs` names. */
export function paragraphsOf(data: Pick<ResolutionJson, 'content'>): ParagraphJson[] {
	return [...blocksOf(data.content)].filter((block): block is ParagraphJson => block.type === 'paragraph');
}

/** The words as HTML: `html` where given, else the text, which is then the same. */
export function htmlOf(words: TextJson): string {
	return words.html ?? words.text;
}

/** The footnotes a block calls, from the resolution's list, in order. */
export function footnotesOf(data: Pick<ResolutionJson, 'footnotes'>, block: Pick<BlockJson, 'footnotes'>): FootnoteJson[] {
	return block.footnotes.map((id) => {
		const note = data.footnotes.find((each) => each.id === id);
		if (!note) throw new Error(`footnote ${id} is not in the list of footnotes`);
		return note;
	});
}

/** Absolute URL of an anchor (a block, sub-paragraph, row or footnote) on the document page. */
export function anchorUrlOf(data: Pick<ResolutionJson, 'url'>, anchor: string): string {
	return `${data.url}#${anchor}`;
}
