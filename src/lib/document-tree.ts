/**
 * The resolution as its pages lay it out: the flat sequence of blocks as the tree their scopes make
 * (a part holds its blocks and annexes, an annex its blocks and sections, a section its blocks),
 * with the preamble and the operative part of the resolution, and of each part, gathered as the
 * UN prints them, after the enacting formula and before the place and date of adoption. Every view
 * (document page, outline, side by side) walks this one tree.
 */
import type { Inline } from './inline';
import type { AnchoredBlock, Resolution } from './resolution';
import type { Annex, Part, Section } from './structure';

export type ScopeBlock = AnchoredBlock<Part> | AnchoredBlock<Annex> | AnchoredBlock<Section>;
export type LeafBlock = Exclude<AnchoredBlock, ScopeBlock>;

/** A paragraph, heading or table. */
export interface LeafNode {
	node: 'leaf';
	block: LeafBlock;
}
/** A part, annex or section, with what it holds. */
export interface ScopeNode {
	node: 'scope';
	block: ScopeBlock;
	children: DocumentNode[];
}
/**
 * The preamble (`#preamble`, `#A-preamble` in part A) or the operative part (`#operative`) of a
 * resolution or of one of its parts; the enacting formula opens the first of them.
 */
export interface GroupNode {
	node: 'group';
	group: 'preamble' | 'operative';
	id: string;
	formula?: Inline[] | undefined;
	children: DocumentNode[];
}
/** The place and date of adoption, printed after the text of a resolution or part, before its annexes. */
export interface ConclusionNode {
	node: 'conclusion';
	meeting: string;
}
/** The enacting formula where no preamble or operative part follows it. */
export interface FormulaNode {
	node: 'formula';
	formula: Inline[];
}
export type DocumentNode = LeafNode | ScopeNode | GroupNode | ConclusionNode | FormulaNode;

const scopeTypes = new Set(['part', 'annex', 'section']);

/** The blocks as the tree of their scopes, in the order printed. */
function scopeTree(blocks: readonly AnchoredBlock[]): DocumentNode[] {
	const roots: DocumentNode[] = [];
	const scopes = new Map<string, ScopeNode>();
	for (const block of blocks) {
		const { part, annex, section } = block.scope;
		const parent = section ?? annex ?? part;
		const siblings = parent ? scopes.get(parent.anchor)!.children : roots;
		if (scopeTypes.has(block.type)) {
			const node: ScopeNode = { node: 'scope', block: block as ScopeBlock, children: [] };
			scopes.set(block.anchor, node);
			siblings.push(node);
		} else siblings.push({ node: 'leaf', block: block as LeafBlock });
	}
	return roots;
}

const isParagraph = (node: DocumentNode, kind: 'preambular' | 'operative') => node.node === 'leaf' && node.block.type === 'paragraph' && node.block.kind === kind;
const isAnnex = (node: DocumentNode) => node.node === 'scope' && node.block.type === 'annex';

/**
 * The text of a resolution or part, grouped: the enacting formula; the preamble (up to its last
 * preambular paragraph before the first operative one), when it has preambular paragraphs of its
 * own; the operative part (the rest: operative paragraphs, headings, tables, sections), when it has
 * operative paragraphs of its own; the place and date; then its annexes.
 */
function grouped(children: DocumentNode[], prefix: string, formula: Inline[] | undefined, meeting: string | undefined): DocumentNode[] {
	const firstAnnex = children.findIndex(isAnnex);
	const main = firstAnnex < 0 ? children : children.slice(0, firstAnnex);
	const annexes = firstAnnex < 0 ? [] : children.slice(firstAnnex);
	const firstOperative = main.findIndex((node) => isParagraph(node, 'operative'));
	const beforeOperative = firstOperative < 0 ? main : main.slice(0, firstOperative);
	let preambleEnd = -1;
	beforeOperative.forEach((node, index) => {
		if (isParagraph(node, 'preambular')) preambleEnd = index;
	});
	const out: DocumentNode[] = [];
	let pendingFormula = formula;
	const take = () => {
		const taken = pendingFormula;
		pendingFormula = undefined;
		return taken;
	};
	const preamble = main.slice(0, preambleEnd + 1);
	const rest = main.slice(preambleEnd + 1);
	if (preamble.length > 0) out.push({ node: 'group', group: 'preamble', id: `${prefix}preamble`, formula: take(), children: preamble });
	if (rest.some((node) => isParagraph(node, 'operative'))) out.push({ node: 'group', group: 'operative', id: `${prefix}operative`, formula: take(), children: rest });
	else {
		if (pendingFormula) out.push({ node: 'formula', formula: take()! });
		out.push(...rest);
	}
	if (meeting !== undefined) out.push({ node: 'conclusion', meeting });
	out.push(...annexes);
	return out;
}

/** The resolution's text as its pages lay it out. */
export function documentTree(resolution: Pick<Resolution, 'blocks' | 'enactingFormula' | 'facts'>): DocumentNode[] {
	const roots = scopeTree(resolution.blocks);
	const hasParts = roots.some((node) => node.node === 'scope' && node.block.type === 'part');
	const withParts = (nodes: DocumentNode[]): DocumentNode[] =>
		nodes.map((node) => {
			if (node.node !== 'scope' || node.block.type !== 'part') return node;
			const part = node.block;
			return { ...node, children: grouped(node.children, `${part.anchor}-`, part.enactingFormula, part.meeting) };
		});
	if (hasParts) return withParts(roots);
	return grouped(roots, '', resolution.enactingFormula, resolution.facts.adopted.meeting);
}

/** Every node of the tree, depth first, in the order printed. */
export function* walkTree(nodes: readonly DocumentNode[]): Generator<DocumentNode> {
	for (const node of nodes) {
		yield node;
		if (node.node === 'scope' || node.node === 'group') yield* walkTree(node.children);
	}
}
