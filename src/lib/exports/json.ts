/**
 * `data.json`: the resolution's facts and its paragraphs in order, for programs. Every text and
 * HTML string comes from the same model and renderers as the page (`plainText`, `inlineHtml`).
 * Its shape is described by the JSON Schema in `json-schema.ts`, published beside it.
 */
import { useTranslations } from '../../i18n/ui';
import { inlineHtml } from '../html';
import { plainText, type Inline } from '../inline';
import type { Footnote, Paragraph, Resolution } from '../resolution';
import { undocsUrl } from '../symbols';
import { absoluteUrl, dataPath, resolutionPath } from '../urls';
import { dataFormats, resolutionJsonSchemaPath } from './formats';

export interface FootnoteJson {
	/** Official marker: "1". */
	marker: string;
	/** Anchor of the footnote on the document page: "fn1". */
	id: string;
	text: string;
	html: string;
	/** Absolute URL of the footnote on the document page. */
	url: string;
}

export interface ParagraphJson {
	/** Anchor on the document page: "pp1"…"op10". */
	id: string;
	kind: Paragraph['kind'];
	number: number;
	lead: string;
	/** The words, without footnote markers. */
	text: string;
	/** The words as HTML, as the page prints them; footnote calls link to the document page. */
	html: string;
	footnotes: FootnoteJson[];
	cites: string[];
	/** Absolute URL of the paragraph on the document page. */
	url: string;
	/** Element id of the same paragraph in the UN's own Akoma Ntoso file, or null when unknown. */
	akn4unId: string | null;
}

export interface ResolutionJson {
	$schema: string;
	symbol: string;
	number: string;
	title: string;
	language: string;
	organization: string;
	body: string;
	session: { number: number; title: string };
	agendaItem: { number: number; title: string };
	issued: string;
	adopted: {
		date: string;
		meeting: string;
		record: string;
		vote: Resolution['facts']['adopted']['vote'];
	};
	committee: string;
	drafts: string[];
	sponsors: string[];
	additionalSponsors: string[];
	subjects: string[];
	sdgs: number[];
	url: string;
	officialText: string;
	data: Record<string, string>;
	enactingFormula: string;
	paragraphs: ParagraphJson[];
}

/** A calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Absolute URL of an anchor (`op5`, `fn1`) on a resolution's document page. */
export function anchorUrl(resolution: Resolution, anchor: string, site: URL | string): string {
	const { symbol, language } = resolution.facts;
	return `${absoluteUrl(resolutionPath(symbol, language), site)}#${anchor}`;
}

/** The content of `data.json` for one resolution, with URLs on `site`. */
export function resolutionJson(resolution: Resolution, site: URL | string): ResolutionJson {
	const { facts } = resolution;
	const { symbol, language } = facts;
	const page = absoluteUrl(resolutionPath(symbol, language), site);
	const t = useTranslations(language);
	// Footnote calls in the HTML point at the document page, so the HTML works out of context.
	const html = (content: Inline[]) => inlineHtml(content, { footnoteLabel: t('footnote.call'), footnotesPage: page, language });
	const footnote = (note: Footnote): FootnoteJson => ({
		marker: note.marker,
		id: note.anchor,
		text: plainText(note.content),
		html: html(note.content),
		url: anchorUrl(resolution, note.anchor, site),
	});
	return {
		$schema: absoluteUrl(resolutionJsonSchemaPath, site),
		symbol,
		number: facts.number,
		title: facts.title,
		language,
		organization: facts.organization,
		body: facts.body,
		session: { number: facts.session.number, title: facts.session.title },
		agendaItem: { number: facts.agendaItem.number, title: facts.agendaItem.title },
		issued: isoDate(facts.issued.date),
		adopted: {
			date: isoDate(facts.adopted.date),
			meeting: facts.adopted.meeting,
			record: facts.adopted.record,
			vote: facts.adopted.vote,
		},
		committee: facts.committee,
		drafts: facts.drafts,
		sponsors: facts.sponsors,
		additionalSponsors: facts.additionalSponsors,
		subjects: facts.subjects,
		sdgs: [...facts.sdgs].sort((a, b) => a - b),
		url: page,
		officialText: undocsUrl(symbol, language),
		data: Object.fromEntries(dataFormats.map((format) => [format.key, absoluteUrl(dataPath(symbol, language, format.fileName), site)])),
		enactingFormula: plainText(resolution.enactingFormula),
		paragraphs: resolution.paragraphs.map((paragraph) => ({
			id: paragraph.anchor,
			kind: paragraph.kind,
			number: paragraph.number,
			lead: paragraph.lead,
			text: plainText(paragraph.content),
			html: html(paragraph.content),
			footnotes: paragraph.footnotes.map(footnote),
			cites: paragraph.cites,
			url: anchorUrl(resolution, paragraph.anchor, site),
			akn4unId: paragraph.akn4unId ?? null,
		})),
	};
}
