/**
 * The session as data: `/A/RES/76/data.json`, every resolution of the session with its facts in
 * every language it is published in and the URLs of its pages and data files; and the session's
 * Atom feed in each language, `/A/RES/76/feed.xml`, newest adoption first.
 */
import { dataFormats } from '../exports/formats';
import { absoluteUrl, dataPath, resolutionPath } from '../urls';
import { sessionDataPath, sessionFeedPath, sessionSchemaPath } from './paths';
import { adoptions, committees, sessionEntries, sessionLanguages, sessionPath, sorted, type SessionEntry } from './session';

/** Version of the session index's shape: raised when a field changes meaning or goes. */
export const sessionDataVersion = 1;

/** One resolution in the session index. */
export interface SessionResolutionJson {
	symbol: string;
	number: string;
	/** The adoption date, `YYYY-MM-DD`. */
	adopted: string;
	agendaItems: string[];
	committee: (typeof committees)[number];
	adoption: { type: (typeof adoptions)[number]; inFavour?: number; against?: number; abstaining?: number };
	subjects: string[];
	sdgs: number[];
	/** Per language it is published in: its title and the URLs of its page and data files. */
	languages: Record<string, { title: string | null; page: string; data: Record<string, string> }>;
}

export interface SessionJson {
	$schema: string;
	version: number;
	session: string;
	url: string;
	count: number;
	resolutions: SessionResolutionJson[];
}

/** The session index, its URLs absolute on `site`. */
export function sessionJson(session: string, site: URL | string): SessionJson {
	const languages = sessionLanguages(session);
	const byLanguage = new Map(languages.map((language) => [language, new Map(sessionEntries(session, language).map((entry) => [entry.resolution.facts.symbol, entry]))]));
	const symbols = [...new Set(languages.flatMap((language) => [...byLanguage.get(language)!.keys()]))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const resolutions = symbols.map((symbol): SessionResolutionJson => {
		const entries = languages.map((language) => byLanguage.get(language)!.get(symbol)).filter((entry): entry is SessionEntry => !!entry);
		const first = entries.find((entry) => entry.resolution.facts.language === 'en') ?? entries[0]!;
		const { facts } = first.resolution;
		const vote = facts.adopted.vote;
		return {
			symbol,
			number: facts.number,
			adopted: facts.adopted.date.toISOString().slice(0, 10),
			agendaItems: facts.agendaItem.numbers,
			committee: first.committee,
			adoption: vote.type === 'recorded' ? { type: 'recorded-vote', inFavour: vote.inFavour, against: vote.against, abstaining: vote.abstaining } : { type: 'without-vote' },
			subjects: facts.subjects,
			sdgs: facts.sdgs,
			languages: Object.fromEntries(
				entries.map(({ resolution }) => {
					const { language } = resolution.facts;
					return [
						language,
						{
							title: resolution.facts.title ?? null,
							page: absoluteUrl(resolutionPath(symbol, language), site),
							data: Object.fromEntries(dataFormats.map((format) => [format.fileName, absoluteUrl(dataPath(symbol, language, format.fileName), site)])),
						},
					];
				}),
			),
		};
	});
	return { $schema: absoluteUrl(sessionSchemaPath, site), version: sessionDataVersion, session, url: absoluteUrl(sessionDataPath(session), site), count: resolutions.length, resolutions };
}

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The Atom feed of a session in a language: one entry per resolution, newest adoption first. */
export function sessionFeed(session: string, language: string, site: URL | string, strings: { title: string; author: string }): string {
	const entries = sorted(sessionEntries(session, language), 'date', language);
	const updated = (entry: SessionEntry) => `${entry.resolution.facts.issued.date.toISOString().slice(0, 10)}T00:00:00Z`;
	const newest = entries.map(updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
	const feedUrl = absoluteUrl(sessionFeedPath(session, language), site);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">
	<id>${escape(feedUrl)}</id>
	<title>${escape(strings.title)}</title>
	<updated>${newest}</updated>
	<author><name>${escape(strings.author)}</name></author>
	<link rel="self" type="application/atom+xml" href="${escape(feedUrl)}"/>
	<link rel="alternate" type="text/html" href="${escape(absoluteUrl(sessionPath(session, language), site))}"/>
${entries
	.map(({ resolution }) => {
		const { facts } = resolution;
		const page = absoluteUrl(resolutionPath(facts.symbol, language), site);
		return `	<entry>
		<id>${escape(page)}</id>
		<title>${escape(`${facts.symbol}: ${facts.title ?? facts.number}`)}</title>
		<link rel="alternate" type="text/html" href="${escape(page)}"/>
		<published>${facts.adopted.date.toISOString().slice(0, 10)}T00:00:00Z</published>
		<updated>${updated({ resolution } as SessionEntry)}</updated>
		<summary>${escape(`${facts.adopted.heading || facts.adopted.label}. ${facts.agendaItem.label}`.trim())}</summary>
	</entry>`;
	})
	.join('\n')}
</feed>
`;
}
