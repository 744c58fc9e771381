/**
 * Interface strings: the words of the site itself, never of the resolution.
 * Every official language has every string: TypeScript (`UiStrings`) and a unit test hold them to it.
 */
import { ar } from './translations/ar';
import { es } from './translations/es';
import { fr } from './translations/fr';
import { ru } from './translations/ru';
import { zh } from './translations/zh';

const en = {
	'site.name': 'Resolution Reader',
	'site.tagline': 'United Nations resolutions to read, search and cite, paragraph by paragraph',
	'site.shortTagline': 'UN resolutions to read, search and cite',
	'languages.label': 'Language',
	'document.titleNumber': '{number}.',
	'compare.title': 'Side by side',
	'compare.link': 'Read side by side with another language',
	'compare.choose': 'Languages side by side',
	'theme.label': 'Colour scheme',
	'theme.auto': 'Auto',
	'theme.light': 'Light',
	'theme.dark': 'Dark',
	'skipLink': 'Skip to the text',
	'nav.home': 'Home',
	'nav.breadcrumbs': 'Breadcrumbs',
	'footer.source':
		'The text of the resolution is that of the United Nations, from the Akoma Ntoso files of the Department for General Assembly and Conference Management (DGACM): unofficial copies for information, prepared from the official electronic files.',
	'footer.notUn': 'This is not a United Nations website, and the United Nations does not endorse it.',
	'footer.official': 'The official text is the document on',
	'document.preamble': 'Preamble',
	'document.operative': 'Operative paragraphs',
	'document.footnotes': 'Footnotes',
	'footnote.call': 'Footnote',
	'footnote.back': 'Back to the call in {designation}',
	'designation.preambular': 'Preambular paragraph {n}',
	'designation.operative': 'Operative paragraph {n}',
	'designation.short.preambular': 'PP{n}',
	'designation.short.operative': '{n}.',
	'citation.preambular': '{body} resolution {number}, preambular para. {n} ({symbol}, {date}), {url}',
	'citation.operative': '{body} resolution {number}, para. {n} ({symbol}, {date}), {url}',
	'tools.link': 'Link to {designation}',
	'tools.menu': 'Share or cite {designation}',
	'tools.copyLink': 'Copy link',
	'tools.copyCitation': 'Copy citation',
	'tools.copySelection': 'Copy link to selection',
	'tools.paragraphPage': 'Page of this paragraph',
	'tools.linkCopied': 'Link copied',
	'tools.citationCopied': 'Citation copied',
	'tools.copyFailed': 'Could not copy; the link is in the address bar',
	'outline.title': 'Contents',
	'outline.toggle': 'Contents',
	'outline.cover': 'Cover page',
	'paragraph.readInContext': 'Read in context',
	'paragraph.previous': 'Previous',
	'paragraph.next': 'Next',
	'paragraph.of': 'resolution',
	'paragraph.sequence': 'Previous and next paragraphs',
	'notFound.title': 'Page not found',
	'notFound.text': 'There is no page at this address. It may have been mistyped; links to paragraphs look like /A/RES/76/299/#op5.',
	'notFound.resolution': 'Read the resolution',
	'notFound.home': 'Go to the home page',
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
	'list.separator': ', ',
	'punctuation.comma': ', ',
	'list.lastSeparator': ' and ',
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
/** The name of every interface string. */
export const uiKeys = Object.keys(en) as UiKey[];
/** Every interface string in one language. */
export type UiStrings = Record<UiKey, string>;
export type Translate = (key: UiKey) => string;

const strings: Record<string, UiStrings> = { ar, zh, en, fr, ru, es };

/** A translator for one language; every language has every string (a test holds them to it). */
export function useTranslations(language: string): Translate {
	return (key) => strings[language]?.[key] ?? en[key];
}
