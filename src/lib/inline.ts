/**
 * The official text is authored in a deliberately small subset of MDX: plain text, italics,
 * raised text, links to UN documents and other pages, and footnotes. This module parses it, with
 * the grammar of MDX itself, into inline nodes that every view (HTML page, data files, plain
 * text) renders from, so that no two views can disagree about the words. The blocks around the
 * text (sub-paragraphs, tables) are read by src/lib/block-content.ts.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
// Adds MDX's JSX nodes (`<Point>`, `<sup>`) to the mdast types.
import type {} from 'mdast-util-mdx-jsx';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { ContentError, excerpt } from './content-error';
import { symbolOfUndocsUrl } from './symbols';

/** Text, exactly as printed. */
export interface TextNode {
	type: 'text';
	value: string;
}
/** Words printed in italics, such as the lead phrase. */
export interface EmphasisNode {
	type: 'emphasis';
	children: Inline[];
}
/**
 * A reference to a UN document, linked to its undocs.org permalink in the text's language:
 * `https://undocs.org/en/A/RES/73/338`. `symbol` is the document as the link names it, decoded
 * ("A/RES/73/338", "A/76/49 (vol. I)", "S/RES/2334 (2016)").
 */
export interface DocumentLinkNode {
	type: 'documentLink';
	symbol: string;
	href: string;
	children: Inline[];
}
/** A link to a page outside undocs.org, kept as the UN's file gives it and marked as external. */
export interface ExternalLinkNode {
	type: 'externalLink';
	href: string;
	children: Inline[];
}
/** Text printed raised: French and Spanish ordinals ("n<sup>o</sup>", "1<sup>er</sup>"), table-note letters. */
export interface SuperscriptNode {
	type: 'superscript';
	children: Inline[];
}
/** The superscript marker of a footnote, e.g. "1". */
export interface FootnoteRefNode {
	type: 'footnoteRef';
	marker: string;
}
export type Inline = TextNode | EmphasisNode | DocumentLinkNode | ExternalLinkNode | SuperscriptNode | FootnoteRefNode;

/** A footnote as authored: its official marker and its text. */
export interface FootnoteSource {
	marker: string;
	content: Inline[];
}

/**
 * GFM's footnotes, and nothing else of GFM: its other extensions would read the UN's words as
 * markup (a bare "www.un.org" as a link, "|" as a table).
 */
function remarkFootnotes(this: Processor): void {
	const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
	(data.micromarkExtensions ??= []).push(gfmFootnote());
	(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFootnotes);

const allowed = 'plain text, *italics* (or <em>italics</em>), <sup>raised text</sup>, [links](https://undocs.org/…) and footnote calls ([^1])';

/**
 * Parses MDX with the grammar of MDX itself (so that the content reads here as Astro would read
 * it), without compiling it. `file` and `field` only serve error messages.
 */
export function parseMdx(markdown: string, file: string, field = 'body'): Root {
	try {
		return parser.parse(markdown) as Root;
	} catch (error) {
		// MDX syntax errors (an unescaped "<" or "{") arrive without the file's name: add it.
		throw new ContentError(file, field, 'valid MDX (write "<" as &lt; and "{" as &#123;)', String((error as Error).message));
	}
}

/** Reads footnote definitions (`[^1]: …`), each one line of text. */
export function footnoteDefinition(node: RootContent, file: string, field: string): FootnoteSource {
	if (node.type !== 'footnoteDefinition') throw new ContentError(file, field, 'a footnote definition ([^1]: …)', describeNode(node));
	const [only, ...more] = node.children;
	if (only?.type !== 'paragraph' || more.length > 0) {
		throw new ContentError(file, `${field} footnote [^${node.identifier}]`, 'one line of text', describeNode(more[0] ?? only ?? node));
	}
	return { marker: node.label ?? node.identifier, content: toInline(only.children, file, field) };
}

/** Parses a one-line field such as the enacting formula: inline text only, no footnotes. */
export function parseLine(markdown: string, file: string, field: string): Inline[] {
	const root = parseMdx(markdown, file, field);
	const [first, ...rest] = root.children;
	if (rest.length > 0 || (first && first.type !== 'paragraph')) {
		throw new ContentError(file, field, 'one line of text without footnotes', describeNode(rest[0] ?? first!));
	}
	return first ? toInline(first.children, file, field) : [];
}

/** Reads the inline content of a paragraph into the model. */
export function toInline(nodes: readonly (PhrasingContent | RootContent)[], file: string, field: string): Inline[] {
	const result: Inline[] = [];
	for (const node of nodes) {
		switch (node.type) {
			case 'text': {
				// A footnote call without a definition stays literal text in GFM: catch it here.
				const call = /\[\^([^\]]*)\]/.exec(node.value);
				if (call) throw new ContentError(file, field, `a definition for footnote [^${call[1]}] in the same file`, 'none');
				result.push({ type: 'text', value: node.value.replace(/[ \t\r\n]+/g, ' ') });
				break;
			}
			case 'emphasis':
				result.push({ type: 'emphasis', children: toInline(node.children, file, field) });
				break;
			case 'link': {
				const children = toInline(node.children, file, field);
				const target = symbolOfUndocsUrl(node.url);
				if (target) result.push({ type: 'documentLink', symbol: target.symbol, href: node.url, children });
				else if (/^https?:\/\/[^/\s]+\.[^/\s]+/u.test(node.url) && !/^https?:\/\/(?:www\.)?undocs\.org\//u.test(node.url)) result.push({ type: 'externalLink', href: node.url, children });
				else throw new ContentError(file, field, 'links to https://undocs.org/<language>/<symbol>, or to another web page (https://…)', JSON.stringify(node.url));
				break;
			}
			case 'mdxJsxTextElement':
				if (node.name === 'sup' && node.attributes.length === 0) {
					result.push({ type: 'superscript', children: toInline(node.children, file, field) });
					break;
				}
				// Italics that begin or end with punctuation ("<em>重申，</em>"), which `*…*` cannot mark.
				if (node.name === 'em' && node.attributes.length === 0) {
					result.push({ type: 'emphasis', children: toInline(node.children, file, field) });
					break;
				}
				throw new ContentError(file, field, allowed, describeNode(node));
			case 'footnoteReference':
				result.push({ type: 'footnoteRef', marker: node.label ?? node.identifier });
				break;
			default:
				throw new ContentError(file, field, allowed, describeNode(node));
		}
	}
	return result;
}

/** A node of the parsed MDX, for error messages: its type, its words and its line. */
export function describeNode(node: RootContent | PhrasingContent): string {
	const line = node.position ? ` at line ${node.position.start.line} of the body` : '';
	const text = 'value' in node && typeof node.value === 'string' ? ` ${excerpt(node.value)}` : '';
	// A JSX element by its name too: "mdxJsxTextElement <Highlight>".
	const name = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? ` <${node.name ?? ''}>` : '';
	return `${node.type}${name}${text}${line}`;
}

/** The words of inline nodes, without footnote markers: what a reader quotes. */
export function plainText(nodes: readonly Inline[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return node.value;
				case 'footnoteRef':
					return '';
				default:
					return plainText(node.children);
			}
		})
		.join('');
}

/** Every inline node, depth first, for checks that look for one kind. */
export function* walkInline(nodes: readonly Inline[]): Generator<Inline> {
	for (const node of nodes) {
		yield node;
		if ('children' in node) yield* walkInline(node.children);
	}
}
