/**
 * A reader of the site's own HTML (the pages this build writes), for the search index: elements
 * with their attributes, children and place in the source, text with its character references
 * decoded. Not a browser's parser: it expects what Astro writes (every element closed, quoted
 * attributes), which is what the index reads. A DOM library built for 6,000 pages took most of the
 * index's time: a node, a map and a weak reference for every element, text and attribute.
 */

/** An element of the page: its tag name (lower case), attributes (values decoded), children, and where it lies in the source. */
export interface MarkupElement {
	name: string;
	attributes: Map<string, string>;
	/** Text (decoded) and elements, in order. */
	children: (string | MarkupElement)[];
	/** The element it lies in (the document's root for `<html>`). */
	parent?: MarkupElement;
	/** Its start tag's first character and the character after its end tag (or start tag, for a void element) in the source. */
	start: number;
	end: number;
}

/** A page read: its root (the children of the document) and every element in document order. */
export interface Markup {
	root: MarkupElement;
	elements: MarkupElement[];
}

/** Elements that never have an end tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag, never markup. */
const rawTextElements = new Set(['script', 'style']);

const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references decoded (numeric ones and the few named ones Astro writes). */
export function decodeReferences(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (reference, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
		const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
		// A code point outside Unicode stays as written (String.fromCodePoint would throw).
		if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
		return namedReferences[name!] ?? reference;
	});
}

// A comment, a doctype, an end tag, or a start tag with its attributes (values quoted or not, `>` allowed inside quotes).
const token = /<!--[^]*?-->|<![^>]*>|<\/([a-zA-Z][^\s/>]*)\s*>|<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Reads a page. An end tag closes the open element of its name (and any left open inside it); one with none open is ignored. */
export function readMarkup(html: string): Markup {
	const root: MarkupElement = { name: '#document', attributes: new Map(), children: [], start: 0, end: html.length };
	const elements: MarkupElement[] = [];
	const open: MarkupElement[] = [root];
	const addText = (from: number, to: number) => {
		if (to > from) open.at(-1)!.children.push(decodeReferences(html.slice(from, to)));
	};
	let at = 0;
	token.lastIndex = 0;
	for (let match = token.exec(html); match; match = token.exec(html)) {
		addText(at, match.index);
		at = token.lastIndex;
		const [, endName, startName, attributeText, selfClosing] = match;
		if (endName !== undefined) {
			const name = endName.toLowerCase();
			const index = open.findLastIndex((element) => element.name === name);
			if (index > 0) {
				for (const element of open.splice(index)) element.end = at;
			}
		} else if (startName !== undefined) {
			const name = startName.toLowerCase();
			const attributes = new Map<string, string>();
			for (const [, key, double, single, bare] of attributeText!.matchAll(attribute)) {
				// Names as written: Astro writes HTML's in lower case, and SVG's keep theirs (`viewBox`).
				if (!attributes.has(key!)) attributes.set(key!, decodeReferences(double ?? single ?? bare ?? ''));
			}
			const element: MarkupElement = { name, attributes, children: [], parent: open.at(-1)!, start: match.index, end: at };
			open.at(-1)!.children.push(element);
			elements.push(element);
			if (rawTextElements.has(name)) {
				const end = new RegExp(`</${name}`, 'gi');
				end.lastIndex = at;
				const close = end.exec(html)?.index ?? -1;
				const stop = close === -1 ? html.length : close;
				if (stop > at) element.children.push(html.slice(at, stop));
				const after = close === -1 ? html.length : html.indexOf('>', close) + 1;
				element.end = after;
				at = after;
				token.lastIndex = after;
			} else if (!voidElements.has(name) && !selfClosing) open.push(element);
		}
	}
	addText(at, html.length);
	for (const element of open.splice(1)) element.end = html.length;
	return { root, elements };
}

/** The text of an element, as the DOM's textContent gives it. */
export function textOf(element: MarkupElement): string {
	let text = '';
	for (const child of element.children) text += typeof child === 'string' ? child : textOf(child);
	return text;
}

/** Whether an element has a class. */
export function hasClass(element: MarkupElement, name: string): boolean {
	return (element.attributes.get('class') ?? '').split(/\s+/u).includes(name);
}

/** The elements inside `element`, in document order. */
export function descendants(element: MarkupElement): MarkupElement[] {
	const found: MarkupElement[] = [];
	const walk = (parent: MarkupElement) => {
		for (const child of parent.children) {
			if (typeof child === 'string') continue;
			found.push(child);
			walk(child);
		}
	};
	walk(element);
	return found;
}

/** The element's child elements. */
export function childElements(element: MarkupElement): MarkupElement[] {
	return element.children.filter((child): child is MarkupElement => typeof child !== 'string');
}

/** The element itself or the nearest element it lies in that `test` accepts. */
export function closest(element: MarkupElement, test: (element: MarkupElement) => boolean): MarkupElement | undefined {
	for (let at: MarkupElement | undefined = element; at; at = at.parent) if (at.name !== '#document' && test(at)) return at;
	return undefined;
}

/** The text of an element without what lies in the descendants `leaveOut` accepts. */
export function textLeavingOut(element: MarkupElement, leaveOut: (element: MarkupElement) => boolean): string {
	let text = '';
	for (const child of element.children) {
		if (typeof child === 'string') text += child;
		else if (!leaveOut(child)) text += textLeavingOut(child, leaveOut);
	}
	return text;
}
