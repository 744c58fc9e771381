/**
 * The rows of a resolution's languages side by side: every block, sub-paragraph and footnote of
 * any of its texts, in the order printed, each aligned with the same anchor in the others. A row
 * one language's file lacks (the UN's files sometimes differ in structure) is shown as absent
 * there, so that nothing after it shifts.
 */
import { documentTree, walkTree, type DocumentNode } from './document-tree';
import type { Inline } from './inline';
import type { AnchoredBlock, AnchoredPoint, Footnote, Paragraph, Resolution } from './resolution';

/** One row's content in one language. */
export type RowContent =
	| { row: 'block'; block: AnchoredBlock }
	| { row: 'point'; paragraph: Paragraph; point: AnchoredPoint; depth: number }
	| { row: 'wrap-up'; paragraph: Paragraph; text: Inline[] }
	| { row: 'formula'; formula: Inline[] }
	| { row: 'conclusion'; meeting: string }
	| { row: 'footnote'; footnote: Footnote };

export interface Row {
	/** The key rows align on: the anchor, or a name of its own for what has none ("op1~wrap-up"). */
	key: string;
	/** The anchor of the row, where it has one (a link lands on the aligned pair). */
	anchor?: string | undefined;
	/** Each side's content, absent where that language's text lacks it. */
	sides: (RowContent | undefined)[];
}

function* pointRows(paragraph: Paragraph, points: readonly AnchoredPoint[], depth: number): Generator<[string, RowContent]> {
	for (const point of points) {
		yield [point.anchor, { row: 'point', paragraph, point, depth }];
		yield* pointRows(paragraph, point.points, depth + 1);
	}
}

/** A text's rows, in order, by key. */
function rowsOf(resolution: Resolution): [string, RowContent][] {
	const rows: [string, RowContent][] = [];
	let scope = '';
	for (const node of walkTree(documentTree(resolution)) as Generator<DocumentNode>) {
		if (node.node === 'group') {
			if (node.formula) rows.push([`${scope}~formula`, { row: 'formula', formula: node.formula }]);
		} else if (node.node === 'formula') rows.push([`${scope}~formula`, { row: 'formula', formula: node.formula }]);
		else if (node.node === 'conclusion') rows.push([`${scope}~conclusion`, { row: 'conclusion', meeting: node.meeting }]);
		else {
			const block = node.block;
			if (block.type === 'part') scope = block.anchor;
			rows.push([block.anchor, { row: 'block', block }]);
			if (block.type === 'paragraph') {
				rows.push(...pointRows(block, block.points, 0));
				block.wrapUp.forEach((text, index) => rows.push([`${block.anchor}~wrap-up${index}`, { row: 'wrap-up', paragraph: block, text }]));
			}
		}
	}
	for (const footnote of resolution.footnotes) rows.push([footnote.anchor, { row: 'footnote', footnote }]);
	return rows;
}

/**
 * The rows of several texts: the first text's order, with each row only a later text has placed
 * after the row that precedes it there.
 */
export function sideBySideRows(texts: readonly Resolution[]): Row[] {
	const sides = texts.map((text) => new Map(rowsOf(text)));
	const order = [...(sides[0]?.keys() ?? [])];
	for (const side of sides.slice(1)) {
		let after = -1;
		for (const key of side.keys()) {
			const at = order.indexOf(key);
			if (at >= 0) after = at;
			else order.splice(++after, 0, key);
		}
	}
	return order.map((key) => ({ key, anchor: key.includes('~') ? undefined : key, sides: sides.map((side) => side.get(key)) }));
}
