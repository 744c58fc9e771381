/**
 * The JSON Schema (draft 2020-12) of `data.json`, published at `/schemas/resolution.json`.
 * Closed objects (`additionalProperties: false`), so a field added to `json.ts` without a line
 * here fails the tests that validate the data files.
 */
import { absoluteUrl } from '../urls';
import { resolutionJsonSchemaPath, resolutionJsonVersion } from './formats';

const text = (description: string) => ({ type: 'string', minLength: 1, description });
const date = (description: string) => ({ type: 'string', format: 'date', description });
const url = (description: string) => ({ type: 'string', format: 'uri', description });
const nullable = (schema: Record<string, unknown>, description: string) => ({ description, oneOf: [schema, { type: 'null' }] });
/** As src/lib/symbols.ts checks them: "A/RES/76/299", "A/RES/76/84 A-B", "A/RES/ES-11/1", "A/76/PV.97". */
const symbolPattern = '^[A-Z]{1,6}(?:/(?:[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\\.[0-9A-Z]+)*(?:\\((?:[0-9]{4}|(?:E?S-)?[IVXLC]+)\\))?|(?:Add|Rev|Corr|Amend)\\.[0-9]+))+(?: [A-Z](?:-[A-Z])?)?$';
const symbol = (description: string) => ({ type: 'string', pattern: symbolPattern, description });
const names = (description: string) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description });
const count = (description: string) => ({ type: 'integer', minimum: 0, description });
/** Anchors as src/lib/anchors.ts derives them: lower-case letters, digits, dots and dashes, or a part's capital letter first. */
const anchorPattern = '^(?:[A-Z]+(?:-[a-z0-9.-]+)?|[a-z][a-z0-9.]*(?:-[a-z0-9.]+)*)$';
const anchor = (description: string) => ({ type: 'string', pattern: anchorPattern, description });
const akn4unId = {
	type: ['string', 'null'],
	minLength: 1,
	description:
		'Element id (eId) of the same thing in the UN\u2019s own Akoma Ntoso file ("para_25", "para_13_list_point_a", "container_546 table_1"), for cross-reference; null when unknown. Ids differ between languages, and in a document of parts they restart in each part.',
};

/** An object of exactly these properties, all required but `html`, which is given only where it differs from `text`. */
function closed(properties: Record<string, unknown>, description?: string) {
	return { type: 'object', ...(description ? { description } : {}), properties, required: Object.keys(properties).filter((key) => key !== 'html'), additionalProperties: false };
}

/** Where a footnote or a paragraph of the list is given: by its anchor, the one place its words are. */
const footnoteAnchorPattern = '^fn[0-9]+$';

/** The schema, with its `$id` on the site's public origin. */
export function resolutionJsonSchema(site: URL | string) {
	/** `html` is left out where it would repeat `text`: then `text` is its own HTML (no markup, nothing to escape). */
	const html = (description: string) => ({ type: 'string', minLength: 1, description: `${description} Given only where it differs from \`text\`; where it is absent, \`text\` is the HTML.` });
	const words = {
		text: { type: 'string', description: 'The words, without footnote markers; empty for an empty table cell.' },
		html: html('The words as HTML, as the page prints them: <em>, <sup>, document links to undocs.org, other links with rel="external", footnote calls linked to the document page.'),
	};
	const textOnly = closed(words, 'Words, as plain text and, where it differs, as HTML.');
	const footnote = closed(
		{
			marker: text('The official marker, as printed: "1".'),
			id: { type: 'string', pattern: footnoteAnchorPattern, description: 'Anchor of the footnote on the document page: "fn1"; the blocks that call it name it so.' },
			text: text('The words of the footnote.'),
			html: html('The footnote as HTML: document links to undocs.org.'),
			calledBy: anchor('Anchor of the block whose text calls it: "pp8".'),
		},
		'A footnote, printed at the foot of the page in the official document, with the block that calls it: the one place its words are given.',
	);
	const base = (id: string) => ({
		id: anchor(`Anchor on the document page, stable forever: ${id}. Its URL is the resolution\u2019s \`url\`, "#" and the anchor.`),
		akn4unId,
		footnotes: { type: 'array', items: { type: 'string', pattern: footnoteAnchorPattern }, description: 'Anchors of the footnotes its text calls, in order: "fn1"; their words are in the resolution\u2019s `footnotes`.' },
		cites: { type: 'array', items: { type: 'string', pattern: '^\\S(?:.*\\S)?$', description: 'A UN document, as the link names it: "A/RES/73/338", "A/76/49 (vol. I)".' }, description: 'Documents the block or its footnotes link, in order.' },
	});
	const children = { type: 'array', items: { $ref: '#/$defs/block' }, description: 'The blocks in its scope, in the order printed.' };
	const point = closed(
		{
			id: anchor('Anchor of the sub-paragraph: "op5-a", "op5-a-ii" (its letters come from its place, never from the printed letter).'),
			num: text('The letter or number as printed: "(a)", "а)", "(أ)", "㈠".'),
			...words,
			akn4unId,
			points: { type: 'array', items: { $ref: '#/$defs/point' }, description: 'Its own sub-paragraphs: "(i)", "(ii)"….' },
		},
		'A lettered sub-paragraph: "(a) …".',
	);
	const paragraph = closed(
		{
			type: { const: 'paragraph' },
			...base('"pp1", "op5", "sec2-op3", "annex-op1", "A-op1", "p2" (an operative paragraph printed without a number)'),
			kind: { enum: ['preambular', 'operative'], description: 'Preambular paragraphs ("Recognizing …,") state reasons; operative ones ("1. Declares …;") decide.' },
			num: nullable(text('As printed.'), 'The number as printed: "5.", "5 -" (Arabic), "1.1"; null where none is printed.'),
			number: { description: 'Its number in its scope, from its anchor: 5 for op5, 3 for sec2-pp3, 2 for p2; "1.1" for a dotted number.', oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)+$' }] },
			lead: nullable(text('As printed.'), 'The leading phrase printed in italics ("Recognizing also"), or null when the text begins with none.'),
			text: { type: 'string', description: 'The words of the paragraph before any sub-paragraphs, lead phrase first, without footnote markers (empty when the sub-paragraphs begin at once).' },
			html: html('The same words as the page prints them: <em> lead phrase, document links, footnote calls linked to the document page.'),
			points: { type: 'array', items: { $ref: '#/$defs/point' }, description: 'Its lettered sub-paragraphs, in order.' },
			wrapUp: { type: 'array', items: textOnly, description: 'Paragraphs of text printed after the sub-paragraphs ("and stresses …"), in order.' },
		},
		'A paragraph of the text, preambular or operative.',
	);
	const heading = closed(
		{
			type: { const: 'heading' },
			...base('"h1", "sec1-h2"'),
			num: nullable(text('As printed.'), 'A number or letter printed before it ("B."), or null.'),
			text: { type: 'string', description: 'The heading\u2019s words; empty for a heading of only a number and a footnote call (the letter of a part issued apart: "B" and its note).' },
			html: html('The heading as HTML.'),
		},
		'A heading printed inside the text.',
	);
	const table = closed(
		{
			type: { const: 'table' },
			...base('"t1", "sec1-t1"'),
			rows: {
				type: 'array',
				minItems: 1,
				description: 'The rows, in order.',
				items: closed(
					{
						id: anchor('Anchor of the row: "t1-r3".'),
						cells: {
							type: 'array',
							minItems: 1,
							description: 'Its cells, in order.',
							items: closed(
								{
									header: { type: 'boolean', description: 'A header cell (th).' },
									colspan: { type: 'integer', minimum: 1, description: 'Columns it spans (1 when it spans none).' },
									rowspan: { type: 'integer', minimum: 1, description: 'Rows it spans (1 when it spans none).' },
									...words,
								},
								'A cell.',
							),
						},
					},
					'A row.',
				),
			},
		},
		'A table.',
	);
	const section = closed(
		{
			type: { const: 'section' },
			...base('"sec2", "annex-sec1"'),
			num: nullable(text('As printed.'), 'Its number or letter as printed ("I", "A", "أولا"), or null.'),
			title: nullable({ $ref: '#/$defs/words' }, 'Its title, or null when none is printed.'),
			children,
		},
		'A section ("I. Financial performance report …"): its paragraphs are numbered from 1.',
	);
	const annex = closed(
		{
			type: { const: 'annex' },
			...base('"annex", "annex2", "A-annex"'),
			lines: { type: 'array', minItems: 1, items: { $ref: '#/$defs/words' }, description: 'The lines printed at its head: "Annex", its title.' },
			children,
		},
		'An annex.',
	);
	const part = closed(
		{
			type: { const: 'part' },
			...base('"A", "B"'),
			num: { type: 'string', pattern: '^[A-Z]$', description: 'The letter of the part, as in its symbol: "A".' },
			title: nullable({ $ref: '#/$defs/words' }, 'Its title as printed, without the letter; null when none is printed.'),
			enactingFormula: nullable(text('As printed.'), 'Its enacting formula ("The General Assembly,"), or null when none is printed.'),
			meeting: nullable(text('As printed.'), 'The meeting at which it was adopted, as printed after its text: "49th plenary meeting".'),
			children,
		},
		'One resolution of a document that holds several ("76/84 A").',
	);
	const slugs = (description: string) => ({ type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, uniqueItems: true, description });
	const names3 = (description: string) =>
		closed(
			{
				inFavour: names('Member States voting in favour.'),
				against: names('Member States voting against.'),
				abstaining: names('Member States abstaining.'),
			},
			description,
		);
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: absoluteUrl(resolutionJsonSchemaPath, site),
		title: `A United Nations resolution: its facts and its text (data.json version ${resolutionJsonVersion})`,
		description: 'The facts of a resolution and its text as the tree of its blocks, as published beside its page at …/data.json. Each text is given once: a block\u2019s words in `content`, a footnote\u2019s in `footnotes`; `paragraphs` and the blocks\u2019 `footnotes` name them by anchor.',
		...closed({
			$schema: url('This schema.'),
			version: { const: resolutionJsonVersion, description: `The version of this shape: ${resolutionJsonVersion}. Version 2 (no \`version\` field) repeated every paragraph in \`paragraphs\` and every footnote in its block, gave every block a \`url\` and every text its \`html\`.` },
			symbol: symbol('The document symbol: "A/RES/76/299", "A/RES/76/84 A-B".'),
			number: { type: 'string', pattern: '^\\S(?:.*\\S)?/[0-9]+$', description: 'The resolution number printed before the title: "76/299", "ES-11/1".' },
			title: nullable(text('As printed.'), 'The title as printed; null where the UN\u2019s file has lost it.'),
			language: { enum: ['ar', 'zh', 'en', 'fr', 'ru', 'es'], description: 'Language of the text: one of the six official languages.' },
			organization: text('"United Nations", as printed.'),
			body: text('The organ that adopted it, as printed: "General Assembly".'),
			session: closed(
				{ number: nullable({ type: 'integer', minimum: 1 }, 'Its number: 76; null where the file does not give it (emergency special sessions).'), title: { type: 'string', description: 'As printed: "Seventy-sixth session"; empty where the file leaves the line empty.' } },
				'The session.',
			),
			agendaItem: closed(
				{
					label: { type: 'string', description: 'The line as printed: "Agenda item 66", "Agenda items 20 and 78 (a)"; empty where the file leaves it empty.' },
					numbers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The items\u2019 numbers, with any sub-item: ["66"], ["20", "78 (a)"].' },
					titles: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The items\u2019 titles as printed, one line each.' },
				},
				'The agenda item or items under which it was adopted.',
			),
			issued: date('Date of issue printed on the cover.'),
			adopted: closed(
				{
					date: date('Date of adoption.'),
					meeting: text('The meeting, as printed: "97th plenary meeting".'),
					record: nullable(symbol('A symbol.'), 'Symbol of the verbatim record of the meeting ("A/76/PV.97"); null where the UN\u2019s record gives prose instead.'),
					recordNote: nullable(text('As the record says it.'), 'What the UN\u2019s record says instead of a record\u2019s symbol: "Adopted without vote, 48th plenary meeting"; null otherwise.'),
					vote: {
						description: 'How it was adopted.',
						oneOf: [
							closed({ type: { const: 'without-vote', description: 'Adopted without a vote.' } }, 'Adopted without a vote.'),
							closed(
								{
									type: { const: 'recorded', description: 'Adopted by a recorded vote.' },
									inFavour: count('How many voted in favour.'),
									against: count('How many voted against.'),
									abstaining: count('How many abstained.'),
									voters: nullable(names3('Who voted how.'), 'Who voted how, named as the UN\u2019s record names them (English capitals in every language: "BOLIVIA (PLURINATIONAL STATE OF)"); null when the record does not say.'),
									states: nullable(
										closed(
											{
												inFavour: slugs('Member States voting in favour, in the order of `voters`.'),
												against: slugs('Member States voting against, in the order of `voters`.'),
												abstaining: slugs('Member States abstaining, in the order of `voters`.'),
												notVoting: slugs('Member States the record does not name (absent, or present and not voting), in the order of their English names.'),
											},
											'Who voted how, each Member State by its slug; the four lists hold the 193 Member States once each.',
										),
										'The Member States of `voters` by their slugs, as in the site\u2019s `/member-states/<slug>/` ("bolivia"), and those not voting; null when `voters` is null. Added in version 3 (a field more, nothing changed).',
									),
								},
								'Adopted by a recorded vote.',
							),
						],
					},
				},
				'The adoption.',
			),
			committee: text('The Main Committee that recommended it, or "without reference to a Main Committee".'),
			proponent: nullable(text('As printed.'), 'The bracketed cover line naming the drafts: "[without reference to a Main Committee (A/76/L.74 and A/76/L.74/Add.1)]"; null where none is printed.'),
			drafts: { type: 'array', items: symbol('A draft symbol.'), description: 'Symbols of the draft resolution and its addenda, or of the committee\u2019s report; may be empty.' },
			sponsors: names('Member States that sponsored the draft.'),
			additionalSponsors: names('Member States that joined as sponsors later.'),
			submittedBy: nullable(text('As the record says it.'), 'Who submitted the draft when no State sponsored it: "the President of the General Assembly"; null otherwise.'),
			reissued: { type: 'boolean', description: 'Whether the UN reissued the document.' },
			subjects: names('Subject headings of the UNBIS Thesaurus.'),
			sdgs: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 17 }, description: 'Numbers of the Sustainable Development Goals it is tagged with, ascending.' },
			sdgTargets: { type: 'array', items: { type: 'string', pattern: '^(?:[1-9]|1[0-7])\\.(?:[1-9][0-9]?|[a-z])$' }, description: 'Targets of those Goals it is tagged with, as the UN writes them ("3.7", "14.a"); each target\'s Goal is in sdgs.' },
			url: url('Absolute URL of the document page. Every block, sub-paragraph, table row and footnote is at this URL, "#" and its anchor: …/A/RES/76/299/#op5.'),
			officialText: url('The official document on undocs.org.'),
			data: closed({ json: url('This file.'), akn: url('Akoma Ntoso XML.'), txt: url('Plain text.') }, 'The data files of the resolution.'),
			enactingFormula: nullable(text('As printed.'), 'The line before the preamble: "The General Assembly,"; null in a document of parts (each part has its own) or where none is printed.'),
			content: { type: 'array', minItems: 1, items: { $ref: '#/$defs/block' }, description: 'The text as the tree of its blocks, in the order printed: parts hold their blocks and annexes, annexes and sections theirs.' },
			paragraphs: { type: 'array', items: anchor('A paragraph\u2019s anchor.'), uniqueItems: true, description: 'Anchors of every paragraph of `content`, wherever it is, in the order printed: the paragraphs are the blocks of `content` of type "paragraph", found by walking `children`.' },
			footnotes: { type: 'array', items: { $ref: '#/$defs/footnote' }, description: 'Every footnote, in the order printed: the one place their words are given.' },
			anchors: {
				type: 'object',
				description: 'Every anchor of the text in reading order (blocks, sub-paragraphs, table rows, footnotes), each with the UN\u2019s element id for it, or null when unknown.',
				propertyNames: { pattern: anchorPattern },
				additionalProperties: { type: ['string', 'null'] },
			},
			citations: {
				type: 'array',
				description: 'The General Assembly resolutions the text cites (its links to "A/RES/…" documents, footnotes counting for the block that calls them), block by block, in the order printed.',
				items: closed(
					{
						from: anchor('Anchor of the citing block: "pp3".'),
						cites: text('The resolution as the link names it: "A/RES/75/180", "A/RES/76/84a-b".'),
						symbol: nullable(symbol('A symbol.'), 'The resolution as this site publishes it ("A/RES/76/84 A-B" for a link to "A/RES/76/84"); null where this site does not publish it (its official text is on undocs.org).'),
						url: nullable(url('A document page.'), 'Its document page on this site in this language, at the part the link names if any (…/A/RES/76/84A-B/#B); null where it is not published here in this language.'),
						paragraphs: { type: 'array', items: anchor('An operative paragraph\u2019s anchor: "op9".'), description: 'The operative paragraphs of the cited resolution that the words around the link name ("paragraph 9 of its resolution 76/242" → ["op9"]), where it is published here in this language; usually empty.' },
					},
					'A resolution cited by a block.',
				),
			},
			citedBy: {
				type: 'array',
				description: 'The places of resolutions published on this site that cite this one in this language, by resolution and then in the order printed: the reverse of their `citations`.',
				items: closed(
					{
						symbol: symbol('The citing resolution: "A/RES/76/290".'),
						id: anchor('Anchor of the citing block: "op1".'),
						designation: text('The place as a citation names it, in this language: "76/290, para. 1".'),
						url: url('The citing place on its document page: …/A/RES/76/290/#op1.'),
						paragraphs: { type: 'array', items: anchor('A paragraph\u2019s anchor: "op9".'), description: 'The paragraphs of this resolution that the citing words name ("paragraph 9 of its resolution 76/242" → ["op9"]); usually empty.' },
					},
					'A place that cites this resolution.',
				),
			},
		}),
		$defs: {
			block: { description: 'A block of the text.', oneOf: [{ $ref: '#/$defs/paragraph' }, { $ref: '#/$defs/heading' }, { $ref: '#/$defs/table' }, { $ref: '#/$defs/section' }, { $ref: '#/$defs/annex' }, { $ref: '#/$defs/part' }] },
			paragraph,
			point,
			heading,
			table,
			section,
			annex,
			part,
			words: closed({ text: text('The words.'), html: html('The words as HTML.') }, 'Words, as plain text and, where it differs, as HTML.'),
			footnote,
		},
	};
}
