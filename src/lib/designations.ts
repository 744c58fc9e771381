/**
 * What a reader calls a part of a resolution: "Operative paragraph 5", "OP5", "Footnote 2".
 * One place for these names, so the search titles, the margin and paragraph pages agree.
 */
import { format, type UiKey } from '../i18n/ui';
import type { ParagraphKind } from './anchors';

type Translate = (key: UiKey) => string;

const keys: Record<ParagraphKind, { long: UiKey; short: UiKey }> = {
	preambular: { long: 'designation.preambular', short: 'designation.preambularShort' },
	operative: { long: 'designation.operative', short: 'designation.operativeShort' },
};

/**
 * The designation of a paragraph: "Preambular paragraph 16" (`long`, the default) or "PP16"
 * (`short`, for the margin).
 */
export function paragraphDesignation(
	paragraph: { kind: ParagraphKind; number: number },
	t: Translate,
	form: 'long' | 'short' = 'long',
): string {
	return format(t(keys[paragraph.kind][form]), { number: paragraph.number });
}

/** The title of a paragraph for lists and search results: "Operative paragraph 5 · Calls upon". */
export function paragraphTitle(paragraph: { kind: ParagraphKind; number: number; lead: string }, t: Translate): string {
	return `${paragraphDesignation(paragraph, t)}${t('designation.separator')}${paragraph.lead}`;
}

/** The designation of a footnote by its official marker: "Footnote 2". */
export function footnoteDesignation(footnote: { marker: string }, t: Translate): string {
	return format(t('designation.footnote'), { marker: footnote.marker });
}

/** The title of a footnote, with the paragraph that calls it: "Footnote 2 · Preambular paragraph 9". */
export function footnoteTitle(footnote: { marker: string }, paragraph: { kind: ParagraphKind; number: number }, t: Translate): string {
	return `${footnoteDesignation(footnote, t)}${t('designation.separator')}${paragraphDesignation(paragraph, t)}`;
}
