/**
 * Interface strings: the words of the site itself, never of the resolution.
 * English is complete; other languages fall back to it key by key.
 */
const en = {
	'site.name': 'Resolution Reader',
	'site.tagline': 'United Nations resolutions to read, search and cite, paragraph by paragraph',
	'site.shortTagline': 'UN resolutions to read, search and cite',
	'skipLink': 'Skip to the text',
	'nav.home': 'Home',
	'footer.source':
		'The text of the resolution is that of the United Nations, from the Akoma Ntoso files of the Department for General Assembly and Conference Management (DGACM): unofficial copies for information, prepared from the official electronic files.',
	'footer.notUn': 'This is not a United Nations website, and the United Nations does not endorse it.',
	'footer.official': 'The official text is the document on',
	'document.preamble': 'Preamble',
	'document.operative': 'Operative paragraphs',
	'document.footnotes': 'Footnotes',
	'document.cover': 'Cover',
	'footnote.call': 'Footnote',
	'footnote.back': 'Back to the text of',
	'paragraph.preambular': 'preambular paragraph',
	'paragraph.operative': 'operative paragraph',
	'designation.preambular': 'Preambular paragraph {number}',
	'designation.operative': 'Operative paragraph {number}',
	'designation.preambularShort': 'PP{number}',
	'designation.operativeShort': 'OP{number}',
	'designation.footnote': 'Footnote {marker}',
	'designation.separator': ' · ',
	'search.open': 'Search',
	'search.shortcut': 'Ctrl K',
	'search.noscript': 'Search needs JavaScript; the whole text reads without it.',
	'search.dialogTitle': 'Search the resolution',
	'search.label': 'Words to find',
	'search.placeholder': 'Words or a "quoted phrase"',
	'search.close': 'Close',
	'search.restrict': 'Paragraphs',
	'search.kindAll': 'All',
	'search.kindPreambular': 'Preambular',
	'search.kindOperative': 'Operative',
	'search.results': 'Results',
	'search.resultCount': '{count} paragraphs found',
	'search.resultCountOne': '1 paragraph found',
	'search.noResults': 'No paragraph contains “{query}”.',
	'search.loading': 'Loading search…',
	'search.failed': 'Search could not load. Reload the page to try again.',
	'search.hint': 'Arrow keys move through results, Enter opens one, Escape closes.',
	'search.pageTitle': 'Search',
	'search.pageIntro': 'Find the paragraph that holds a few words you remember. Put a phrase in quotes to match it exactly.',
	'search.submit': 'Search',
	'facts.title': 'About this resolution',
	'facts.adopted': 'Adopted',
	'facts.atMeeting': 'at the',
	'facts.withoutVote': 'without a vote',
	'facts.recordedVote': 'by a recorded vote of {inFavour} to {against}, with {abstaining} abstentions',
	'facts.record': 'Record of the meeting',
	'facts.issued': 'Issued',
	'facts.session': 'Session',
	'facts.agendaItem': 'Agenda item',
	'facts.drafts': 'Draft',
	'facts.committee': 'Committee',
	'facts.sponsors': 'Sponsors',
	'facts.additionalSponsors': 'Additional sponsors',
	'facts.subjects': 'Subjects (UNBIS Thesaurus)',
	'facts.sdgs': 'Sustainable Development Goals',
	'facts.official': 'Official text',
	'facts.officialLink': 'on undocs.org (PDF, six languages)',
	'list.and': 'and',
} as const;

export type UiKey = keyof typeof en;

const strings: Record<string, Partial<Record<UiKey, string>>> = { en };

/** A translator for one language, falling back to English. */
export function useTranslations(language: string): (key: UiKey) => string {
	return (key) => strings[language]?.[key] ?? en[key];
}

/** Fills the `{name}` placeholders of an interface string: `format('{count} found', { count: 3 })`. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
