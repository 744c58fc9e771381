/**
 * The data views of the model (JSON, its schema, Akoma Ntoso, plain text, schema.org), built from
 * the real content of A/RES/76/299 and checked against the UN's own Akoma Ntoso file.
 */
import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../src/lib/html';
import { plainText } from '../../src/lib/inline';
import { aknWorkUri, resolutionAkn, uniqueIds } from '../../src/lib/exports/akn';
import { resolutionJson } from '../../src/lib/exports/json';
import { resolutionJsonSchema } from '../../src/lib/exports/json-schema';
import { anchorUrlOf, footnotesOf, htmlOf, paragraphsOf } from '../../src/lib/exports/json-walk';
import { paragraphStructuredData, resolutionStructuredData, jsonLdScript } from '../../src/lib/exports/structured-data';
import { resolutionText, superscriptMarker } from '../../src/lib/exports/text';
import { openGraphLocale, previewDescription } from '../../src/lib/open-graph';
import type { Resolution } from '../../src/lib/resolution';
import { normalize, readAknText, readOfficialText, validateAkn } from '../support/akn';
import { loadContent } from '../support/content';
import { compileSchema, schemaErrors } from '../support/json-schema';

const resolution = loadContent('a-res-76-299', 'en');
const official = readOfficialText('en');
const site = 'https://resolutions.example.org';
const anchors = [...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}`)];

describe('data.json', () => {
	const data = resolutionJson(resolution, site);
	const paragraphs = paragraphsOf(data);

	it('names the 30 paragraphs in order, each at its anchor on the document page', () => {
		expect(data.version).toBe(3);
		expect(data.paragraphs).toEqual(anchors);
		expect(paragraphs.map((p) => p.id)).toEqual(anchors);
		expect(data.url).toBe('https://resolutions.example.org/A/RES/76/299/');
		expect(anchorUrlOf(data, data.paragraphs[24]!)).toBe('https://resolutions.example.org/A/RES/76/299/#op5');
	});

	it('gives each paragraph the text and HTML the page prints, from the same renderers', () => {
		for (const [index, paragraph] of resolution.paragraphs.entries()) {
			const entry = paragraphs[index]!;
			expect(entry.text).toBe(plainText(paragraph.content));
			expect(htmlOf(entry)).toBe(inlineHtml(paragraph.content, { footnoteLabel: 'Footnote', footnotesPage: data.url }));
		}
		const officialTexts = [...official.preambular, ...official.operative.map((o) => o.text)];
		expect(paragraphs.map((p) => normalize(p.text))).toEqual(officialTexts);
	});

	it('gives each text once: the HTML only where it differs from the text', () => {
		// pp1 begins with its lead phrase in italics; a paragraph of plain words would have none.
		expect(paragraphs[0]!.html).toMatch(/^<em>/);
		const json = JSON.stringify(data);
		for (const paragraph of paragraphs) expect(json.split(JSON.stringify(paragraph.text)).length - 1, paragraph.id).toBe(1);
		for (const note of data.footnotes) {
			expect(json.split(JSON.stringify(note.text)).length - 1, note.id).toBe(1);
			if (note.html !== undefined) expect(note.html).not.toBe(note.text);
		}
	});

	it('links footnote calls in the HTML to the footnotes on the document page, and names them by anchor', () => {
		const pp8 = paragraphs.find((p) => p.id === 'pp8')!;
		expect(pp8.html).toContain('href="https://resolutions.example.org/A/RES/76/299/#fn1"');
		expect(pp8.footnotes).toEqual(['fn1']);
		expect(footnotesOf(data, pp8)).toEqual([
			{
				marker: '1',
				id: 'fn1',
				text: 'Resolutions 53/243 A and B.',
				html: 'Resolutions <a href="https://undocs.org/en/A/RES/53/243">53/243</a> A and B.',
				calledBy: 'pp8',
			},
		]);
		expect(pp8.cites).toEqual(['A/RES/53/243']);
	});

	it('gives each paragraph the id the UN’s own Akoma Ntoso file uses for it', () => {
		expect(Object.fromEntries(paragraphs.map((p) => [p.id, p.akn4unId]))).toEqual(official.unIds);
		expect(paragraphs.find((p) => p.id === 'op3')!.akn4unId).toBe('para_25');
		// One map of every anchor: the 30 paragraphs with the UN's ids, then the footnotes, whose ids the content does not keep.
		expect(data.anchors).toEqual({ ...official.unIds, fn1: null, fn2: null, fn3: null, fn4: null });
	});

	it('gives the text as a tree that, without structure, is the list of its paragraphs', () => {
		expect(data.content).toEqual(paragraphs);
		expect(data.content[24]).toMatchObject({ type: 'paragraph', id: 'op5', kind: 'operative', num: '5.', number: 5, lead: 'Calls upon', points: [], wrapUp: [] });
		expect(data.footnotes.map((note) => [note.id, note.calledBy])).toEqual([
			['fn1', 'pp8'],
			['fn2', 'pp9'],
			['fn3', 'pp13'],
			['fn4', 'pp16'],
		]);
	});

	it('states the facts: dates, meeting and record, vote, drafts, sponsors, subjects and goals', () => {
		expect(data).toMatchObject({
			symbol: 'A/RES/76/299',
			issued: '2022-08-01',
			adopted: { date: '2022-07-28', meeting: '97th plenary meeting', record: 'A/76/PV.97', vote: { type: 'without-vote' } },
			session: { number: 76 },
			agendaItem: { label: 'Agenda item 66', numbers: ['66'], titles: ['Peacebuilding and sustaining peace'] },
			drafts: ['A/76/L.74', 'A/76/L.74/Add.1'],
			subjects: ['ZONES OF PEACE', 'REGIONAL COOPERATION', 'CENTRAL ASIA'],
			sdgs: [2, 5, 10, 16, 17],
			language: 'en',
		});
		expect(data.sponsors).toHaveLength(7);
		expect(data.additionalSponsors).toHaveLength(12);
	});

	it('validates against its JSON Schema, which refuses a field it does not describe', () => {
		const validate = compileSchema(resolutionJsonSchema(site));
		expect(validate(data), schemaErrors(validate)).toBe(true);
		expect(validate({ ...data, extra: true })).toBe(false);
		const [first, ...rest] = data.content as typeof paragraphs;
		expect(validate({ ...data, content: [{ ...first, id: 'PP 1' }, ...rest] })).toBe(false);
		expect(validate({ ...data, content: [{ ...first, kind: 'closing' }, ...rest] })).toBe(false);
		expect(validate({ ...data, content: [{ ...first, url: `${data.url}#pp1` }, ...rest] })).toBe(false);
		expect(validate({ ...data, paragraphs: [first, ...data.paragraphs.slice(1)] })).toBe(false);
		expect(validate({ ...data, paragraphs: [...data.paragraphs, 'pp1'] })).toBe(false);
		expect(validate({ ...data, version: 2 })).toBe(false);
	});
});

describe('data.akn', () => {
	const xml = resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: `${site}/A/RES/76/299/` });
	const ours = readAknText(xml);

	it('is valid Akoma Ntoso 3.0', async () => {
		expect(await validateAkn(xml)).toEqual([]);
		// The schema is checked for real: a statement without its required name fails.
		expect((await validateAkn(xml.replace('<statement name="resolution">', '<statement>'))).join('\n')).toMatch(/name.*required/);
	});

	it('says what the UN’s file says: cover, title, formula, paragraphs, footnotes, conclusion', () => {
		expect(ours).toEqual(official);
	});

	it('follows AKN4UN: statement "resolution", the work URI, containers named by their lead', () => {
		expect(xml).toContain('<statement name="resolution">');
		expect(aknWorkUri(resolution)).toBe('/akn/un/statement/deliberation/unga/2022-07-28/76-299/');
		expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/unga/2022-07-28/76-299/eng@/"/>');
		expect(xml).toContain('<container name="Recognizing also" eId="container_10" wId="pp9">');
		expect(xml).toContain('<FRBRdate date="2026-01-02" name="markup"/>');
	});

	it('escapes text for XML', () => {
		const tricky: Resolution = { ...resolution, facts: { ...resolution.facts, title: 'Peace & <trust>' } };
		const output = resolutionAkn(tricky, { generated: new Date('2026-01-02'), pageUrl: site });
		expect(output).toContain('Peace &amp; &lt;trust&gt;');
	});

	it('refuses a resolution of another organ rather than guess its URI', () => {
		const council: Resolution = { ...resolution, facts: { ...resolution.facts, symbol: 'S/RES/2334(2016)' } };
		expect(() => aknWorkUri(council)).toThrowError(/symbol: expected a General Assembly resolution .*; found S\/RES\/2334\(2016\)$/);
	});
});

describe('data.txt', () => {
	const text = resolutionText(resolution);
	const blocks = text.trimEnd().split('\n\n');

	it('lays the text out as printed: cover, title, formula, 30 paragraphs, meeting and date, footnotes', () => {
		expect(blocks.slice(0, 4).flatMap((block) => block.split('\n'))).toEqual(official.coverLines);
		expect(blocks[4]).toBe(official.title);
		expect(blocks[5]).toBe(official.formula);
		const withoutMarkers = (line: string) => line.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');
		expect(blocks.slice(6, 26).map(withoutMarkers)).toEqual(official.preambular);
		expect(blocks.slice(26, 36).map(withoutMarkers)).toEqual(official.operative.map((o) => `${o.number} ${o.text}`));
		expect(blocks[36]!.split('\n')).toEqual(official.conclusion);
		expect(blocks[37]!.split('\n')).toEqual(['__________', ...official.footnotes.map((f) => `${superscriptMarker(f.marker)} ${f.text}`)]);
		expect(blocks).toHaveLength(38);
		expect(text.slice(text.indexOf('\n\n97th plenary meeting'))).toBe(
			'\n\n97th plenary meeting\n28\u00a0July 2022\n\n__________\n¹ Resolutions 53/243 A and B.\n² Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.\n³ Resolution 70/1.\n⁴ See resolution 75/272.\n',
		);
	});

	it('marks footnote calls where printed', () => {
		expect(blocks[13]).toContain('Culture of Peace,¹ which serve');
		expect(superscriptMarker('12')).toBe('¹²');
	});
});

describe('schema.org', () => {
	const data = resolutionStructuredData(resolution, site);

	it('describes the resolution as Legislation passed by the General Assembly, based on its drafts', () => {
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			legislationIdentifier: 'A/RES/76/299',
			legislationDate: '2022-07-28',
			legislationType: 'Resolution',
			legislationPassedBy: { '@type': 'Organization', name: 'General Assembly' },
			inLanguage: 'en',
			name: 'Zone of peace, trust and cooperation of Central Asia',
			url: 'https://resolutions.example.org/A/RES/76/299/',
			isBasedOn: [
				{ '@type': 'CreativeWork', name: 'A/76/L.74', url: 'https://undocs.org/en/A/76/L.74' },
				{ '@type': 'CreativeWork', name: 'A/76/L.74/Add.1', url: 'https://undocs.org/en/A/76/L.74/Add.1' },
			],
		});
	});

	it('lists no parts for a resolution without structure: each paragraph page names the resolution instead', () => {
		expect(data).not.toHaveProperty('hasPart');
	});

	it('gives a paragraph page its own entry, part of the resolution, without repeating its words', () => {
		const op5 = resolution.paragraphs.find((p) => p.anchor === 'op5')!;
		const entry = paragraphStructuredData(resolution, op5, site);
		expect(entry).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			'@id': `${site}/A/RES/76/299/#op5`,
			url: `${site}/A/RES/76/299/#op5`,
			name: 'A/RES/76/299, Operative paragraph 5',
			legislationIdentifier: 'A/RES/76/299, Operative paragraph 5',
			inLanguage: 'en',
			isPartOf: { '@type': 'Legislation', '@id': `${site}/A/RES/76/299/`, url: `${site}/A/RES/76/299/`, name: 'Zone of peace, trust and cooperation of Central Asia', legislationIdentifier: 'A/RES/76/299' },
		});
	});

	it('cannot close its script element', () => {
		expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).toBe('{"text":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
		expect(JSON.parse(jsonLdScript({ text: '</script>' }))).toEqual({ text: '</script>' });
	});
});

describe('Open Graph', () => {
	it('names the locale with a territory, British for the UN’s English', () => {
		expect(openGraphLocale('en')).toBe('en_GB');
		expect(openGraphLocale('fr')).toBe('fr_FR');
		expect(() => openGraphLocale('de')).toThrowError(/No Open Graph locale for language "de"/);
	});

	it('describes a page by its text whole up to 300 characters, longer ones cut after a word, Chinese at the length', () => {
		const short = 'Calls upon all States to promote regional cooperation;';
		expect(previewDescription(short)).toBe(short);
		const exact = 'a'.repeat(300);
		expect(previewDescription(exact)).toBe(exact);
		const long = `${'word '.repeat(70)}end`;
		const cut = previewDescription(long);
		expect(cut).toBe(`${'word '.repeat(59).trimEnd()}…`);
		expect(Array.from(cut).length).toBeLessThanOrEqual(300);
		const chinese = '各国'.repeat(200);
		expect(previewDescription(chinese)).toBe(`${chinese.slice(0, 299)}…`);
	});
});

describe('data.akn ids', () => {
	it('writes each eId once per statement, the second of two the UN gave one element "__2" (Russian 75/295: two para_15)', () => {
		const xml = '<statement><paragraph eId="para_15"><content eId="para_15__content"/></paragraph><paragraph eId="para_15"><content eId="para_15__content"/></paragraph></statement><statement><paragraph eId="para_15"/></statement>';
		expect(uniqueIds(xml)).toBe('<statement><paragraph eId="para_15"><content eId="para_15__content"/></paragraph><paragraph eId="para_15__2"><content eId="para_15__content__2"/></paragraph></statement><statement><paragraph eId="para_15"/></statement>');
	});
});
