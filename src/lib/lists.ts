/**
 * Lists as a sentence writes them, in the reader's language: "A, B and C", "A、B和C", "أ، ب و ج".
 */
import type { Translate } from '../i18n/ui';

/** What comes before item `index` of `count`: nothing, the separator, or the last one ("and"). */
export function separatorBefore(index: number, count: number, t: Translate): string {
	if (index === 0) return '';
	return index === count - 1 ? t('list.lastSeparator') : t('list.separator');
}

/** Joins names as a sentence does: "A, B and C". */
export function joinNames(names: readonly string[], t: Translate): string {
	return names.map((name, index) => `${separatorBefore(index, names.length, t)}${name}`).join('');
}
