/**
 * How a paragraph is named to readers: "Operative paragraph 5", "PP16" in the margin,
 * "para. 5" in a citation. One place, so the outline, pages, citations and search agree.
 */
import type { ParagraphKind } from './anchors';
import type { Translate } from '../i18n/ui';
import { fillTemplate } from './template';

export type DesignationForm = 'long' | 'short';

/** "Preambular paragraph 16" (long) or "PP16" / "5." (short, as in the margin and outline). */
export function paragraphDesignation(paragraph: { kind: ParagraphKind; number: number }, t: Translate, form: DesignationForm = 'long'): string {
	const key = form === 'long' ? (`designation.${paragraph.kind}` as const) : (`designation.short.${paragraph.kind}` as const);
	return fillTemplate(t(key), { n: paragraph.number });
}
