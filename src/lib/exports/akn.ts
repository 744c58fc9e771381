/**
 * `data.akn`: the resolution as Akoma Ntoso 3.0 XML, following the conventions of the UN's own
 * files (AKN4UN), as DGACM's file of the same resolution does: a `statement name="resolution"`
 * with FRBR identification, cover page, preface, a preamble of one `container` per paragraph named
 * by its lead phrase, a `mainBody` of numbered `paragraph`s, footnotes as `authorialNote`s where
 * they are called, and conclusions.
 *
 * Element ids: `eId` is the UN's own id for the paragraph (`container_9`, `para_25`) where known,
 * so that the two files line up; `wId` is our anchor (`pp8`, `op3`), the same in every language.
 */
import { escapeHtml } from '../html';
import type { Inline } from '../inline';
import type { Footnote, Paragraph, Resolution } from '../resolution';
import { isoDate } from './json';

/** ISO 639-2 codes, as AKN URIs and `FRBRlanguage` use them. */
const languageCodes: Record<string, string> = { ar: 'ara', zh: 'zho', en: 'eng', fr: 'fra', ru: 'rus', es: 'spa' };

export interface AknOptions {
	/** When the file is generated: the date of the FRBR manifestation. */
	generated: Date;
	/** Absolute URL of the document page, named in the manifestation as where the file is published. */
	pageUrl: string;
}

/**
 * The AKN work URI of a General Assembly resolution: `/akn/un/statement/deliberation/unga/2022-07-28/76-299/`.
 * Other organs have other actors and numbering; they are refused rather than guessed.
 */
export function aknWorkUri(resolution: Resolution): string {
	const { symbol, number, adopted } = resolution.facts;
	if (!symbol.startsWith('A/RES/')) {
		throw new Error(`${resolution.file}: symbol: expected a General Assembly resolution (A/RES/…) to build an Akoma Ntoso work URI; found ${symbol}`);
	}
	return `/akn/un/statement/deliberation/unga/${isoDate(adopted.date)}/${number.replace('/', '-')}/`;
}

/** Attributes, escaped, in the order given; `undefined` values are left out. */
function attributes(attrs: Record<string, string | undefined>): string {
	return Object.entries(attrs)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');
}

/** An element on one line: `<name a="…">content</name>`, or self-closed when empty. */
function element(name: string, attrs: Record<string, string | undefined>, content = ''): string {
	return content === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** An element whose children are lines, indented one tab. */
function block(name: string, attrs: Record<string, string | undefined>, lines: string[]): string {
	return [`<${name}${attributes(attrs)}>`, ...lines.flatMap((line) => line.split('\n')).map((line) => `\t${line}`), `</${name}>`].join('\n');
}

/** Inline nodes as AKN inline markup, footnotes inserted where they are called. */
function inlineAkn(nodes: readonly Inline[], notes: readonly Footnote[]): string {
	return nodes
		.map((node) => {
			switch (node.type) {
				case 'text':
					return escapeHtml(node.value);
				case 'emphasis':
					return element('span', { class: 'italic' }, inlineAkn(node.children, notes));
				case 'documentLink':
					return element('a', { href: node.href }, inlineAkn(node.children, notes));
				case 'footnoteRef': {
					const note = notes.find((n) => n.marker === node.marker)!;
					const text = element('p', {}, inlineAkn(note.content, []));
					return element('authorialNote', { marker: note.marker, placement: 'bottom', eId: `authorialNote_${note.marker}` }, text);
				}
			}
		})
		.join('');
}

function preambularContainer(paragraph: Paragraph): string {
	const p = element('p', {}, inlineAkn(paragraph.content, paragraph.footnotes));
	return block('container', { name: paragraph.lead, eId: paragraph.akn4unId ?? paragraph.anchor, wId: paragraph.anchor }, [p]);
}

function operativeParagraph(paragraph: Paragraph): string {
	const eId = paragraph.akn4unId ?? paragraph.anchor;
	return block('paragraph', { eId, wId: paragraph.anchor }, [
		element('num', {}, `${paragraph.number}.`),
		block('content', { eId: `${eId}__content` }, [element('p', {}, inlineAkn(paragraph.content, paragraph.footnotes))]),
	]);
}

/** The content of `data.akn` for one resolution. */
export function resolutionAkn(resolution: Resolution, options: AknOptions): string {
	const { facts, paragraphs } = resolution;
	const language = languageCodes[facts.language]!;
	const work = aknWorkUri(resolution);
	const expression = `${work}${language}@/`;
	const manifestation = `${work}${language}@.xml`;
	const vote = facts.adopted.vote;

	const identification = block('identification', { source: '#reader' }, [
		block('FRBRWork', {}, [
			element('FRBRthis', { value: `${work}!main/` }),
			element('FRBRuri', { value: work }),
			element('FRBRdate', { date: isoDate(facts.adopted.date), name: 'adoption' }),
			element('FRBRauthor', { href: '#ga', as: '#author' }),
			element('FRBRcountry', { value: 'un' }),
			element('FRBRnumber', { value: facts.number }),
			element('FRBRname', { value: facts.symbol }),
		]),
		block('FRBRExpression', {}, [
			element('FRBRthis', { value: `${expression.slice(0, -1)}!main/` }),
			element('FRBRuri', { value: expression }),
			element('FRBRdate', { date: isoDate(facts.issued.date), name: 'publication' }),
			element('FRBRauthor', { href: '#ga', as: '#issuingBody' }),
			element('FRBRlanguage', { language }),
		]),
		block('FRBRManifestation', {}, [
			element('FRBRthis', { value: `${work}${language}@/!main.xml` }),
			element('FRBRuri', { value: manifestation }),
			element('FRBRalias', { value: options.pageUrl, name: 'documentPage' }),
			element('FRBRdate', { date: isoDate(options.generated), name: 'markup' }),
			element('FRBRauthor', { href: '#reader', as: '#editor' }),
		]),
	]);
	const classification = block('classification', { source: '#un' }, [
		...facts.subjects.map((subject) => element('keyword', { value: subject, showAs: subject, dictionary: 'UNBIS Thesaurus' })),
		...[...facts.sdgs]
			.sort((a, b) => a - b)
			.map((goal) => element('keyword', { value: String(goal), href: `http://metadata.un.org/sdg/${goal}`, showAs: `sdg_${goal}`, dictionary: 'SDGO' })),
		element('keyword', { refersTo: '#agenda', value: String(facts.agendaItem.number), showAs: facts.agendaItem.title, dictionary: 'agenda' }),
	]);
	const voting =
		vote.type === 'without-vote'
			? // AKN4UN records a resolution adopted without a vote with an empty quorum, as the UN's file does.
				block('voting', { outcome: '#adoptedWithoutVote' }, [element('quorum', { value: '' })])
			: block('voting', { outcome: '#adopted' }, [
					element('count', { refersTo: '#inFavour', value: String(vote.inFavour) }),
					element('count', { refersTo: '#against', value: String(vote.against) }),
					element('count', { refersTo: '#abstaining', value: String(vote.abstaining) }),
				]);
	const references = block('references', { source: '#reader' }, [
		element('TLCOrganization', { eId: 'reader', href: '/akn/ontology/organization/resolutionReader', showAs: 'Resolution Reader' }),
		element('TLCOrganization', { eId: 'un', href: '/akn/ontology/organization/un', showAs: facts.organization }),
		element('TLCOrganization', { eId: 'ga', href: '/akn/ontology/organization/un/generalAssembly', showAs: facts.body }),
		element('TLCConcept', { eId: 'dateOfIssuance', href: '/akn/ontology/concept/un/dateOfIssuance', showAs: 'Date of issuance' }),
		element('TLCConcept', { eId: 'dateOfAdoption', href: '/akn/ontology/concept/un/dateOfAdoption', showAs: 'Date of adoption' }),
		element('TLCConcept', { eId: 'symbol', href: '/akn/ontology/reference/un/symbol', showAs: 'Symbol' }),
		element('TLCConcept', { eId: 'generalDistribution', href: '/akn/ontology/concept/un/generalDistribution', showAs: 'General distribution' }),
		element('TLCConcept', { eId: 'agenda', href: '/akn/ontology/concept/un/agendaItem', showAs: 'Agenda item' }),
		element('TLCConcept', { eId: vote.type === 'without-vote' ? 'adoptedWithoutVote' : 'adopted', href: `/akn/ontology/concept/un/voting/${vote.type === 'without-vote' ? 'adoptedWithoutVote' : 'adopted'}`, showAs: vote.type === 'without-vote' ? 'Adopted without a vote' : 'Adopted' }),
		...(vote.type === 'recorded'
			? [
					element('TLCTerm', { eId: 'inFavour', href: '/akn/ontology/concept/un/voting/inFavour', showAs: 'In favour' }),
					element('TLCTerm', { eId: 'against', href: '/akn/ontology/concept/un/voting/against', showAs: 'Against' }),
					element('TLCTerm', { eId: 'abstaining', href: '/akn/ontology/concept/un/voting/abstaining', showAs: 'Abstaining' }),
				]
			: []),
		element('TLCRole', { eId: 'author', href: '/akn/ontology/role/un/author', showAs: 'Author' }),
		element('TLCRole', { eId: 'issuingBody', href: '/akn/ontology/role/un/issuingBody', showAs: 'Issuing body' }),
		element('TLCRole', { eId: 'editor', href: '/akn/ontology/role/un/editor', showAs: 'Editor' }),
		element('TLCRole', { eId: 'publisher', href: '/akn/ontology/role/un/publisher', showAs: 'Publisher' }),
		element('TLCTerm', { eId: 'resolutionTitle', href: '/akn/ontology/reference/un/resolutionTitle', showAs: 'Resolution title' }),
	]);
	const meta = block('meta', {}, [identification, classification, block('analysis', { source: '#un' }, [block('parliamentary', {}, [voting])]), references]);

	const line = (content: string, attrs: Record<string, string | undefined> = {}) => element('p', attrs, content);
	const coverPage = block('coverPage', { eId: 'coverPage_1' }, [
		line(element('docAuthority', { refersTo: '#publisher' }, escapeHtml(facts.organization))),
		line(element('docNumber', { refersTo: '#symbol' }, escapeHtml(facts.symbol))),
		line(element('docAuthority', { refersTo: '#issuingBody' }, escapeHtml(facts.body))),
		line(element('docStatus', { refersTo: '#generalDistribution' }, escapeHtml(facts.distribution))),
		line(element('docDate', { date: isoDate(facts.issued.date), refersTo: '#dateOfIssuance' }, escapeHtml(facts.issued.label))),
		line(element('session', { refersTo: '#ga', value: String(facts.session.number) }, escapeHtml(facts.session.title))),
		line(element('inline', { name: 'agenda item', title: String(facts.agendaItem.number) }, escapeHtml(facts.agendaItem.label))),
		line(element('inline', { name: 'agenda item name' }, escapeHtml(facts.agendaItem.title))),
		line(element('docTitle', {}, escapeHtml(facts.adopted.heading))),
		line(element('docProponent', {}, inlineAkn(resolution.proponent, []))),
	]);
	const preface = block('preface', {}, [
		line(`${element('docNumber', {}, `${escapeHtml(facts.number)}.`)} ${element('docTitle', { refersTo: '#resolutionTitle' }, escapeHtml(facts.title))}`),
	]);
	const preamble = block('preamble', {}, [
		block('formula', { name: 'enactingFormula', eId: 'formula_1' }, [line(inlineAkn(resolution.enactingFormula, []))]),
		...paragraphs.filter((p) => p.kind === 'preambular').map(preambularContainer),
	]);
	const mainBody = block('mainBody', {}, paragraphs.filter((p) => p.kind === 'operative').map(operativeParagraph));
	const conclusions = block('conclusions', { eId: 'conclusions' }, [
		line(
			`${element('inline', { name: 'adoptionMeeting' }, escapeHtml(facts.adopted.meeting))}${element('eol', {})}${element('docDate', { date: isoDate(facts.adopted.date), refersTo: '#dateOfAdoption' }, escapeHtml(facts.adopted.label))}`,
		),
	]);

	const statement = block('statement', { name: 'resolution' }, [meta, coverPage, preface, preamble, mainBody, conclusions]);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
		`\t<!--${notice(resolution, options.pageUrl)}-->`,
		...statement.split('\n').map((text) => `\t${text}`),
		'</akomaNtoso>',
		'',
	].join('\n');
}

/** The source and status of the text, as the UN's terms ask. No "--" may appear in an XML comment. */
function notice(resolution: Resolution, pageUrl: string): string {
	const { organization, symbol } = resolution.facts;
	return ` Generated by Resolution Reader (${pageUrl}) from its content. The text is that of the ${organization}, from the unofficial copies for informational purposes only that the UN Department for General Assembly and Conference Management prepares from the official electronic files; the official text is the document ${symbol} on undocs.org. `.replace(/-{2,}/g, '-');
}
