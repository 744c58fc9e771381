/**
 * The body of a block's content file, read into the structure of src/lib/structure.ts. Each kind
 * of block has one form, written in MDX and read with MDX's own grammar:
 *
 *   preambular, operative   the text (beginning with the *lead phrase*), then its lettered
 *                           sub-paragraphs, each a <Point num="(a)"> holding its text and its own
 *                           <Point>s, then any text printed after them, then footnote definitions
 *   heading, section, part  the heading or title, one line (a section's may be empty)
 *   annex                   the lines at its head ("Annex", its title), one paragraph each
 *   table                   <Table> of <Row>s, each holding its <Cell>s (attributes `header`,
 *                           `colspan`, `rowspan`), one per line
 *
 * Footnote definitions (`[^3]: …`) come last in any block. Anything else is an error naming the
 * file, what was expected and what was found.
 */
import type { Paragraph as MdastParagraph, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { BlockData } from '../schemas/block';
import { ContentError } from './content-error';
import { describeNode, footnoteDefinition, parseLine, parseMdx, toInline, type FootnoteSource, type Inline } from './inline';
import type { Block, Point, SourceBlock, TableCell } from './structure';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** Reads a block from its validated frontmatter and its body. */
export function parseBlock(data: BlockData, body: string, file: string): SourceBlock {
	const root = parseMdx(body, file);
	const definitions = root.children.filter((node) => node.type === 'footnoteDefinition');
	const firstDefinition = root.children.findIndex((node) => node.type === 'footnoteDefinition');
	const nodes = firstDefinition < 0 ? root.children : root.children.slice(0, firstDefinition);
	const stray = firstDefinition < 0 ? undefined : root.children.slice(firstDefinition).find((node) => node.type !== 'footnoteDefinition');
	if (stray) throw new ContentError(file, 'body', 'footnote definitions only after the text', describeNode(stray));
	const footnotes: FootnoteSource[] = definitions.map((node) => footnoteDefinition(node, file, 'body'));
	const source = { akn4unId: data.akn4unId };

	const only = (kindName: string, optional = false): Inline[] => {
		const [first, ...rest] = nodes;
		if (rest.length > 0 || (first && first.type !== 'paragraph')) {
			throw new ContentError(file, 'body', `one line of text (the ${kindName})`, describeNode(rest[0] ?? first!));
		}
		if (!first && !optional) throw new ContentError(file, 'body', `the ${kindName}`, 'nothing');
		return first ? toInline(first.children, file, 'body') : [];
	};

	let block: Block;
	switch (data.kind) {
		case 'preambular':
		case 'operative':
			block = { type: 'paragraph', kind: data.kind, num: data.num, lead: data.lead, ...source, ...paragraphParts(nodes, file) };
			break;
		case 'heading':
			// A heading may be its number alone: the letter of a part issued separately (75/251 C).
			block = { type: 'heading', num: data.num, ...source, content: only('heading', data.num !== undefined) };
			break;
		case 'section':
			block = { type: 'section', num: data.num, ...source, content: only('section title', true) };
			break;
		case 'part':
			if (!data.num) throw new ContentError(file, 'num', 'the letter of the part, as in its symbol ("A")', 'none');
			block = {
				type: 'part',
				num: data.num,
				...source,
				content: only('title of the part', true),
				enactingFormula: data.enactingFormula === undefined ? undefined : parseLine(data.enactingFormula, file, 'enactingFormula'),
				meeting: data.meeting,
			};
			break;
		case 'annex': {
			const odd = nodes.find((node) => node.type !== 'paragraph');
			if (odd || nodes.length === 0) throw new ContentError(file, 'body', 'the lines at the head of the annex, one paragraph each', odd ? describeNode(odd) : 'nothing');
			block = { type: 'annex', ...source, lines: nodes.map((node) => toInline((node as MdastParagraph).children, file, 'body')) };
			break;
		}
		case 'table': {
			const [table, ...rest] = nodes;
			if (!table || !isElement(table, 'Table') || rest.length > 0) {
				throw new ContentError(file, 'body', 'one <Table> of <Row>s', table ? describeNode(rest[0] ?? table) : 'nothing');
			}
			block = { type: 'table', ...source, rows: elements(table.children, 'Row', file).map((row) => ({ cells: cellsOf(row, file) })) };
			break;
		}
	}
	const kindOnly: [keyof BlockData, BlockData['kind'][]][] = [
		['num', ['preambular', 'operative', 'heading', 'section', 'part']],
		['lead', ['preambular', 'operative']],
		['enactingFormula', ['part']],
		['meeting', ['part']],
	];
	for (const [field, kinds] of kindOnly) {
		if (data[field] !== undefined && !kinds.includes(data.kind)) throw new ContentError(file, field, `no ${field} on ${/^[aeiou]/u.test(data.kind) ? 'an' : 'a'} ${data.kind} (only on ${kinds.join(', ')})`, JSON.stringify(data[field]));
	}
	return { block, footnotes };
}

/** A paragraph's text, then its <Point>s, then the text printed after them. */
function paragraphParts(nodes: readonly RootContent[], file: string): { content: Inline[]; points: Point[]; wrapUp: Inline[][] } {
	let index = 0;
	let content: Inline[] = [];
	if (nodes[0]?.type === 'paragraph') {
		content = toInline(nodes[0].children, file, 'body');
		index = 1;
	}
	const points: Point[] = [];
	while (index < nodes.length && isElement(nodes[index]!, 'Point')) points.push(pointOf(nodes[index++] as Element, file));
	const wrapUp: Inline[][] = [];
	for (const node of nodes.slice(index)) {
		if (node.type !== 'paragraph') {
			throw new ContentError(file, 'body', 'the text, then its <Point>s, then any text printed after them', describeNode(node));
		}
		wrapUp.push(toInline(node.children, file, 'body'));
	}
	if (content.length === 0 && points.length === 0) throw new ContentError(file, 'body', 'the text of the paragraph', 'nothing');
	return { content, points, wrapUp };
}

/** A <Point num="(a)">: one paragraph of text, then its own points. */
function pointOf(element: Element, file: string): Point {
	const attributes = attributesOf(element, file, ['num', 'akn4unId']);
	const num = attributes.get('num');
	if (!num) throw new ContentError(file, 'body', 'a num attribute on every <Point>: <Point num="(a)">', describeNode(element));
	const [first, ...rest] = element.children as RootContent[];
	if (first?.type !== 'paragraph') throw new ContentError(file, `body <Point num="${num}">`, 'its text first', first ? describeNode(first) : 'nothing');
	const points = rest.map((node) => {
		if (!isElement(node, 'Point')) throw new ContentError(file, `body <Point num="${num}">`, 'only its text and its own <Point>s', describeNode(node));
		return pointOf(node, file);
	});
	return { num, akn4unId: attributes.get('akn4unId'), content: toInline(first.children, file, 'body'), points };
}

/** The cells of a <Row>, one per line (each line of cells is one paragraph to MDX). */
function cellsOf(row: Element, file: string): TableCell[] {
	const cells: TableCell[] = [];
	for (const node of row.children as RootContent[]) {
		if (node.type === 'paragraph') {
			for (const inline of node.children) {
				if (inline.type === 'text' && inline.value.trim() === '') continue;
				if (!isElement(inline, 'Cell')) throw new ContentError(file, 'body <Row>', 'only <Cell>s, one per line', describeNode(inline));
				cells.push(cellOf(inline, inline.children, file));
			}
		} else if (isElement(node, 'Cell')) {
			const children = node.children as RootContent[];
			const [only, ...more] = children;
			if (more.length > 0 || (only && only.type !== 'paragraph')) throw new ContentError(file, 'body <Cell>', 'one line of text', describeNode(more[0] ?? only!));
			cells.push(cellOf(node, only?.type === 'paragraph' ? only.children : [], file));
		} else throw new ContentError(file, 'body <Row>', 'only <Cell>s, one per line', describeNode(node));
	}
	if (cells.length === 0) throw new ContentError(file, 'body <Row>', 'at least one <Cell>', 'none');
	return cells;
}

function cellOf(element: Element, children: readonly RootContent[], file: string): TableCell {
	const attributes = attributesOf(element, file, ['header', 'colspan', 'rowspan']);
	const span = (name: 'colspan' | 'rowspan') => {
		const value = attributes.get(name);
		if (value === undefined) return undefined;
		if (!/^[1-9][0-9]*$/u.test(value)) throw new ContentError(file, `body <Cell ${name}>`, 'a whole number from 1', JSON.stringify(value));
		return Number(value);
	};
	return { header: attributes.has('header'), colspan: span('colspan'), rowspan: span('rowspan'), content: toInline(children, file, 'body') };
}

function isElement(node: RootContent | { type: string }, name: string): node is Element {
	return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as Element).name === name;
}

function elements(nodes: readonly RootContent[], name: string, file: string): Element[] {
	return nodes.map((node) => {
		if (!isElement(node, name)) throw new ContentError(file, 'body', `only <${name}>s here`, describeNode(node));
		return node;
	});
}

/** The string attributes of an element (a bare `header` gives ""), refusing any not in `allowed`. */
function attributesOf(element: Element, file: string, allowed: string[]): Map<string, string> {
	const found = new Map<string, string>();
	for (const attribute of element.attributes) {
		const name = (attribute as MdxJsxAttribute).name;
		if (attribute.type !== 'mdxJsxAttribute' || !allowed.includes(name)) {
			throw new ContentError(file, `body <${element.name}>`, `only the attributes ${allowed.join(', ')}`, attribute.type === 'mdxJsxAttribute' ? name : 'an expression');
		}
		if (attribute.value !== null && typeof attribute.value !== 'string') throw new ContentError(file, `body <${element.name} ${name}>`, 'a quoted value', 'an expression');
		found.set(name, attribute.value ?? '');
	}
	return found;
}
