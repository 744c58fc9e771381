/**
 * The inline content of the UN's files (the mixed content of a `<p>`, a `crossHeading`, a
 * `listIntroduction`) read into the site's inline model (src/lib/inline.ts): text, emphasis,
 * document links, external links, superscript and footnote calls.
 *
 *   span.italic, span."bold italic"   emphasis (a bold lead phrase too: Chinese and Arabic print leads in bold)
 *   span.bold, span.underline         plain text (presentation)
 *   a                                 documentLink for undocs.org (the link normalised to the file's
 *                                     language), externalLink for other web pages, text only for
 *                                     file:, about: and javascript:void(0) links; adjacent links to one address are one link
 *   sup                               superscript, except the brackets of an Arabic footnote call
 *                                     (dropped: see `markerBrackets`) and what has no words (text)
 *   authorialNote                     a footnote call, its text a footnote (the Arabic "()" placeholder dropped)
 */
import type { FootnoteSource, Inline } from '../inline';
import { undocsHref } from '../symbols';
import type { Language, Reader } from './context';
import { attr, children, collapse, found, isBlank, trimAscii, type ChildNode, type Element } from './xml';

/** Inline content before styles are resolved: spans keep their italic/bold marks. */
export type Raw = Inline | { type: 'styled'; italic: boolean; bold: boolean; children: Raw[] };

/** undocs.org language segments as the UN's files write them, to the site's codes. */
const undocsLanguages: Record<string, Language> = { ar: 'ar', zh: 'zh', ch: 'zh', en: 'en', fr: 'fr', ru: 'ru', es: 'es', sp: 'es' };

export type LinkTarget =
	| { type: 'documentLink'; symbol: string; href: string }
	| { type: 'externalLink'; href: string }
	| { type: 'local'; href: string }
	| { type: 'unknown'; href: string };

/**
 * What a link of the UN's file points to. An undocs.org link (also written `http:`, `//en/`,
 * `undocs/` without `.org`, without a language or with `ch`/`sp`) becomes the permalink in the
 * file's own language, its symbol the decoded path ("A/76/49 (vol. I)"); another web page stays
 * as it is; a link to the author's computer (`file:`, `about:`) or a script placeholder
 * (`javascript:void(0);`, French 75/233) is not a link.
 */
export function linkTarget(href: string, language: Language): LinkTarget {
	const trimmed = href.trim();
	const undocs = /^(?:https?:)?\/\/(?:www\.)?undocs(?:\.org)?\/+(?:([A-Za-z]{2})\/+)?(.*)$/u.exec(trimmed);
	if (undocs) {
		let path = undocs[2]!;
		// A two-letter first segment that is not a language ("ST/…") is part of the symbol.
		if (undocs[1] && !undocsLanguages[undocs[1].toLowerCase()]) path = `${undocs[1]}/${path}`;
		let symbol: string;
		try {
			symbol = decodeURIComponent(path);
		} catch {
			symbol = path;
		}
		symbol = symbol.replace(/[ \t\n\r\f]+/gu, ' ').trim();
		if (symbol === '' || /^\//u.test(symbol)) return { type: 'unknown', href };
		return { type: 'documentLink', symbol, href: undocsHref(symbol, language) };
	}
	if (/^https?:\/\/[^/\s]+\.[^/\s]+/u.test(trimmed)) return { type: 'externalLink', href: trimmed };
	if (/^(?:file|about):/iu.test(trimmed) || /^javascript:void\(0\);?$/iu.test(trimmed)) return { type: 'local', href: trimmed };
	return { type: 'unknown', href };
}

/** The characters of an element's text that are the brackets of Arabic footnote calls: text node → offsets. */
export type MarkerBrackets = Map<ChildNode, Set<number>>;

/** White space and direction marks, which may stand between a footnote call and its brackets. */
const besideMarker = /^[ \t\n\r\f\u00a0\u202f\u200e\u200f\u061c]$/u;

/**
 * Arabic prints a footnote call as "(1)": in the UN's files the brackets are usually `<sup>`s right
 * beside the `<authorialNote>` (sometimes in a bold span), but some files leave one in the text and
 * swap it with a bracket of the text ("(مسار ساموا(<sup>)</sup>[note]<sup>)</sup>": the text's closing
 * bracket is raised, the marker's opening one is not), put both after the note ("[note]()"), or hold
 * two markers' brackets and the comma between them in one `<sup>` ("<sup>)، (</sup>"). Each note's
 * marker is the nearest "(" before it and the nearest ")" after it, wherever they sit, passing over
 * white space and the other bracket (which stays, as text); with no "(" before it, a "()" right after
 * it. A bracket belongs to one marker, and a marker is taken only with both its brackets.
 */
export function markerBrackets(element: Element): MarkerBrackets {
	type Atom = { node: ChildNode; offset: number; ch: string } | 'note' | 'other';
	const atoms: Atom[] = [];
	const flatten = (parent: Element) => {
		for (const node of [...parent.childNodes] as ChildNode[]) {
			if (node.nodeType === 3) [...(node.textContent ?? '')].forEach((ch, offset) => atoms.push({ node, offset, ch }));
			else if (node.nodeType !== 1) continue;
			else if ((node as Element).localName === 'span' || (node as Element).localName === 'sup') flatten(node as Element);
			else atoms.push((node as Element).localName === 'authorialNote' ? 'note' : 'other');
		}
	};
	flatten(element);
	const taken = new Set<number>();
	const free = (i: number): { ch: string } | undefined => {
		const atom = atoms[i];
		return typeof atom === 'object' && !taken.has(i) ? atom : undefined;
	};
	atoms.forEach((atom, at) => {
		if (atom !== 'note') return;
		let open: number | undefined;
		for (let i = at - 1; free(i); i--) {
			const { ch } = free(i)!;
			if (ch === '(') {
				open = i;
				break;
			}
			if (ch !== ')' && !besideMarker.test(ch)) break;
		}
		let close: number | undefined;
		let passed: number | undefined;
		for (let i = at + 1; free(i); i++) {
			const { ch } = free(i)!;
			if (ch === ')') {
				close = i;
				break;
			}
			if (ch === '(') passed ??= i;
			else if (!besideMarker.test(ch)) break;
		}
		// "[note]()": both brackets after the call.
		if (open === undefined && passed !== undefined && close !== undefined) open = passed;
		if (open === undefined || close === undefined) return;
		taken.add(open);
		taken.add(close);
	});
	const brackets: MarkerBrackets = new Map();
	for (const i of taken) {
		const atom = atoms[i] as { node: ChildNode; offset: number };
		if (!brackets.has(atom.node)) brackets.set(atom.node, new Set());
		brackets.get(atom.node)!.add(atom.offset);
	}
	return brackets;
}

/** A text node's words without the brackets of footnote calls, each accounted for as dropped. */
function textOf(node: ChildNode, parent: Element, brackets: MarkerBrackets, reader: Reader): string {
	const words = node.textContent ?? '';
	const drop = brackets.get(node);
	if (!drop) return words;
	return [...words]
		.filter((ch, offset) => {
			if (!drop.has(offset)) return true;
			reader.drop(parent, ch, 'a bracket of an Arabic footnote call');
			return false;
		})
		.join('');
}

/** Text that is only punctuation and white space: raised, it is a typesetting slip ("l<sup>’</sup>homme"). */
const noWords = (words: string): boolean => !/[\p{L}\p{N}]/u.test(words);

/** Reads mixed content: text, styled spans, links, superscripts and footnotes. */
export function readInline(
	element: Element,
	reader: Reader,
	footnotes: FootnoteSource[] | undefined,
	skip?: (child: Element) => boolean,
	brackets: MarkerBrackets = reader.language === 'ar' ? markerBrackets(element) : new Map(),
): Raw[] {
	const result: Raw[] = [];
	let lastLink: { node: Extract<Inline, { type: 'documentLink' | 'externalLink' }>; href: string; sibling: ChildNode } | undefined;
	for (const node of [...element.childNodes] as ChildNode[]) {
		if (node.nodeType === 3) {
			result.push({ type: 'text', value: collapse(textOf(node, element, brackets, reader)) });
			continue;
		}
		if (node.nodeType !== 1) continue; // comments are not text
		const el = node as Element;
		if (skip?.(el)) continue;
		switch (el.localName) {
			case 'span': {
				const classes = (attr(el, 'class') ?? '').split(/\s+/u).filter(Boolean);
				const unknown = classes.filter((name) => name !== 'italic' && name !== 'bold' && name !== 'underline');
				if (unknown.length > 0) reader.problem(`span class "${unknown.join(' ')}"`, el, 'spans in italic, bold or underline', `class "${unknown.join(' ')}"`);
				if (classes.includes('underline')) reader.note(el, 'underlined text read as plain text');
				result.push({ type: 'styled', italic: classes.includes('italic'), bold: classes.includes('bold'), children: readInline(el, reader, footnotes, undefined, brackets) });
				break;
			}
			case 'a': {
				const inner = children(el);
				if (inner.length > 0) reader.problem('markup inside a link', inner[0]!, 'plain text in a link', `<${inner[0]!.localName}>`);
				const href = attr(el, 'href') ?? '';
				const target = linkTarget(href, reader.language);
				const words = collapse(el.textContent ?? '');
				if (target.type === 'unknown') {
					reader.problem('link to an unknown address', el, 'a link to undocs.org or another web page', found(href));
					result.push({ type: 'text', value: words });
					break;
				}
				if (target.type === 'local') {
					reader.note(el, `link to ${JSON.stringify(href.slice(0, 80))} (not a web page) read as its text only`);
					result.push({ type: 'text', value: words });
					break;
				}
				// Word splits one citation into several links to one address ("58/", "2", "92"): one link.
				if (lastLink && lastLink.href === target.href && lastLink.sibling === el.previousSibling) {
					const last = lastLink.node.children.at(-1);
					if (last?.type === 'text') last.value += words;
					else lastLink.node.children.push({ type: 'text', value: words });
					lastLink.sibling = el;
					break;
				}
				const link: Extract<Inline, { type: 'documentLink' | 'externalLink' }> =
					target.type === 'documentLink'
						? { type: 'documentLink', symbol: target.symbol, href: target.href, children: [{ type: 'text', value: words }] }
						: { type: 'externalLink', href: target.href, children: [{ type: 'text', value: words }] };
				result.push(link);
				lastLink = { node: link, href: target.href, sibling: el };
				break;
			}
			case 'authorialNote': {
				if (!footnotes) {
					reader.problem('footnote in footnote', el, 'text', '<authorialNote>');
					break;
				}
				const marker = attr(el, 'marker') ?? '';
				if (!/^[0-9]+$/u.test(marker)) reader.problem('footnote marker', el, 'a numeric marker', found(marker));
				const ps = children(el);
				if (ps.length !== 1 || ps[0]!.localName !== 'p') {
					reader.problem('footnote structure', el, 'one <p> in a footnote', ps.map((e) => `<${e.localName}>`).join(', ') || 'nothing');
					break;
				}
				footnotes.push({ marker, content: footnoteContent(ps[0]!, marker, reader) });
				result.push({ type: 'footnoteRef', marker });
				break;
			}
			case 'sup': {
				const inner = resolve(readInline(el, reader, footnotes, undefined, brackets));
				const words = plainRaw(inner);
				if (inner.every((n) => n.type === 'text') && noWords(words)) {
					// What is left of a marker's brackets ("<sup>)، (</sup>" keeps ", "), white space, a raised comma: text.
					if (!isBlank(words)) reader.note(el, `superscript ${JSON.stringify(words)} without words read as text`);
					result.push({ type: 'text', value: words });
					break;
				}
				result.push({ type: 'superscript', children: inner });
				break;
			}
			default:
				reader.problem(`element <${el.localName}> in text`, el, 'text, <span>, <a>, <sup> or <authorialNote>', `<${el.localName}>`);
		}
		if (el.localName !== 'a') lastLink = undefined;
	}
	return result;
}

/**
 * A footnote's text. Arabic footnotes begin with "()", the place of the marker, and a few others
 * begin with the marker itself, raised ("<sup>15</sup> Resolución 71/256"): the site prints the
 * marker, so neither is part of the note's words.
 */
function footnoteContent(p: Element, marker: string, reader: Reader): Inline[] {
	const raw = readInline(p, reader, undefined);
	const first = raw.findIndex((node) => !(node.type === 'text' && isBlank(node.value)));
	const head = raw[first];
	if (head?.type === 'text' && /^[ \t\n\r\f]*\(\)/u.test(head.value)) {
		head.value = head.value.replace(/^([ \t\n\r\f]*)\(\)/u, '$1 ');
		reader.drop(p, '()', 'the placeholder for the marker at the start of an Arabic footnote');
	} else if (head?.type === 'styled' && trimAscii(plainRaw(head.children)) === '()' && head.children.every((n) => n.type === 'text')) {
		// The placeholder in bold: <span class="bold">()</span>.
		raw.splice(first, 1, { type: 'text', value: ' ' });
		reader.drop(p, '()', 'the placeholder for the marker at the start of an Arabic footnote');
	} else if (head?.type === 'superscript' && trimAscii(plainRaw(head.children)) === marker) {
		raw.splice(first, 1, { type: 'text', value: ' ' });
		reader.drop(p, marker, 'the marker printed again at the start of the footnote');
	}
	return tidy(resolve(raw));
}

/**
 * Styles into the model: italics (and bold italics) are emphasis; bold alone and underline are
 * presentation and become plain text. (The lead phrase is taken before this: see `withLead`.)
 */
export function resolve(raw: readonly Raw[], inEmphasis = false): Inline[] {
	return raw.flatMap((node): Inline[] => {
		if (node.type !== 'styled') return [node];
		const inner = resolve(node.children, inEmphasis || node.italic);
		return node.italic && !inEmphasis ? [{ type: 'emphasis', children: inner }] : inner;
	});
}

/** The index of the first node that is not white space. */
export const firstWord = (raw: readonly Raw[]): number => raw.findIndex((node) => !(node.type === 'text' && isBlank(node.value)));

export const plainRaw = (raw: readonly Raw[]): string =>
	raw.map((node) => (node.type === 'text' ? node.value : node.type === 'footnoteRef' ? '' : plainRaw(node.children))).join('');

/**
 * The content of a paragraph with its lead phrase: the first styled span (italic, bold or bold
 * italic) when the text begins with it, as emphasis. A text that begins with plain words has no lead.
 */
export function withLead(raw: readonly Raw[]): { content: Inline[]; lead?: string } {
	const index = firstWord(raw);
	const first = raw[index];
	if (first?.type === 'styled' && (first.italic || first.bold) && !isBlank(plainRaw(first.children))) {
		const lead: Inline = { type: 'emphasis', children: resolve(first.children, true) };
		const content = tidy([...resolve(raw.slice(0, index)), lead, ...resolve(raw.slice(index + 1))]);
		const head = content[0];
		if (head?.type === 'emphasis') {
			const words = trimAscii(collapse(plainInline(head.children)));
			if (words !== '') return { content, lead: words };
		}
		return { content };
	}
	return { content: tidy(resolve(raw)) };
}

export const plainInline = (nodes: readonly Inline[]): string =>
	nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'footnoteRef' ? '' : plainInline(node.children))).join('');

/**
 * Joins adjacent text, collapses white space across the joins, moves white space out of the
 * edges of emphasis (Markdown emphasis cannot begin or end with it), joins adjacent emphasis
 * ("<i>у</i><i>читывая</i>") and trims the ends.
 */
export function tidy(nodes: readonly Inline[], trimEnds = true): Inline[] {
	const out: Inline[] = [];
	const pushText = (value: string) => {
		if (value === '') return;
		const last = out.at(-1);
		if (last?.type === 'text') last.value = collapse(last.value + value);
		else out.push({ type: 'text', value: collapse(value) });
	};
	for (const node of nodes) {
		if (node.type === 'text') pushText(node.value);
		else if (node.type === 'emphasis') {
			const inner = tidy(node.children, false);
			const firstText = inner[0]?.type === 'text' ? inner[0] : undefined;
			const before = firstText ? /^[ \t\n\r\f\u00a0\u202f]*/u.exec(firstText.value)![0] : '';
			if (firstText) firstText.value = firstText.value.slice(before.length);
			const lastNode = inner.at(-1);
			const lastText = lastNode?.type === 'text' ? lastNode : undefined;
			const after = lastText ? /[ \t\n\r\f\u00a0\u202f]*$/u.exec(lastText.value)![0] : '';
			if (lastText) lastText.value = lastText.value.slice(0, lastText.value.length - after.length);
			const kept = inner.filter((n) => !(n.type === 'text' && n.value === ''));
			pushText(before);
			if (kept.length > 0) {
				const previous = out.at(-1);
				if (previous?.type === 'emphasis' && before === '') previous.children = tidy([...previous.children, ...kept], false);
				else out.push({ type: 'emphasis', children: kept });
			}
			pushText(after);
		} else if (node.type === 'documentLink' || node.type === 'externalLink' || node.type === 'superscript') {
			const inner = tidy(node.children, false);
			if (inner.length === 0) continue;
			// A link or superscript of white space only ("<a> </a>", "<sup> </sup>") is that white space.
			if (inner.every((n) => n.type === 'text' && isBlank(n.value))) {
				pushText(plainInline(inner));
				continue;
			}
			out.push({ ...node, children: inner });
		} else out.push(node);
	}
	const result = out.filter((n) => !(n.type === 'text' && n.value === ''));
	if (!trimEnds) return result;
	const first = result[0];
	if (first?.type === 'text') first.value = first.value.replace(/^[ \t\n\r\f]+/u, '');
	const last = result.at(-1);
	if (last?.type === 'text') last.value = last.value.replace(/[ \t\n\r\f]+$/u, '');
	return result.filter((n) => !(n.type === 'text' && n.value === ''));
}

/**
 * A heading's or a part's text without its number printed again at its start: "<num>V.</num>
 * <subheading>V.	Addressing…" (English and Russian 76/258), "<docNumber>A</docNumber><docTitle>A
 * Бюджетные ассигнования…" (Russian 76/247 A-C). The number is read once; the repeat is accounted
 * for as dropped.
 */
export function withoutRepeatedNumber(content: Inline[], num: string | undefined, element: Element, reader: Reader): Inline[] {
	const first = content[0];
	if (num === undefined || num === '' || first?.type !== 'text' || !first.value.startsWith(num) || !/^(?:[ \u00a0]|$)/u.test(first.value.slice(num.length))) return content;
	const rest = first.value.slice(num.length).replace(/^[ \u00a0]+/u, '');
	reader.drop(element, num, 'the number printed again at the start of the heading');
	reader.note(element, `the number ${JSON.stringify(num)} printed again at the start of the heading read once`);
	return rest === '' ? content.slice(1) : [{ type: 'text', value: rest }, ...content.slice(1)];
}
