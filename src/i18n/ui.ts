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
	'legislation.type': 'Resolution',
	'data.title': 'Data',
	'data.intro': 'The same text, generated from the same source as this page, for programs and for pasting.',
	'data.json': 'JSON',
	'data.json.about': 'the facts, and every paragraph in order with its text, HTML, footnotes, citations, link and its id in the UN’s own Akoma Ntoso file. Described by a',
	'data.json.schema': 'JSON Schema',
	'data.akn': 'Akoma Ntoso XML',
	'data.akn.about': 'the legal XML standard, in the UN’s own AKN4UN conventions, to compare with or load beside the UN’s files.',
	'data.txt': 'Plain text',
	'data.txt.about': 'the whole resolution laid out as printed, one paragraph a line, to paste into a message or document.',
} as const;

export type UiKey = keyof typeof en;

const strings: Record<string, Partial<Record<UiKey, string>>> = { en };

/** A translator for one language, falling back to English. */
export function useTranslations(language: string): (key: UiKey) => string {
	return (key) => strings[language]?.[key] ?? en[key];
}
