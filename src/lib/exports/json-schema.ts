/**
 * The JSON Schema (draft 2020-12) of `data.json`, published at `/schemas/resolution.json`.
 * Closed objects (`additionalProperties: false`), so a field added to `json.ts` without a line
 * here fails the test that validates the built file.
 */
import { absoluteUrl } from '../urls';
import { resolutionJsonSchemaPath } from './formats';

const text = (description: string) => ({ type: 'string', minLength: 1, description });
const date = (description: string) => ({ type: 'string', format: 'date', description });
const url = (description: string) => ({ type: 'string', format: 'uri', description });
const symbol = (description: string) => ({ type: 'string', pattern: '^[A-Z]{1,6}(/[A-Za-z0-9.()]+)+$', description });
const names = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const count = { type: 'integer', minimum: 0 };

function closed(properties: Record<string, unknown>, description?: string) {
	return { type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties), additionalProperties: false };
}

/** The schema, with its `$id` on the site's public origin. */
export function resolutionJsonSchema(site: URL | string) {
	const footnote = closed(
		{
			marker: text('The official marker, as printed: "1".'),
			id: { type: 'string', pattern: '^fn[0-9]+$', description: 'Anchor of the footnote on the document page: "fn1".' },
			text: text('The words of the footnote.'),
			html: text('The footnote as HTML: document links to undocs.org.'),
			url: url('Absolute URL of the footnote on the document page.'),
		},
		'A footnote, printed at the foot of the page in the official document.',
	);
	const paragraph = closed(
		{
			id: { type: 'string', pattern: '^(pp|op)[1-9][0-9]*$', description: 'Anchor on the document page, stable forever: "pp1"…, "op1"….' },
			kind: { enum: ['preambular', 'operative'], description: 'Preambular paragraphs ("Recognizing …,") come before the operative ones ("1. Declares …;").' },
			number: { type: 'integer', minimum: 1, description: 'Position within its kind, from 1.' },
			lead: text('The leading phrase printed in italics: "Recognizing also".'),
			text: text('The words of the paragraph, lead phrase first, without footnote markers.'),
			html: text('The paragraph as the page prints it: <em> lead phrase, document links, footnote calls linked to the document page.'),
			footnotes: { type: 'array', items: { $ref: '#/$defs/footnote' }, description: 'The footnotes the paragraph calls, in order.' },
			cites: { type: 'array', items: symbol('A UN document symbol.'), description: 'Symbols of the documents the paragraph or its footnotes cite.' },
			url: url('Absolute URL of the paragraph on the document page, with its anchor.'),
			akn4unId: {
				type: ['string', 'null'],
				description: 'Element id of the same paragraph in the UN\u2019s own Akoma Ntoso file ("para_25"), for cross-reference; null when unknown. Ids differ between languages.',
			},
		},
		'One paragraph of the resolution.',
	);
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(resolutionJsonSchemaPath, site),
		title: 'A United Nations resolution, paragraph by paragraph',
		description: 'The facts of a resolution and its paragraphs in order, as published beside its page at …/data.json.',
		...closed({
			$schema: url('This schema.'),
			symbol: symbol('The document symbol: "A/RES/76/299".'),
			number: { type: 'string', pattern: '^[0-9]+/[0-9]+$', description: 'The resolution number printed before the title: "76/299".' },
			title: text('The title as printed.'),
			language: { enum: ['ar', 'zh', 'en', 'fr', 'ru', 'es'], description: 'Language of the text: one of the six official languages.' },
			organization: text('"United Nations", as printed.'),
			body: text('The organ that adopted it, as printed: "General Assembly".'),
			session: closed({ number: { type: 'integer', minimum: 1 }, title: text('As printed: "Seventy-sixth session".') }, 'The session.'),
			agendaItem: closed({ number: { type: 'integer', minimum: 1 }, title: text('As printed.') }, 'The agenda item under which it was adopted.'),
			issued: date('Date of issue printed on the cover.'),
			adopted: closed(
				{
					date: date('Date of adoption.'),
					meeting: text('The meeting, as printed: "97th plenary meeting".'),
					record: symbol('Symbol of the verbatim record of the meeting.'),
					vote: {
						description: 'How it was adopted.',
						oneOf: [
							closed({ type: { const: 'without-vote' } }),
							closed({ type: { const: 'recorded' }, inFavour: count, against: count, abstaining: count }),
						],
					},
				},
				'The adoption.',
			),
			committee: text('The Main Committee that recommended it, or "without reference to a Main Committee".'),
			drafts: { type: 'array', minItems: 1, items: symbol('A draft symbol.'), description: 'Symbols of the draft resolution and its addenda.' },
			sponsors: names('Member States that sponsored the draft.'),
			additionalSponsors: names('Member States that joined as sponsors later.'),
			subjects: names('Subject headings of the UNBIS Thesaurus.'),
			sdgs: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 17 }, description: 'Numbers of the Sustainable Development Goals it is tagged with, ascending.' },
			url: url('Absolute URL of the document page.'),
			officialText: url('The official document on undocs.org.'),
			data: closed({ json: url('This file.'), akn: url('Akoma Ntoso XML.'), txt: url('Plain text.') }, 'The data files of the resolution.'),
			enactingFormula: text('The line before the preamble: "The General Assembly,".'),
			paragraphs: { type: 'array', minItems: 1, items: { $ref: '#/$defs/paragraph' }, description: 'Preambular, then operative paragraphs, in order.' },
		}),
		$defs: { paragraph, footnote },
	};
}
