/**
 * `data.txt`: the resolution as plain text, laid out in the printed order (cover lines, title,
 * enacting formula, paragraphs, meeting and date, footnotes), for people who paste. One
 * paragraph per line, so that a pasted paragraph rewraps in its new home.
 */
import type { Inline } from '../inline';
import type { Resolution } from '../resolution';

const superscripts: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** A footnote marker as superscript digits, as printed: "1" → "¹". */
export function superscriptMarker(marker: string): string {
	return [...marker].map((char) => superscripts[char] ?? char).join('');
}

/** Inline nodes as plain text, with footnote calls as superscript markers where printed. */
function lineText(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'footnoteRef':
					return superscriptMarker(node.marker);
				default:
					return lineText(node.children);
			}
		})
		.join('')
		.trim();
}

/** The text of `data.txt`: blocks separated by a blank line, ending with a newline. */
export function resolutionText(resolution: Resolution): string {
	const { facts, paragraphs, footnotes } = resolution;
	const blocks: string[] = [
		[facts.organization, facts.symbol, facts.body, facts.distribution, facts.issued.label].join('\n'),
		[facts.session.title, facts.agendaItem.label, facts.agendaItem.title].join('\n'),
		facts.adopted.heading,
		lineText(resolution.proponent),
		`${facts.number}. ${facts.title}`,
		lineText(resolution.enactingFormula),
		...paragraphs.map((paragraph) => (paragraph.kind === 'operative' ? `${paragraph.number}. ` : '') + lineText(paragraph.content)),
		[facts.adopted.meeting, facts.adopted.label].join('\n'),
	];
	if (footnotes.length > 0) {
		blocks.push(['__________', ...footnotes.map((note) => `${superscriptMarker(note.marker)} ${lineText(note.content)}`)].join('\n'));
	}
	return `${blocks.join('\n\n')}\n`;
}
