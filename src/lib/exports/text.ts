/**
 * `data.txt`: the resolution as plain text, laid out in the printed order (cover lines, title,
 * enacting formula, the blocks of the text, meeting and date, annexes, footnotes), for people who paste.
 * One paragraph per line, so that a pasted paragraph rewraps in its new home; a blank line
 * between blocks. Sub-paragraphs follow their paragraph on lines of their own, indented four
 * spaces per level; a table gives one row per line, its cells separated by tabs.
 */
import type { Inline } from '../inline';
import type { AnchoredPoint, Paragraph, Resolution } from '../resolution';
import type { Table } from '../structure';
import { printedResolutionNumber } from './akn';
import { blockTree, isContainer, type TreeNode } from './tree';

const superscripts: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** Indentation of one level of sub-paragraphs. */
export const pointIndent = '    ';

/** A footnote marker as superscript digits, as printed: "1" → "¹". */
export function superscriptMarker(marker: string): string {
	return [...marker].map((char) => superscripts[char] ?? char).join('');
}

/** Letters and digits that Unicode has raised forms of ("q" has none). */
const raisedForms: Record<string, string> = {
	...superscripts,
	...Object.fromEntries([...'abcdefghijklmnoprstuvwxyz'].map((letter, index) => [letter, [...'ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'][index]!])),
	'(': '⁽',
	')': '⁾',
};

/** Raised text in raised characters ("n<sup>o</sup>" → "nᵒ", "1<sup>er</sup>" → "1ᵉʳ") when Unicode has them all; else as it is. */
export function raised(text: string): string {
	const chars = [...text];
	return chars.every((char) => /\s/u.test(char) || raisedForms[char] !== undefined) ? chars.map((char) => raisedForms[char] ?? char).join('') : text;
}

/** Inline nodes as plain text, with footnote calls as superscript markers and raised text raised, as printed. */
function lineText(nodes: readonly Inline[]): string {
	return inlineText(nodes).trim();
}

function inlineText(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'footnoteRef':
					return superscriptMarker(node.marker);
				case 'superscript':
					return raised(inlineText(node.children));
				default:
					return inlineText(node.children);
			}
		})
		.join('');
}

/** Text after its printed number, if any: "1. Declares …", "(a) In electing …". */
function numbered(num: string | undefined, text: string): string {
	return num === undefined ? text : text === '' ? num : `${num} ${text}`;
}

function pointLines(points: readonly AnchoredPoint[], depth: number): string[] {
	return points.flatMap((point) => [`${pointIndent.repeat(depth)}${numbered(point.num, lineText(point.content))}`, ...pointLines(point.points, depth + 1)]);
}

/** A paragraph: its text, its sub-paragraphs indented, the words after them. */
export function paragraphText(paragraph: Paragraph): string {
	const first = numbered(paragraph.num, lineText(paragraph.content));
	return [...(first === '' ? [] : [first]), ...pointLines(paragraph.points, 1), ...paragraph.wrapUp.map(lineText)].join('\n');
}

/** A table: one row per line, cells separated by tabs; a cell spanning columns is followed by empty ones. */
export function tableText(table: Pick<Table, 'rows'>): string {
	return table.rows.map((row) => row.cells.map((cell) => [lineText(cell.content), ...Array<string>((cell.colspan ?? 1) - 1).fill('')].join('\t')).join('\t')).join('\n');
}

/** The text of `data.txt`: blocks separated by a blank line, ending with a newline. */
export function resolutionText(resolution: Resolution): string {
	const { facts, footnotes } = resolution;
	const meetingAndDate = (meeting: string) => [meeting, facts.adopted.label].join('\n');
	const lines = (...texts: (string | undefined)[]) => texts.filter((text): text is string => text !== undefined && text !== '').join('\n');

	const blockText = (node: TreeNode): string[] => {
		if (isContainer(node)) {
			const container = node.block;
			const children = () => node.children.flatMap(blockText);
			switch (container.type) {
				case 'part':
					return [
						lines(container.num, lineText(container.content)),
						...(container.enactingFormula ? [lineText(container.enactingFormula)] : []),
						...statement(node.children, container.meeting ?? facts.adopted.meeting),
					];
				case 'annex':
					return [lines(...container.lines.map(lineText)), ...children()];
				case 'section':
					return [lines(container.num, lineText(container.content)), ...children()];
			}
		}
		const leaf = node.block;
		switch (leaf.type) {
			case 'paragraph':
				return [paragraphText(leaf)];
			case 'heading':
				return [numbered(leaf.num, lineText(leaf.content))];
			case 'table':
				return [tableText(leaf)];
		}
	};

	/** A resolution's (or a part's) blocks, then the meeting and date printed after them, then its annexes. */
	const statement = (nodes: readonly TreeNode[], meeting: string): string[] => {
		const isAnnex = (node: TreeNode) => node.block.type === 'annex';
		return [...nodes.filter((node) => !isAnnex(node)).flatMap(blockText), meetingAndDate(meeting), ...nodes.filter(isAnnex).flatMap(blockText)];
	};

	const tree = blockTree(resolution);
	const hasParts = tree.some((node) => node.block.type === 'part');
	const blocks: string[] = [
		lines(facts.organization, facts.symbol, facts.body, facts.distribution, facts.issued.label),
		lines(facts.session.title, facts.agendaItem.label, ...facts.agendaItem.titles),
		facts.adopted.heading,
		resolution.proponent ? lineText(resolution.proponent) : '',
		facts.title === undefined ? printedResolutionNumber(facts) : `${printedResolutionNumber(facts)} ${facts.title}`,
		resolution.enactingFormula ? lineText(resolution.enactingFormula) : '',
		// A document of parts prints the meeting after each part.
		...(hasParts ? tree.flatMap(blockText) : statement(tree, facts.adopted.meeting)),
	].filter((text) => text !== '');
	if (footnotes.length > 0) {
		blocks.push(['__________', ...footnotes.map((note) => `${superscriptMarker(note.marker)} ${lineText(note.content)}`)].join('\n'));
	}
	return `${blocks.join('\n\n')}\n`;
}
