/**
 * Anchors are a public promise: `pp1`…, `op1`…, `fn1`… are the same in every language and never
 * change once published (see tests/fixtures/published-urls.json).
 */
export type ParagraphKind = 'preambular' | 'operative';

const prefix: Record<ParagraphKind, string> = { preambular: 'pp', operative: 'op' };

/** The anchor of a paragraph: `pp16` for preambular paragraph 16, `op5` for operative paragraph 5. */
export function paragraphAnchor(kind: ParagraphKind, number: number): string {
	return `${prefix[kind]}${number}`;
}

/** The anchor of a footnote's text: `fn2`. */
export function footnoteAnchor(marker: string): string {
	return `fn${marker}`;
}

/** The anchor of the place in the text that calls a footnote: `fnref2`. */
export function footnoteRefAnchor(marker: string): string {
	return `fnref${marker}`;
}
