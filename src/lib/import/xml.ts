/**
 * Small helpers for reading the UN's Akoma Ntoso with linkedom: elements, attributes with their
 * character references decoded, ASCII white space (XML indentation) as opposed to the no-break
 * spaces that are text, and XPath-like paths that name an element in a problem report.
 */
export type Element = ReturnType<Document['querySelector']> & {};
export type ChildNode = Element['childNodes'][number];

/** XML indentation: runs of ASCII white space. A no-break space (U+00A0, U+202F) is text and is kept. */
const collapsible = /[ \t\n\r\f]+/gu;
export const collapse = (text: string): string => text.replace(collapsible, ' ');
export const trimAscii = (text: string): string => text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/gu, '');
export const isBlank = (text: string): boolean => /^[ \t\n\r\f]*$/u.test(text);
/** Collapses and trims ASCII white space: the only difference the importer allows itself. */
export const normalizeSpace = (text: string): string => trimAscii(collapse(text));

/**
 * An attribute's value, with character references decoded. (linkedom's `getAttribute()` in XML
 * mode gives `&#160;` for a no-break space and leaves `&amp;` encoded; the attribute node's value
 * is right.)
 */
export function attr(element: Element | null | undefined, name: string): string | null {
	return element?.getAttributeNode(name)?.value ?? null;
}

export const children = (element: Element | undefined, name?: string): Element[] =>
	element ? ([...element.children].filter((child) => !name || child.localName === name) as Element[]) : [];
export const child = (element: Element | undefined, name: string): Element | undefined => children(element, name)[0];
/** The words of an element, white space normalised. */
export const text = (element: Element | undefined): string => normalizeSpace(element?.textContent ?? '');
/** A value quoted for a problem report, cut at 60 characters. */
export const found = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
export const tags = (elements: readonly Element[]): string => elements.map((e) => `<${e.localName}>`).join(', ') || 'nothing';

/** An XPath-like path to an element, anchored at its nearest ancestor with an `eId`. */
export function elementPath(element: Element): string {
	const steps: string[] = [];
	for (let node: Element | null = element; node && node.nodeType === 1; node = node.parentNode as Element | null) {
		const eId = attr(node, 'eId');
		if (eId) {
			steps.unshift(`${node.localName}[@eId="${eId}"]`);
			return `//${steps.join('/')}`;
		}
		const parent = node.parentNode as Element | null;
		const same = parent && parent.nodeType === 1 ? [...parent.children].filter((c) => c.localName === node!.localName) : [node];
		steps.unshift(same.length > 1 ? `${node.localName}[${same.indexOf(node) + 1}]` : node.localName);
	}
	return `/${steps.join('/')}`;
}

/** The nearest `eId` at or above an element, for notes: "para_25". */
export function nearestId(element: Element | undefined): string {
	for (let node: Element | null | undefined = element; node && node.nodeType === 1; node = node.parentNode as Element | null) {
		const eId = attr(node, 'eId');
		if (eId) return eId;
	}
	return element ? elementPath(element) : '/';
}
