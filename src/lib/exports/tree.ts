/**
 * The flat sequence of a resolution's blocks as the tree their scopes make (src/lib/structure.ts):
 * a part holds its blocks and annexes, an annex its blocks and sections, a section its blocks.
 * Every data file walks this one tree, so that they agree on what belongs where.
 */
import type { AnchoredBlock, AnchoredPoint, Paragraph, Resolution } from '../resolution';
import type { Annex, Part, Section } from '../structure';

export type ContainerBlock = AnchoredBlock<Part> | AnchoredBlock<Annex> | AnchoredBlock<Section>;
export type LeafBlock = Exclude<AnchoredBlock, ContainerBlock>;

export interface ContainerNode {
	block: ContainerBlock;
	children: TreeNode[];
}
export interface LeafNode {
	block: LeafBlock;
}
export type TreeNode = ContainerNode | LeafNode;

export function isContainer(node: TreeNode): node is ContainerNode {
	return 'children' in node;
}

const containerTypes = new Set(['part', 'annex', 'section']);

/** The blocks of a resolution as a tree, in the order printed. */
export function blockTree(resolution: Pick<Resolution, 'blocks'>): TreeNode[] {
	const roots: TreeNode[] = [];
	const containers = new Map<string, ContainerNode>();
	for (const block of resolution.blocks) {
		const { part, annex, section } = block.scope;
		const parent = section ?? annex ?? part;
		const siblings = parent ? containers.get(parent.anchor)!.children : roots;
		if (containerTypes.has(block.type)) {
			const node: ContainerNode = { block: block as ContainerBlock, children: [] };
			containers.set(block.anchor, node);
			siblings.push(node);
		} else siblings.push({ block: block as LeafBlock });
	}
	return roots;
}

/** Every anchor of a block, in reading order: the block's, its sub-paragraphs' (depth first) and its table rows'. */
export function* blockAnchors(block: AnchoredBlock): Generator<{ anchor: string; akn4unId: string | undefined }> {
	yield { anchor: block.anchor, akn4unId: block.akn4unId };
	if (block.type === 'paragraph') yield* pointAnchors(block.points);
	if (block.type === 'table') for (const row of block.rowAnchors) yield { anchor: row, akn4unId: undefined };
}

function* pointAnchors(points: readonly AnchoredPoint[]): Generator<{ anchor: string; akn4unId: string | undefined }> {
	for (const point of points) {
		yield { anchor: point.anchor, akn4unId: point.akn4unId };
		yield* pointAnchors(point.points);
	}
}

/** Whether a paragraph's text holds lettered sub-paragraphs or text after them. */
export function hasStructure(paragraph: Paragraph): boolean {
	return paragraph.points.length > 0 || paragraph.wrapUp.length > 0;
}
