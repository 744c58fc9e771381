/**
 * What a reader calls a part of a resolution: "Operative paragraph 5", "PP16" in the margin,
 * "Footnote 2". One place for these names, so the outline, margin, search titles, citations and
 * paragraph pages agree.
 */
import type { Translate, UiKey } from '../i18n/ui';
import type { ParagraphKind } from './anchors';
import { fillTemplate } from './template';

const keys: Record<ParagraphKind, { long: UiKey; short: UiKey }> = {
	preambular: { long: 'designation.preambular', short: 'designation.short.preambular' },
	operative: { long: 'designation.operative', short: 'designation.short.operative' },
};

/**
 * The designation of a paragraph: "Preambular paragraph 16" (`long`, the default), or "PP16"
 * and "5." (`short`, as in the margin and the outline: operative paragraphs keep their printed
 * numbers).
 */
export function paragraphDesignation(paragraph: { kind: ParagraphKind; number: number }, t: Translate, form: 'long' | 'short' = 'long'): string {
	return fillTemplate(t(keys[paragraph.kind][form]), { n: paragraph.number });
}

/** The title of a paragraph for lists and search results: "Operative paragraph 5 · Calls upon". */
export function paragraphTitle(paragraph: { kind: ParagraphKind; number: number; lead: string }, t: Translate): string {
	return `${paragraphDesignation(paragraph, t)}${t('designation.separator')}${paragraph.lead}`;
}

/** The designation of a footnote by its official marker: "Footnote 2". */
export function footnoteDesignation(footnote: { marker: string }, t: Translate): string {
	return fillTemplate(t('designation.footnote'), { marker: footnote.marker });
}

/** The title of a footnote, with the paragraph that calls it: "Footnote 2 · Preambular paragraph 9". */
export function footnoteTitle(footnote: { marker: string }, paragraph: { kind: ParagraphKind; number: number }, t: Translate): string {
	return `${footnoteDesignation(footnote, t)}${t('designation.separator')}${paragraphDesignation(paragraph, t)}`;
}
