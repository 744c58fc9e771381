/**
 * The words for a filter value in a reader's language: "Third Committee", "December 2021",
 * "Goal 5", "Agenda item 72 (b)", a subject heading as the UN library records it.
 */
import { useTranslations, type UiKey } from '../../i18n/ui';
import { fillTemplate } from '../template';
import type { Facet } from './session';

export function facetLabel(facet: Facet, value: string, language: string, printed?: string): string {
	const t = useTranslations(language);
	switch (facet) {
		case 'committee':
		case 'adopted':
			return t(`library.${facet}.${value}` as UiKey);
		case 'month': {
			const [year, month] = value.split('-').map(Number);
			return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, 1));
		}
		case 'sdg':
			return fillTemplate(t('library.sdgGoal'), { n: value });
		case 'agenda-item':
			return fillTemplate(t('library.agendaItem'), { n: printed ?? value });
		case 'subject':
			return printed ?? value;
	}
}

/** The name of a facet, as a heading: "Main Committee". */
export function facetName(facet: Facet, language: string): string {
	const t = useTranslations(language);
	const names: Record<Facet, UiKey> = { committee: 'library.committee', adopted: 'library.adopted', month: 'library.month', sdg: 'facts.sdgs', 'agenda-item': 'library.agendaItems', subject: 'library.subjects' };
	return t(names[facet]);
}
