/**
 * The pages of a session's list, for the routes under src/pages/[...language]/A/RES/[session]/:
 * the whole list in each order, each filter value's list, and the index of agenda items and of
 * subjects; each with the same page in the other languages that have it.
 */
import type { Translation } from '../../i18n/languages';
import { facetValues, sessionEntries, sessionLanguages, sessionPath, sessions, sorted, type Facet, type FacetValue, type SessionEntry, type SortOrder } from './session';

export interface SessionContext {
	session: string;
	language: string;
	/** The session's name as its resolutions print it in this language ("Seventy-sixth session"), or its number. */
	sessionTitle: string;
	all: SessionEntry[];
}

/** Every session in every language it has a list in. */
export function sessionContexts(): SessionContext[] {
	return sessions().flatMap((session) =>
		sessionLanguages(session).map((language) => {
			const all = sessionEntries(session, language);
			return { session, language, sessionTitle: all.find((e) => e.resolution.facts.session.title)?.resolution.facts.session.title ?? session, all };
		}),
	);
}

/** The `[...language]` parameter of a language: none for English. */
export const languageParam = (language: string): string | undefined => (language === 'en' ? undefined : language);

/** The same page in every language of the session whose list has it. */
export function listTranslations(session: string, has: (language: string) => boolean, path: (language: string) => string): Translation[] {
	return sessionLanguages(session)
		.filter(has)
		.map((language) => ({ language, path: path(language) }));
}

/** The pages of the whole list in an order other than by number: `by-date`, `by-title`. */
export const otherOrders: SortOrder[] = ['date', 'title'];

/**
 * Whether a filter value has a list page of its own. An agenda item or subject of one resolution
 * leads straight to it from its index instead (727 of the session's 1,003 subjects, 157 of its 194
 * agenda items): 5,300 pages of one entry each would take 58 MB of the host's 1 GB.
 */
export const hasListPage = (value: FacetValue): boolean => !(value.facet === 'subject' || value.facet === 'agenda-item') || value.entries.length > 1;

/** Each filter value of each facet that has a list page, with its entries. */
export function filterPages(context: SessionContext): FacetValue[] {
	return (['committee', 'adopted', 'month', 'sdg', 'agenda-item', 'subject'] as Facet[]).flatMap((facet) => facetValues(context.all, facet)).filter(hasListPage);
}

export { sorted, sessionPath };
