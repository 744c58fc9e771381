/**
 * A session as a library: its resolutions in one language, the facts a reader filters them by
 * (Main Committee, how adopted, month, SDG, agenda item, subject) and the paths of the lists. One
 * list per filter value is published, so that filtering works without JavaScript; with it, the
 * session page filters in place from the same facts (`data-` attributes of each entry).
 */
import { createHash } from 'node:crypto';
import { getResolutions, translationsOf } from '../content';
import type { Resolution } from '../resolution';
import { resolutionSession } from '../symbols';
import { symbolPath } from '../urls';

/** The Main Committees, in the UN's order, and the plenary (no Main Committee). */
export const committees = ['plenary', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;
export type Committee = (typeof committees)[number];

/** The ways a resolution is adopted, as a filter names them. */
export const adoptions = ['without-vote', 'recorded-vote'] as const;
export type Adoption = (typeof adoptions)[number];

/** The facets a session list is filtered by, each a path segment: `/A/RES/76/committee/third/`. */
export const facets = ['committee', 'adopted', 'month', 'sdg', 'agenda-item', 'subject'] as const;
export type Facet = (typeof facets)[number];

/** Sort orders besides the default (by number), each a path segment: `/A/RES/76/by-date/`. */
export const sortOrders = ['number', 'date', 'title'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** One resolution as a session list shows it, with the values it has for each facet (their path segments). */
export interface SessionEntry {
	resolution: Resolution;
	committee: Committee;
	adopted: Adoption;
	/** `2021-12`. */
	month: string;
	values: Record<Facet, string[]>;
}

/** The session of a resolution as its symbol names it: `76` for A/RES/76/10, `ES-11` for A/RES/ES-11/1. */
export function sessionOf(symbol: string): string {
	const session = resolutionSession(symbol);
	if (!session) throw new Error(`${symbol}: expected a General Assembly resolution symbol "A/RES/<session>/<number>"`);
	return session;
}

/** Path of a session's list in a language, without base: `/A/RES/76/`, `/fr/A/RES/76/committee/third/`, `/A/RES/76/by-date/`. */
export function sessionPath(session: string, language: string, filter?: { facet: Facet; value: string } | { sort: SortOrder }): string {
	const root = `${language === 'en' ? '' : `/${language}`}/A/RES/${session}/`;
	if (!filter) return root;
	if ('sort' in filter) return filter.sort === 'number' ? root : `${root}by-${filter.sort}/`;
	return `${root}${filter.facet}/${filter.value}/`;
}

/** Path of a session's index of one facet's values (agenda items, subjects): `/A/RES/76/subject/`. */
export function facetIndexPath(session: string, language: string, facet: Facet): string {
	return `${sessionPath(session, language)}${facet}/`;
}

/**
 * A value as a path segment: "72 (b)" → `72-b`, "PALESTINE QUESTION" → `palestine-question`. A long
 * one (UNBIS names conferences in full, past what a file name may hold) is cut at a word near 64
 * characters and told apart by a hash of the whole: the same value always gives the same segment.
 */
export function valueSlug(value: string): string {
	const slug = value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-|-$/gu, '');
	if (slug.length <= 72) return slug;
	const cut = slug.slice(0, 64).replace(/-[^-]*$/u, '');
	return `${cut}-${createHash('sha256').update(slug).digest('hex').slice(0, 8)}`;
}

/**
 * The Main Committee of a resolution, read from the English committee line ("on the report of the
 * Third Committee"; the Fourth is "the Special Political and Decolonization Committee (Fourth
 * Committee)"): the same in every language, since each language words it its own way.
 */
export function committeeOf(resolution: Resolution): Committee {
	const english = translationsOf(resolution).find((each) => each.facts.language === 'en') ?? resolution;
	const line = english.facts.committee;
	if (/without\s+reference\s+to\s+a\s+Main\s+Committee/iu.test(line)) return 'plenary';
	const named = /\b(First|Second|Third|Fourth|Fifth|Sixth)\s+Committee\b/u.exec(line)?.[1];
	if (named) return named.toLowerCase() as Committee;
	if (english.facts.language !== 'en') return 'plenary';
	throw new Error(`${english.file}: committee: expected "without reference to a Main Committee" or "on the report of the … Committee"; found ${JSON.stringify(line)}`);
}

/** The list entry of a resolution, with its facet values. */
export function sessionEntry(resolution: Resolution): SessionEntry {
	const { facts } = resolution;
	const committee = committeeOf(resolution);
	const adopted: Adoption = facts.adopted.vote.type === 'recorded' ? 'recorded-vote' : 'without-vote';
	const month = facts.adopted.date.toISOString().slice(0, 7);
	return {
		resolution,
		committee,
		adopted,
		month,
		values: {
			committee: [committee],
			adopted: [adopted],
			month: [month],
			sdg: facts.sdgs.map(String),
			'agenda-item': [...new Set(facts.agendaItem.numbers.map(valueSlug))],
			subject: [...new Set(facts.subjects.map(valueSlug))],
		},
	};
}

/** The sessions this build publishes, in order: `76`, `ES-11`. */
export function sessions(): string[] {
	return [...new Set(getResolutions().map((resolution) => sessionOf(resolution.facts.symbol)))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const entriesCache = new Map<string, SessionEntry[]>();

/** Every resolution of a session published in a language, in number order (read once per build: every list page asks). */
export function sessionEntries(session: string, language: string): SessionEntry[] {
	const key = `${session} ${language}`;
	let entries = entriesCache.get(key);
	if (!entries) {
		entries = getResolutions()
			.filter((resolution) => resolution.facts.language === language && sessionOf(resolution.facts.symbol) === session)
			.map(sessionEntry);
		entriesCache.set(key, entries);
	}
	return entries;
}

/** The languages a session has a list in (those of any of its resolutions). */
export function sessionLanguages(session: string): string[] {
	return [...new Set(getResolutions().filter((r) => sessionOf(r.facts.symbol) === session).map((r) => r.facts.language))];
}

/** The entries in an order: by number (as published), by adoption date (newest first, then number), or by title in the language's collation. */
export function sorted(entries: readonly SessionEntry[], order: SortOrder, language: string): SessionEntry[] {
	if (order === 'number') return [...entries];
	if (order === 'date') return [...entries].sort((a, b) => b.resolution.facts.adopted.date.getTime() - a.resolution.facts.adopted.date.getTime());
	const collator = new Intl.Collator(language);
	return [...entries].sort((a, b) => collator.compare(a.resolution.facts.title ?? a.resolution.facts.number, b.resolution.facts.title ?? b.resolution.facts.number));
}

/** One value of a facet, with the entries that have it. */
export interface FacetValue {
	facet: Facet;
	/** The path segment. */
	value: string;
	/** What the UN's files print for it, where they print it (an agenda item's number, a subject heading). */
	printed?: string;
	entries: SessionEntry[];
}

/** Every value of a facet among the entries, in a reader's order (committees as the UN orders them, months and numbers in order, subjects alphabetically). */
export function facetValues(entries: readonly SessionEntry[], facet: Facet): FacetValue[] {
	let byFacet = valuesCache.get(entries);
	if (!byFacet) valuesCache.set(entries, (byFacet = new Map()));
	let values = byFacet.get(facet);
	if (!values) byFacet.set(facet, (values = valuesOf(entries, facet)));
	return values;
}

const valuesCache = new WeakMap<readonly SessionEntry[], Map<Facet, FacetValue[]>>();

function valuesOf(entries: readonly SessionEntry[], facet: Facet): FacetValue[] {
	const found = new Map<string, FacetValue>();
	for (const entry of entries) {
		entry.values[facet].forEach((value) => {
			let item = found.get(value);
			if (!item) found.set(value, (item = { facet, value, entries: [] }));
			item.entries.push(entry);
		});
		const printed = facet === 'agenda-item' ? entry.resolution.facts.agendaItem.numbers : facet === 'subject' ? entry.resolution.facts.subjects : [];
		for (const each of printed) {
			const item = found.get(valueSlug(each));
			if (item) item.printed ??= each;
		}
	}
	const order = (value: string) => (facet === 'committee' ? committees.indexOf(value as Committee) : facet === 'adopted' ? adoptions.indexOf(value as Adoption) : 0);
	return [...found.values()].sort(
		(a, b) => order(a.value) - order(b.value) || (a.printed ?? a.value).localeCompare(b.printed ?? b.value, 'en', { numeric: true }),
	);
}

/** The symbol's path segment on the site: for `data-` attributes and feeds. */
export const entryPath = (entry: SessionEntry): string => symbolPath(entry.resolution.facts.symbol);
