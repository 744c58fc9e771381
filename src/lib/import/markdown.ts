/**
 * Writes the official text (`Inline` nodes of src/lib/inline.ts and the blocks of
 * src/lib/structure.ts) as the small MDX subset that content files use, escaping whatever MDX
 * would otherwise read as syntax, so that `parseBlock()` gives back exactly the same words.
 * Escapes are added only where needed, so that ordinary text stays readable for editors:
 * "[without reference to a Main Committee (…)]" keeps its brackets because nothing after them
 * could make a link.
 */
import { plainText, type FootnoteSource, type Inline } from '../inline';
import type { Block, Point, TableCell } from '../structure';

/** Always escaped: emphasis, code, JSX and expressions, escapes (and `~`, which GFM prose pages read as strikethrough). */
const alwaysEscaped = /[\\*_`~<>{}]/u;

/** Escapes one run of text. `next` is the first character written after it (or ''). */
export function escapeText(text: string, next: string, atLineStart: boolean): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		const following = i + 1 < text.length ? text[i + 1]! : next;
		if (alwaysEscaped.test(char)) {
			// `>` only starts a block quote at the start of a line; elsewhere it is text.
			out += char === '>' && !(atLineStart && i === 0) ? char : `\\${char}`;
			continue;
		}
		if (char === '[' && following === '^') out += '\\[';
		// A "]" followed by "(", "[" or ":" could close a link, a reference or a definition.
		else if (char === ']' && (following === '(' || following === '[' || following === ':')) out += '\\]';
		// "&copy;" or "&#123;" would be read as a character reference.
		else if (char === '&' && /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/u.test(text.slice(i) + next)) out += '\\&';
		else out += char;
	}
	if (atLineStart) out = escapeLineStart(out);
	return out;
}

/** White space other than a plain space, which MDX would trim at the start or end of a line: written as a character reference. */
function keepEdgeSpace(line: string): string {
	const reference = (char: string) => `&#${char.codePointAt(0)};`;
	return line.replace(/^[^\S ]+/u, (edge) => [...edge].map(reference).join('')).replace(/[^\S ]+$/u, (edge) => [...edge].map(reference).join(''));
}

/** Punctuation or white space, by CommonMark's rules for where `*` may open or close emphasis. */
const flankingBreaker = /[\s\p{P}\p{S}]/u;

/** A line that begins like a heading, quote, list item or thematic break is escaped at its start. */
function escapeLineStart(line: string): string {
	if (/^(?:#|>|[-+=](?:\s|$)|[-+=]{3,})/u.test(line)) return `\\${line}`;
	const ordered = /^([0-9]{1,9})([.)])(\s|$)/u.exec(line);
	if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
	return line;
}

/** Writes inline nodes as Markdown. Emphasis must not begin or end with white space. */
export function inlineMarkdown(nodes: readonly Inline[], atLineStart = true): string {
	const written = writeInline(nodes, atLineStart);
	return atLineStart ? keepEdgeSpace(written) : written;
}

function writeInline(nodes: readonly Inline[], atLineStart: boolean): string {
	const parts: string[] = [];
	// Written back to front so that each text run knows what follows it.
	for (let index = nodes.length - 1; index >= 0; index--) {
		const node = nodes[index]!;
		const next = parts[0]?.[0] ?? '';
		const lineStart = atLineStart && index === 0;
		switch (node.type) {
			case 'text':
				parts.unshift(escapeText(node.value, next, lineStart));
				break;
			case 'emphasis': {
				// `*…*` opens and closes wherever the words inside begin and end with a letter or digit;
				// around punctuation ("*重申，*", "*,*") CommonMark may not read it as emphasis: <em> then.
				// A link, footnote call or <sup> at its edge writes punctuation there ("*see [70/1](…)*"): a `*`
				// beside punctuation opens or closes only with white space or punctuation on its other side.
				const inner = inlineMarkdown(node.children, false);
				const text = plainText(node.children);
				const previous = index > 0 ? nodes[index - 1]! : undefined;
				const before = previous === undefined ? '' : previous.type === 'text' ? previous.value.slice(-1) : '.';
				const edge = (inside: string, outside: string) => !flankingBreaker.test(inside) || outside === '' || flankingBreaker.test(outside);
				const starred =
					text !== '' && !flankingBreaker.test(text[0]!) && !flankingBreaker.test(text.at(-1)!) && !/^[\\&<]/u.test(inner) && !inner.endsWith('\\') && edge(inner[0]!, before) && edge(inner.at(-1)!, next);
				parts.unshift(starred ? `*${inner}*` : `<em>${inner}</em>`);
				break;
			}
			case 'documentLink':
			case 'externalLink':
				parts.unshift(`[${inlineMarkdown(node.children, false)}](${linkDestination(node.href)})`);
				break;
			case 'superscript':
				parts.unshift(`<sup>${inlineMarkdown(node.children, false)}</sup>`);
				break;
			case 'footnoteRef':
				parts.unshift(`[^${node.marker}]`);
				break;
		}
	}
	return parts.join('');
}

/** A link destination: in angle brackets when it holds a space or parenthesis that would end it. */
function linkDestination(href: string): string {
	// A destination reads backslash escapes and character references too ("&amp;" would become "&").
	const escaped = href.replace(/\\(?=[!-/:-@[-`{-~])/gu, '\\\\').replace(/&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/gu, '\\&');
	return /[\s()<>]/u.test(href) ? `<${escaped.replace(/[<>]/gu, encodeURIComponent)}>` : escaped;
}

/** An attribute of a JSX element, quoted with whichever quote its value does not hold (`&quot;` when it holds both). */
function attribute(name: string, value: string | number | boolean | undefined): string {
	if (value === undefined || value === false) return '';
	if (value === true) return ` ${name}`;
	// MDX reads character references in attribute values: "&amp;" would become "&".
	const text = String(value).replace(/&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/gu, '&amp;');
	if (!text.includes('"')) return ` ${name}="${text}"`;
	if (!text.includes("'")) return ` ${name}='${text}'`;
	return ` ${name}="${text.replaceAll('"', '&quot;')}"`;
}

function pointMarkdown(point: Point): string {
	const inner = [inlineMarkdown(point.content), ...point.points.map(pointMarkdown)].join('\n\n');
	return `<Point${attribute('num', point.num)}${attribute('akn4unId', point.akn4unId)}>\n${inner}\n</Point>`;
}

function cellMarkdown(cell: TableCell): string {
	return `<Cell${attribute('header', cell.header)}${attribute('colspan', cell.colspan)}${attribute('rowspan', cell.rowspan)}>${inlineMarkdown(cell.content, false)}</Cell>`;
}

/** A block's body (src/lib/block-content.ts reads it back): its text in the form of its kind, then its footnotes. */
export function blockMarkdown(block: Block, footnotes: readonly FootnoteSource[]): string {
	let parts: string[];
	switch (block.type) {
		case 'paragraph':
			parts = [...(block.content.length > 0 ? [inlineMarkdown(block.content)] : []), ...block.points.map(pointMarkdown), ...block.wrapUp.map((text) => inlineMarkdown(text))];
			break;
		case 'table':
			parts = [['<Table>', ...block.rows.flatMap((row) => ['<Row>', ...row.cells.map(cellMarkdown), '</Row>']), '</Table>'].join('\n')];
			break;
		case 'annex':
			parts = block.lines.map((line) => inlineMarkdown(line));
			break;
		default:
			parts = block.content.length > 0 ? [inlineMarkdown(block.content)] : [];
	}
	return [...parts, ...footnotes.map((note) => `[^${note.marker}]: ${inlineMarkdown(note.content)}`)].join('\n\n');
}
