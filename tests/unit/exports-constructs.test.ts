/**
 * The data views of every construct of the text model (parts, annexes, sections, headings,
 * paragraphs with sub-paragraphs and wrap-up, tables, footnotes, raised text, external links,
 * recorded votes), on the two made-up fixtures that hold them all
 * (tests/fixtures/content/constructs/), and their broken cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFolder, loadFolder } from '../../src/lib/content-files';
import { inlineHtml } from '../../src/lib/html';
import { plainText, type Inline } from '../../src/lib/inline';
import type { Resolution } from '../../src/lib/resolution';
import { aknWorkUri, resolutionAkn } from '../../src/lib/exports/akn';
import { resolutionJson, type BlockJson, type PointJson } from '../../src/lib/exports/json';
import { resolutionJsonSchema } from '../../src/lib/exports/json-schema';
import { blocksOf as walk, htmlOf, paragraphsOf, pointsOf } from '../../src/lib/exports/json-walk';
import { jsonLdScript, paragraphStructuredData, resolutionStructuredData } from '../../src/lib/exports/structured-data';
import { raised, resolutionText, tableText } from '../../src/lib/exports/text';
import { parseXml } from '../support/akn-words';
import { validateAkn } from '../support/akn';
import { compileSchema, schemaErrors } from '../support/json-schema';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string) => loadFolder(`${root}tests/fixtures/content/constructs/${name}/en`);
const constructs = fixture('a-res-76-901');
const parts = fixture('a-res-76-902a-b');
const site = 'https://resolutions.example.org';
const page = `${site}/A/RES/76/901/`;
const akn = (resolution: Resolution) => resolutionAkn(resolution, { generated: new Date('2026-01-02'), pageUrl: site });
const validate = compileSchema(resolutionJsonSchema(site));

describe('data.json of every construct', () => {
	const data = resolutionJson(constructs, site);
	const byId = new Map([...walk(data.content)].map((block) => [block.id, block]));

	it('gives the text as the tree of its blocks: sections and the annex hold theirs', () => {
		const shape = (blocks: readonly BlockJson[]): unknown[] => blocks.map((block) => ('children' in block ? { [block.id]: shape(block.children) } : block.id));
		expect(shape(data.content)).toEqual(['pp1', 'pp2', 'op1', 'h1', 'op2', { sec1: ['sec1-pp1', 'sec1-op1', 'sec1-t1'] }, { sec2: ['sec2-op1'] }, { annex: ['annex-p1', 'annex-op1'] }]);
		expect(byId.get('sec1')).toEqual({ type: 'section', id: 'sec1', akn4unId: null, footnotes: [], cites: [], num: 'I', title: { text: 'Financial performance report' }, children: expect.any(Array) });
		expect(byId.get('annex')).toMatchObject({ type: 'annex', lines: [{ text: 'Annex' }, { text: 'Our ocean, our future' }] });
		expect(byId.get('h1')).toEqual({ type: 'heading', id: 'h1', akn4unId: null, footnotes: [], cites: [], num: null, text: 'General provisions' });
	});

	it('gives a paragraph its number as printed, its lead, its points with their own and the words after them', () => {
		const op1 = byId.get('op1');
		expect(op1).toMatchObject({ type: 'paragraph', kind: 'operative', num: '1.', number: 1, lead: 'Decides', text: 'Decides that the members shall be elected in accordance with the following rules:' });
		if (op1?.type !== 'paragraph') throw new Error('op1 is not a paragraph');
		const outline = (points: readonly PointJson[]): unknown[] => points.map((point) => [point.id, point.num, point.text, outline(point.points)]);
		expect(outline(op1.points)).toEqual([
			['op1-a', '(a)', 'In electing the members, the Assembly shall observe the following distribution of seats:', [
				['op1-a-i', '(i)', 'Two from African States;', []],
				['op1-a-ii', '(ii)', 'Two from Asia-Pacific States;', []],
			]],
			['op1-b', '(b)', 'The term of office shall be six years;', []],
		]);
		expect(op1.points[0]!.points[1]).toEqual({ id: 'op1-a-ii', num: '(ii)', text: 'Two from Asia-Pacific States;', akn4unId: null, points: [] });
		expect(op1.wrapUp).toEqual([{ text: 'and stresses the importance of the rules;' }]);
		// Unnumbered: no printed number, and the anchor's own ordinal.
		expect(byId.get('annex-p1')).toMatchObject({ num: null, number: 1, lead: null });
		expect(byId.get('sec2-op1')).toMatchObject({ num: null, number: 1, lead: 'Approves' });
	});

	it('gives a table its rows with their anchors, and each cell as a header or not, with its spans', () => {
		expect(byId.get('sec1-t1')).toEqual({
			type: 'table',
			id: 'sec1-t1',
			akn4unId: 'container_546 table_1',
			footnotes: [],
			cites: [],
			rows: [
				{ id: 'sec1-t1-r1', cells: [
					{ header: true, colspan: 1, rowspan: 1, text: 'Action', html: '<em>Action</em>' },
					{ header: true, colspan: 2, rowspan: 1, text: 'Post' },
				] },
				{ id: 'sec1-t1-r2', cells: [
					{ header: false, colspan: 1, rowspan: 1, text: 'New post' },
					{ header: false, colspan: 1, rowspan: 1, text: 'Accounting Assistanta', html: 'Accounting Assistant<sup>a</sup>' },
					{ header: false, colspan: 1, rowspan: 1, text: '' },
				] },
			],
		});
	});

	it('prints raised text as <sup> and links outside undocs.org as external, in footnotes too', () => {
		expect(data.footnotes).toEqual([
			{
				marker: '1',
				id: 'fn1',
				text: 'See Official Records, no 5, and www.un.org.',
				html: 'See <em>Official Records</em>, n<sup>o</sup> 5, and <a href="https://www.un.org/en/ga/" rel="external">www.un.org</a>.',
				calledBy: 'pp1',
			},
			{ marker: '2', id: 'fn2', text: 'A note on paragraph 2.', calledBy: 'op2' },
		]);
		expect(byId.get('pp1')).toMatchObject({ cites: ['A/RES/75/250 B'], footnotes: ['fn1'] });
		expect((byId.get('pp1') as { html: string }).html).toContain(`<a href="${page}#fn1" id="fnref1" aria-label="Footnote 1">1</a>`);
	});

	it('takes every text and HTML string from the page’s renderers, the HTML only where it differs from the text', () => {
		const html = (content: Inline[]) => inlineHtml(content, { footnoteLabel: 'Footnote', footnotesPage: page, language: 'en' });
		for (const block of constructs.blocks) {
			const entry = byId.get(block.anchor)!;
			if (block.type === 'paragraph' && entry.type === 'paragraph') {
				expect(entry.text).toBe(plainText(block.content));
				expect(htmlOf(entry)).toBe(html(block.content));
				expect(entry.wrapUp.map(htmlOf)).toEqual(block.wrapUp.map(html));
			}
			if (block.type === 'heading' && entry.type === 'heading') expect(htmlOf(entry)).toBe(html(block.content));
			if (block.type === 'table' && entry.type === 'table') expect(entry.rows.flatMap((r) => r.cells.map(htmlOf))).toEqual(block.rows.flatMap((r) => r.cells.map((c) => html(c.content))));
		}
		// Wherever `html` is given, it says more than the text.
		const given: unknown[] = [];
		const look = (value: unknown) => {
			if (Array.isArray(value)) value.forEach(look);
			else if (value && typeof value === 'object') {
				if ('html' in value) given.push(value);
				Object.values(value).forEach(look);
			}
		};
		look(data);
		expect(given.length).toBeGreaterThan(0);
		for (const words of given as { text: string; html: string }[]) expect(words.html).not.toBe(words.text);
	});

	it('maps every anchor of the text, in reading order, to the UN file’s element id where known', () => {
		expect(Object.keys(data.anchors)).toEqual([
			'pp1', 'pp2', 'pp2-a', 'pp2-b', 'op1', 'op1-a', 'op1-a-i', 'op1-a-ii', 'op1-b', 'h1', 'op2',
			'sec1', 'sec1-pp1', 'sec1-op1', 'sec1-t1', 'sec1-t1-r1', 'sec1-t1-r2', 'sec2', 'sec2-op1', 'annex', 'annex-p1', 'annex-op1', 'fn1', 'fn2',
		]);
		expect(data.anchors['sec1-t1']).toBe('container_546 table_1');
		expect(data.anchors['op1']).toBeNull();
		// The same ids as each block carries.
		for (const block of walk(data.content)) expect(data.anchors[block.id]).toBe(block.akn4unId);
	});

	it('names every paragraph, wherever it is, in the order of the tree; every footnote a block names is in the list, called by it', () => {
		expect(data.paragraphs).toEqual(constructs.paragraphs.map((p) => p.anchor));
		expect(paragraphsOf(data).map((p) => p.id)).toEqual(data.paragraphs);
		const calls = [...walk(data.content)].flatMap((block) => block.footnotes.map((id) => [id, block.id]));
		expect(calls).toEqual(data.footnotes.map((note) => [note.id, note.calledBy]));
		// Sub-paragraphs are reached through their paragraph.
		expect(paragraphsOf(data).flatMap((p) => [...pointsOf(p.points)].map((point) => point.id))).toEqual(Object.keys(data.anchors).filter((anchor) => /-[a-z]+$/.test(anchor)));
	});

	it('states the new facts: agenda items, record, who submitted it, a recorded vote with its voters, by name and by slug', () => {
		expect(data.adopted.vote.type === 'recorded' && data.adopted.vote.states?.notVoting).toHaveLength(188);
		expect(data).toMatchObject({
			title: 'Constructs of the text',
			agendaItem: { label: 'Agenda items 20 and 78 (a)', numbers: ['20', '78 (a)'], titles: ['Sustainable development', 'Oceans and the law of the sea'] },
			adopted: {
				record: 'A/76/PV.54',
				recordNote: null,
				vote: {
					type: 'recorded',
					inFavour: 3,
					against: 1,
					abstaining: 1,
					voters: { inFavour: ['ALBANIA', 'BOLIVIA (PLURINATIONAL STATE OF)', "CÔTE D'IVOIRE"], against: ['ZIMBABWE'], abstaining: ['TÜRKİYE'] },
					// The same States by their slugs, in the same order, and the 188 the record does not name.
					states: { inFavour: ['albania', 'bolivia', 'cote-divoire'], against: ['zimbabwe'], abstaining: ['turkey'], notVoting: expect.arrayContaining(['afghanistan', 'zambia']) },
				},
			},
			submittedBy: 'the Chair of the Committee following informal consultations',
			reissued: false,
			proponent: '[on the report of the Fifth Committee (A/76/642, para. 8)]',
			enactingFormula: 'The General Assembly,',
		});
	});

	it('gives each part of a document of parts its letter, title, formula, meeting and blocks', () => {
		const collection = resolutionJson(parts, site);
		expect(collection.enactingFormula).toBeNull();
		expect(collection.content.map((part) => [part.type, part.id])).toEqual([
			['part', 'A'],
			['part', 'B'],
		]);
		expect(collection.content[0]).toMatchObject({
			num: 'A',
			title: { text: 'Information in the service of humanity' },
			enactingFormula: 'The General Assembly,',
			meeting: '49th plenary meeting',
		});
		expect(collection.url).toBe(`${site}/A/RES/76/902A-B/`);
		expect([...walk(collection.content)].map((block) => block.id)).toEqual(['A', 'A-pp1', 'A-op1', 'B', 'B-op1', 'B-op2']);
		expect(collection.paragraphs).toEqual(['A-pp1', 'A-op1', 'B-op1', 'B-op2']);
	});

	it('validates against its JSON Schema, which refuses what it does not describe', () => {
		for (const each of [data, resolutionJson(parts, site)]) expect(validate(each), schemaErrors(validate)).toBe(true);
		const broken = (change: (copy: typeof data) => void) => {
			const copy = structuredClone(data);
			change(copy);
			return validate(copy);
		};
		expect(broken(() => {})).toBe(true);
		// A heading of only a letter and a footnote call (the "B" of a part issued apart, as imported) has no words.
		expect(broken((copy) => ((copy.content[3] as { text: string }).text = ''))).toBe(true);
		expect(broken((copy) => ((copy.content[7] as { type: string }).type = 'appendix'))).toBe(false);
		expect(broken((copy) => delete (copy.content[2] as { points?: unknown }).points)).toBe(false);
		expect(broken((copy) => (((copy.content[2] as { points: { num?: string }[] }).points[0]!).num = ''))).toBe(false);
		expect(broken((copy) => ((copy.content[5] as { children: { rows?: { cells: unknown[] }[] }[] }).children[2]!.rows![0]!.cells = []))).toBe(false);
		expect(broken((copy) => (copy.anchors['Not an anchor'] = null))).toBe(false);
		expect(broken((copy) => ((copy.adopted.vote as { voters: unknown }).voters = { inFavour: [] }))).toBe(false);
		expect(broken((copy) => ((copy.adopted as { record: unknown }).record = 'A/76/pv.54'))).toBe(false);
	});
});

describe('data.akn of every construct', () => {
	const xml = akn(constructs);
	const doc = parseXml(xml);
	const $ = (selector: string) => doc.querySelector(selector)!;
	const $$ = (selector: string) => [...doc.querySelectorAll(selector)];
	const children = (selector: string) => [...$(selector).children].map((e) => e.localName + (e.getAttribute('wId') ? `#${e.getAttribute('wId')}` : ''));

	it('is valid Akoma Ntoso 3.0, for one resolution and for a document of parts', async () => {
		expect(await validateAkn(xml)).toEqual([]);
		expect(await validateAkn(akn(parts))).toEqual([]);
		// The validator does check structure: a sublist inside a point's content is refused.
		const misplaced = xml.replace(/(<point eId="op1-a" wId="op1-a">[^]*?<\/p>)/, '$1<sublist eId="x"><point eId="y"><content eId="z"><p>words</p></content></point></sublist>');
		expect(await validateAkn(misplaced)).not.toEqual([]);
	});

	it('names a container without a lead phrase, since the schema requires a name', async () => {
		const unled: Resolution = { ...constructs, blocks: constructs.blocks.map((block) => (block.type === 'paragraph' && block.kind === 'preambular' ? { ...block, lead: undefined } : block)) };
		const output = akn(unled);
		expect(await validateAkn(output)).toEqual([]);
		expect(output).toContain('<container name="preambularParagraph" eId="pp1" wId="pp1">');
	});

	it('writes sub-paragraphs as the UN does: list, intro, points, and a sublist after its point; the wrap-up last', () => {
		expect(children('paragraph[wId="op1"]')).toEqual(['num', 'list']);
		expect(children('paragraph[wId="op1"] > list')).toEqual(['intro', 'point#op1-a', 'sublist', 'point#op1-b', 'wrapUp']);
		expect(children('paragraph[wId="op1"] > list > sublist')).toEqual(['point#op1-a-i', 'point#op1-a-ii']);
		expect($('point[wId="op1-a-ii"] > num').textContent).toBe('(ii)');
		expect($('paragraph[wId="op1"] > list > wrapUp').textContent?.trim()).toBe('and stresses the importance of the rules;');
		// A preambular paragraph's points: a blockList of items, as in the UN's 76/29.
		expect(children('preamble > container[wId="pp2"] > blockList')).toEqual(['listIntroduction', 'item#pp2-a', 'item#pp2-b']);
	});

	it('writes headings, sections with their preambular paragraphs as crossHeadings, tables and annexes', () => {
		expect(children('mainBody')).toEqual(['paragraph#op1', 'paragraph#h1', 'paragraph#op2', 'section#sec1', 'section#sec2']);
		expect($('paragraph[wId="h1"] > subheading').textContent).toBe('General provisions');
		expect(children('section[wId="sec1"]')).toEqual(['num', 'heading', 'crossHeading#sec1-pp1', 'paragraph#sec1-op1', 'hcontainer#sec1-t1']);
		expect($('crossHeading[wId="sec1-pp1"]').getAttribute('refersTo')).toBe('#preamble');
		// The UN's "container_546 table_1" holds a space, which an eId may not: its container and table ids.
		expect($('hcontainer[wId="sec1-t1"]').getAttribute('eId')).toBe('container_546');
		expect($('hcontainer[wId="sec1-t1"] table').getAttribute('eId')).toBe('container_546_table_1');
		expect($$('tr').map((tr) => [...tr.children].map((cell) => `${cell.localName}${cell.getAttribute('colspan') ? `*${cell.getAttribute('colspan')}` : ''}:${cell.textContent}`))).toEqual([
			['th:Action', 'th*2:Post'],
			['td:New post', 'td:Accounting Assistanta', 'td:'],
		]);
		expect($('tr[wId="sec1-t1-r2"] sup').textContent).toBe('a');
		expect($('attachments > attachment[wId="annex"] > doc[name="annex"] > mainBody')).toBeTruthy();
		expect(children('doc[name="annex"] > mainBody')).toEqual(['paragraph', 'paragraph', 'paragraph#annex-p1', 'paragraph#annex-op1']);
		expect($$('doc[name="annex"] > mainBody > paragraph > heading').map((h) => h.textContent)).toEqual(['Annex', 'Our ocean, our future']);
		expect($('doc[name="annex"] FRBRWork > FRBRthis').getAttribute('value')).toBe('/akn/un/statement/deliberation/unga/2021-12-24/76-901/!main/annex');
	});

	it('puts footnotes where they are called, raised text and external links inline', () => {
		const note = $('container[wId="pp1"] authorialNote');
		expect(note.getAttribute('marker')).toBe('1');
		expect(note.innerHTML).toBe('<p>See <span class="italic">Official Records</span>, n<sup>o</sup> 5, and <a href="https://www.un.org/en/ga/">www.un.org</a>.</p>');
	});

	it('names who voted how, as the UN’s files do', () => {
		const voters = (side: string) => $$(`voting > count[refersTo="#${side}"] organization`).map((o) => o.textContent);
		expect(xml).toContain('xmlns:akn4un="http://un.org/akn4un"');
		expect($('voting > count[refersTo="#inFavour"]').getAttribute('value')).toBe('3');
		expect(voters('inFavour')).toEqual(['ALBANIA', 'BOLIVIA (PLURINATIONAL STATE OF)', "CÔTE D'IVOIRE"]);
		expect(voters('against')).toEqual(['ZIMBABWE']);
		expect(voters('abstaining')).toEqual(['TÜRKİYE']);
		expect($('voting > count organization').getAttribute('refersTo')).toBe('#memberState');
	});

	it('lists the agenda items on the cover, one line per title', () => {
		expect($$('coverPage inline[name="agenda item name"]').map((e) => e.textContent)).toEqual(['Sustainable development', 'Oceans and the law of the sea']);
		expect($$('classification keyword[dictionary="agenda"]').map((e) => [e.getAttribute('value'), e.getAttribute('showAs')])).toEqual([
			['20', 'Sustainable development'],
			['78 (a)', 'Oceans and the law of the sea'],
		]);
	});

	it('writes a document of parts as the UN writes 76/84 A-B: a collection, then one statement per part', () => {
		const collection = parseXml(akn(parts));
		const names = (selector: string) => [...collection.querySelector(selector)!.children].map((e) => e.localName);
		expect(names('akomaNtoso')).toEqual(['documentCollection', 'components']);
		expect(names('documentCollection')).toEqual(['meta', 'coverPage', 'preface', 'collectionBody']);
		expect([...collection.querySelectorAll('collectionBody documentRef')].map((ref) => [ref.getAttribute('href'), ref.getAttribute('showAs')])).toEqual([
			['#comp_0', 'A/RES/76/902 A'],
			['#comp_1', 'A/RES/76/902 B'],
		]);
		expect(names('components > component[wId="A"] > statement')).toEqual(['meta', 'preface', 'preamble', 'mainBody', 'conclusions']);
		expect(collection.querySelector('component[wId="A"] preface')!.textContent?.trim()).toBe('A Information in the service of humanity');
		expect(collection.querySelector('component[wId="B"] conclusions inline')!.textContent).toBe('49th plenary meeting');
		expect(collection.querySelector('component[wId="B"] FRBRWork > FRBRuri')!.getAttribute('value')).toBe('/akn/un/statement/deliberation/unga/2021-12-24/76-902B/');
		expect(aknWorkUri(parts)).toBe('/akn/un/statement/deliberation/unga/2021-12-24/76-902A-B/');
	});

	it('refuses a document of parts with a block outside its parts rather than guess where it goes', () => {
		const files = new Map<string, string>();
		const folder = `${root}tests/fixtures/content/constructs/a-res-76-902a-b/en`;
		for (const [name, text] of Object.entries(readFolder(folder))) {
			// Every block one place later, and a preambular paragraph first, before part A.
			files.set(`${folder}/${name}`, name === 'resolution.mdx' ? text : text.replace(/^position: ([0-9]+)$/m, (_, n: string) => `position: ${Number(n) + 1}`));
		}
		files.set(`${folder}/pp1.mdx`, '---\nkind: preambular\nposition: 1\nlead: Recalling\n---\n*Recalling* its resolutions,');
		const stray = buildFolder(files);
		expect(() => akn(stray)).toThrowError(/pp1: expected every block of a document of parts inside a part/);
	});
});

describe('data.txt of every construct', () => {
	it('lays out every block as printed: headings and section titles on their lines, points indented, tables by row, the annex after the meeting', () => {
		expect(resolutionText(constructs)).toBe(
			[
				'United Nations\nA/RES/76/901\nGeneral Assembly\nDistr.: General\n10 January 2022',
				'Seventy-sixth session\nAgenda items 20 and 78 (a)\nSustainable development\nOceans and the law of the sea',
				'Resolution adopted by the General Assembly on 24 December 2021',
				'[on the report of the Fifth Committee (A/76/642, para. 8)]',
				'76/901. Constructs of the text',
				'The General Assembly,',
				'Recalling its resolution 75/250 B of 24 December 2020,¹',
				'Noting that the following apply:\n    (a) Intentional efforts;\n    (b) Other efforts,',
				'1. Decides that the members shall be elected in accordance with the following rules:\n' +
					'    (a) In electing the members, the Assembly shall observe the following distribution of seats:\n' +
					'        (i) Two from African States;\n' +
					'        (ii) Two from Asia-Pacific States;\n' +
					'    (b) The term of office shall be six years;\n' +
					'and stresses the importance of the rules;',
				'General provisions',
				'2. Requests the Secretary-General to report;²',
				'I\nFinancial performance report',
				'Having considered the report of the Secretary-General,',
				'1. Takes note of the report;',
				'Action\tPost\t\nNew post\tAccounting Assistantᵃ\t',
				'II\nContingency fund',
				'Approves the resources.',
				'54th plenary meeting\n24 December 2021',
				'Annex\nOur ocean, our future',
				'We, the Heads of State and Government, meeting at Lisbon:',
				'1. Commit to halting the decline in the health of the ocean.',
				'__________\n¹ See Official Records, nᵒ 5, and www.un.org.\n² A note on paragraph 2.',
			].join('\n\n') + '\n',
		);
	});

	it('prints each part with its letter, title, formula, blocks and meeting', () => {
		const text = resolutionText(parts);
		expect(text.slice(text.indexOf('76/902.'))).toBe(
			[
				'76/902. Questions relating to information',
				'A\nInformation in the service of humanity',
				'The General Assembly,',
				'Taking note of the report of the Committee on Information,',
				'Urges all countries to cooperate.',
				'49th plenary meeting\n24 December 2021',
				'B\nUnited Nations global communications policies and activities',
				'The General Assembly,',
				'1. Reaffirms the central role of the Committee;',
				'2. Requests the Department to continue.',
				'49th plenary meeting\n24 December 2021',
			].join('\n\n') + '\n',
		);
	});

	it('raises letters where Unicode can, and leaves the rest as printed', () => {
		expect(raised('o')).toBe('ᵒ');
		expect(raised('er')).toBe('ᵉʳ');
		expect(raised('o\u00a0')).toBe('ᵒ\u00a0');
		expect(raised('(1)')).toBe('⁽¹⁾');
		expect(raised('q')).toBe('q');
		expect(raised('A')).toBe('A');
	});

	it('pads a cell that spans columns, so the columns after it line up', () => {
		const cell = (text: string, colspan?: number) => ({ header: false, colspan, content: [{ type: 'text' as const, value: text }] });
		expect(tableText({ rows: [{ cells: [cell('a', 3), cell('b')] }, { cells: [cell('1'), cell('2'), cell('3'), cell('4')] }] })).toBe('a\t\t\tb\n1\t2\t3\t4');
	});
});

describe('JSON-LD of every construct', () => {
	it('names the structure of the text at the top of its tree, its sections and the annex, not each paragraph', () => {
		const ld = resolutionStructuredData(constructs, site);
		expect((ld['hasPart'] as { '@id': string; name: string }[]).map((part) => [part['@id'].replace(page, ''), part.name])).toEqual([
			['#sec1', 'A/RES/76/901, I Financial performance report'],
			['#sec2', 'A/RES/76/901, II Contingency fund'],
			['#annex', 'A/RES/76/901, Annex'],
		]);
	});

	it('names the parts of a document of parts by their symbols', () => {
		const ld = resolutionStructuredData(parts, site);
		expect(ld['hasPart']).toEqual([
			{ '@type': 'Legislation', '@id': `${site}/A/RES/76/902A-B/#A`, name: 'A/RES/76/902 A', alternateName: 'Information in the service of humanity' },
			{ '@type': 'Legislation', '@id': `${site}/A/RES/76/902A-B/#B`, name: 'A/RES/76/902 B', alternateName: 'United Nations global communications policies and activities' },
		]);
	});

	it('names a paragraph by where it is, and leaves its words to the page', () => {
		const entry = (anchor: string) => paragraphStructuredData(constructs, constructs.paragraphs.find((p) => p.anchor === anchor)!, site);
		expect(entry('sec1-op1')['name']).toBe('A/RES/76/901, I Financial performance report, Operative paragraph 1');
		expect(entry('annex-p1')['name']).toBe('A/RES/76/901, Annex, We, the Heads of State and…');
		// The only paragraph of its section, unnumbered: its anchor calls it op1.
		expect(entry('sec2-op1')['name']).toBe('A/RES/76/901, II Contingency fund, Operative paragraph 1');
		expect(entry('op1')).not.toHaveProperty('text');
	});

	it('stays small beside the text of a 250-paragraph resolution (the page budget is 6 KB plus 2 × the gzip of its text)', () => {
		// A/RES/76/71, comprehensive review of oceans and the law of the sea: 250 operative paragraphs.
		const long = loadFolder(`${root}content/resolutions/a-res-76-71/en`);
		expect(long.paragraphs.filter((p) => p.kind === 'operative').length).toBeGreaterThanOrEqual(250);
		const ld = gzipSync(jsonLdScript(resolutionStructuredData(long, site))).length;
		const text = gzipSync(long.paragraphs.map((p) => plainText(p.content)).join('\n')).length;
		// With each paragraph's words, as once, it was 127 % of the text; with each paragraph by name, 16 %; now it names none.
		expect(ld / text).toBeLessThan(0.35);
	});
});

/** The files of a content folder, by name. */
function readFolder(folder: string): Record<string, string> {
	return Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(`${folder}/${name}`, 'utf8')]));
}
