/**
 * Each construct of the UN's 76th-session files and each normalisation the importer applies, on
 * small real excerpts (tests/fixtures/akn/session/: the UN's files with most paragraphs left out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignAnchors } from '../../src/lib/anchors';
import { readResolution, type ImportedDocument } from '../../src/lib/import/akn';
import { plainText, type Inline } from '../../src/lib/inline';
import type { Block, Paragraph, Point } from '../../src/lib/structure';

const session = new URL('../fixtures/akn/session/', import.meta.url).pathname;
const read = (name: string): ImportedDocument => readResolution(readFileSync(join(session, name), 'utf8'), `session/${name}`);
const blocks = (document: ImportedDocument): Block[] => document.blocks.map((s) => s.block);
const anchors = (document: ImportedDocument) => assignAnchors(blocks(document)).anchors.map((a) => a.anchor);
const paragraph = (document: ImportedDocument, anchor: string): Paragraph => {
	const index = anchors(document).indexOf(anchor);
	const block = blocks(document)[index];
	if (block?.type !== 'paragraph') throw new Error(`no paragraph ${anchor}`);
	return block;
};
const outline = (points: readonly Point[]): unknown[] => points.map((p) => (p.points.length > 0 ? [p.num, outline(p.points)] : p.num));
const words = (nodes: readonly Inline[]) => plainText(nodes);

describe('a document of several resolutions (76/84 A-B)', () => {
	const en = read('A_RES_76_84 A-B-2118640E.xml');
	it('gives a part block per component, with its letter, title, formula and meeting', () => {
		const parts = blocks(en).filter((b) => b.type === 'part');
		expect(parts.map((p) => [p.num, words(p.content), words(p.enactingFormula ?? []), p.meeting])).toEqual([
			['A', 'Information in the service of humanity', 'The General Assembly,', '49th plenary meeting'],
			['B', 'United Nations global communications policies and activities', 'The General Assembly,', '49th plenary meeting'],
		]);
		expect(en.facts).toMatchObject({ symbol: 'A/RES/76/84 A-B', number: '76/84', title: 'Questions relating to information' });
		expect(en.facts.enactingFormula).toBeUndefined();
		expect(anchors(en).slice(0, 3)).toEqual(['A', 'A-pp1', 'A-op1']);
	});
	it('folds the lettered paragraphs after "Urges …:" into its points, with the list of (e) nested', () => {
		expect(outline(paragraph(en, 'A-op1').points)).toEqual(['(a)', ['(e)', ['(i)', '(ii)', '(iii)', '(iv)']], '(f)']);
		expect(en.notes).toContain('para_15: lettered paragraph "(e)" read as a sub-paragraph of para_4');
	});
	it('in Chinese, nests the "㈠" paragraphs under (e) by their series', () => {
		const zh = read('A_RES_76_84 A-B-2118640C.xml');
		expect(outline(paragraph(zh, 'A-op1').points)).toEqual(['(a)', ['(e)', ['㈠', '㈡']], '(f)']);
		// The Chinese component prefaces have lost their titles.
		expect(blocks(zh).filter((b) => b.type === 'part').map((p) => p.content)).toEqual([[], []]);
	});
	it('reads a label heading and its title as one heading ("I", "Introduction")', () => {
		expect(blocks(en).find((b) => b.type === 'heading')).toMatchObject({ type: 'heading', num: 'I', content: [{ type: 'text', value: 'Introduction' }] });
	});
});

describe('a part issued separately (76/235 B)', () => {
	it('begins with a heading of its letter and the footnote on the earlier part', () => {
		const en = read('A_RES_76_235B_E.xml');
		expect(en.facts.symbol).toBe('A/RES/76/235 B');
		expect(en.blocks[0]).toMatchObject({ block: { type: 'heading', num: 'B', content: [{ type: 'footnoteRef', marker: '1' }] } });
		expect(words(en.blocks[0]!.footnotes[0]!.content)).toMatch(/^Resolution 76\/235, in section VI .* becomes resolution 76\/235 A\.$/);
		expect(en.facts.adopted).toMatchObject({ recordNote: 'Adopted without vote, 89th plenary meeting', meeting: '89th plenary meeting' });
		expect(en.facts.adopted.record).toBeUndefined();
	});
	it('in Arabic, without the parentheses around the call, the numbers "1 -" taken from the text', () => {
		const ar = read('A_RES_76_235B_A.xml');
		expect(ar.blocks[0]!.block).toMatchObject({ num: 'باء', content: [{ type: 'footnoteRef', marker: '1' }] });
		expect(words(ar.blocks[0]!.footnotes[0]!.content)).toMatch(/^يصبح القرار/);
		const op1 = paragraph(ar, 'op1');
		expect(op1).toMatchObject({ num: '1 -', lead: 'تحيط علماً' });
		expect(ar.facts.number).toBe('76/235');
	});
});

describe('French numbered stubs, lettered paragraphs in an annex, and links to the author’s disk (76/113)', () => {
	const fr = read('A_RES_76_113-2118669F.xml');
	it('joins an empty "1." with the paragraph after it', () => {
		expect(paragraph(fr, 'annex-op1')).toMatchObject({ num: '1.', akn4unId: 'para_42' });
		expect(words(paragraph(fr, 'annex-op1').content)).toMatch(/^L’application à titre provisoire/);
		expect(fr.notes).toContain('para_42: empty numbered paragraph "1." joined with the text of para_43');
	});
	it('reads "a)", "b)", "i)", "ii)" printed in the text as sub-paragraphs, (i) under (b)', () => {
		const p = paragraph(fr, 'annex-p2');
		expect(outline(p.points)).toEqual(['a)', ['b)', ['i)', 'ii)']]]);
		// The no-break space after the letter is kept: it is text, not XML indentation.
		expect(words(p.points[0]!.content)).toBe('\u00a0d’un traité distinct\u00a0; ou');
	});
	it('opens the annex with its two heading lines', () => {
		const annex = blocks(fr).find((b) => b.type === 'annex');
		expect(annex).toMatchObject({ type: 'annex' });
		expect(annex?.type === 'annex' && annex.lines.map(words)).toEqual(['Annexe', 'Texte des directives sur l’application à titre provisoire des traités']);
	});
	it('keeps only the text of a file: link, with a note, and the ordinal "o" as superscript', () => {
		expect(fr.notes.some((n) => /^authorialNote_2: link to "file:/.test(n))).toBe(true);
		const notes = fr.blocks.flatMap((s) => s.footnotes);
		expect(JSON.stringify(notes)).toContain('{"type":"superscript","children":[{"type":"text","value":"o"}]}');
		expect(JSON.stringify(notes)).not.toContain('file:');
	});
});

describe('lists', () => {
	it('words after a list are its wrap-up (76/29)', () => {
		const en = read('A_RES_76_29-2118268E.xml');
		const op5 = paragraph(en, 'op5');
		expect(op5.points).toHaveLength(3);
		expect(op5.wrapUp.map(words)).toEqual([expect.stringMatching(/^and stresses the importance of their implementation/)]);
		expect(anchors(en)).toEqual(['pp1', 'op5']);
	});
	it('Russian nesting follows the letters: i)–v) under b), c) back at the top (76/248)', () => {
		const ru = read('A_RES_76_248-2119715R.xml');
		expect(outline(paragraph(ru, 'op1').points)).toEqual(['a)', ['b)', ['i)', 'ii)', 'iii)', 'iv)', 'v)']], 'c)']);
	});
	it('a preamble blockList is a preambular paragraph with points (76/250)', () => {
		const en = read('A_RES_76_250-2200691E.xml');
		expect(paragraph(en, 'pp1')).toMatchObject({ lead: 'Noting' });
		expect(outline(paragraph(en, 'pp1').points)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)']);
	});
	it('the operative paragraphs a Chinese blockList swallows are operative paragraphs again (76/54)', () => {
		const zh = read('A_RES_76_54-2118495C.xml');
		expect(anchors(zh)).toEqual(['pp1', 'pp2', 'op1', 'op2', 'op3', 'op4', 'op5', 'op6', 'op7']);
		expect(outline(paragraph(zh, 'op4').points)).toEqual(['(a)', '(b)', '(c)']);
		expect(paragraph(zh, 'op7').num).toBe('7');
		expect(paragraph(zh, 'op3').lead).toBeUndefined();
	});
});

describe('preambular paragraphs the file misplaces', () => {
	it('an unnumbered main-body paragraph ending with a comma before paragraph 1 (En 76/245)', () => {
		const en = read('A_RES_76_245-2119712E.xml');
		expect(anchors(en)).toEqual(['pp1', 'pp2', 'op1', 'annex']);
		expect(paragraph(en, 'pp2')).toMatchObject({ kind: 'preambular', lead: 'Having further considered', akn4unId: 'para_8' });
	});
	it('Arabic 76/228: two preambles and main bodies read in order, the meeting line of the main body read as the meeting', () => {
		const ar = read('A_RES_76_228-2119659A.xml');
		expect(anchors(ar)).toEqual(['pp1', 'pp2', 'pp3', 'pp4', 'op1']);
		expect(paragraph(ar, 'pp2').akn4unId).toBe('para_9');
		expect(ar.facts.adopted.meeting).toBe('الجلسة العامة 54 (المسـتأنفة)');
	});
});

describe('headings, sections and tables', () => {
	it('AKN sections: number and title, preambular crossHeadings, numbering from 1 (76/241)', () => {
		const en = read('A_RES_76_241-2119706E.xml');
		const list = anchors(en);
		expect(list.slice(0, 4)).toEqual(['sec1', 'sec1-pp1', 'sec1-pp2', 'sec1-op1']);
		expect(list).toContain('sec2-op2');
		expect(blocks(en)[0]).toMatchObject({ type: 'section', num: 'I', content: [{ type: 'text', value: 'Activities of the Office of Internal Oversight Services' }] });
	});
	it('a number-only paragraph and the title after it are one heading (76/226)', () => {
		const en = read('A_RES_76_226-2119655E.xml');
		expect(blocks(en)[0]).toMatchObject({ type: 'heading', num: 'I', akn4unId: 'para_28' });
	});
	it('a heading printed as a paragraph whose only words are a <subheading> (the convention annexed to 77/100)', () => {
		const en = readResolution(readFileSync(new URL('../fixtures/akn/session77/A_RES_77_100-2228244E.xml', import.meta.url), 'utf8'), 'session77/A_RES_77_100-2228244E.xml');
		const headings = blocks(en).flatMap((b) => (b.type === 'heading' ? [[b.num, words(b.content)]] : []));
		expect(headings).toEqual([
			['Article 1', 'Purpose'],
			['Article 2', 'Definitions'],
			['Article 3', 'Scope of application'],
		]);
		expect(anchors(en)).toContain('annex-h3');
	});
	it('the last item of a preamble list, without a number, is the words after its sub-paragraphs (77/177)', () => {
		const en = readResolution(readFileSync(new URL('../fixtures/akn/session77/A_RES_77_177-2228796E.xml', import.meta.url), 'utf8'), 'session77/A_RES_77_177-2228796E.xml');
		const paragraph = blocks(en).find((b) => b.type === 'paragraph' && b.lead === 'Affirming also' && b.points.length > 0);
		if (paragraph?.type !== 'paragraph') throw new Error('no paragraph "Affirming also" with sub-paragraphs');
		expect(paragraph.points.map((point) => point.num)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)']);
		expect(paragraph.wrapUp.map(words)).toEqual(['and in the commitments and targets contained therein,']);
		expect(en.notes.some((note) => note.includes('read as the words after the sub-paragraphs'))).toBe(true);
	});
	it('a Chinese heading printed as plain text (76/279)', () => {
		const zh = read('A_RES_76_279-2210335C.xml');
		expect(anchors(zh)).toEqual(['op10', 'h1', 'op11']);
	});
	it('a table: header cells, empty cells, inline content (76/239)', () => {
		const en = read('A_RES_76_239-2119694E.xml');
		const table = blocks(en).find((b) => b.type === 'table');
		if (table?.type !== 'table') throw new Error('no table');
		expect(table.rows).toHaveLength(12);
		expect(table.rows[0]!.cells.map((c) => c.header)).toEqual([true, true, true, true]);
		expect(table.rows[0]!.cells[0]!.content).toEqual([{ type: 'emphasis', children: [{ type: 'text', value: 'Level' }] }]);
		expect(table.rows[1]!.cells.map((c) => c.content)).toEqual([[], [], [], []]);
		expect(anchors(en)).toEqual(['op11', 't1']);
	});
});

describe('links', () => {
	it('adjacent links to one address are one link (Word split "58/", "2", "92")', () => {
		const en = read('A_RES_76_10-2117757E.xml');
		const links = paragraph(en, 'pp1').content.filter((n) => n.type === 'documentLink');
		expect(links).toEqual([{ type: 'documentLink', symbol: 'A/RES/58/292', href: 'https://undocs.org/en/A/RES/58/292', children: [{ type: 'text', value: '58/292' }] }]);
	});
});

describe('the facts', () => {
	it('a recorded vote with the voters as the record names them (76/10)', () => {
		const { vote } = read('A_RES_76_10-2117757E.xml').facts.adopted;
		expect(vote).toMatchObject({ type: 'recorded', inFavour: 148, against: 9, abstaining: 14 });
		if (vote.type !== 'recorded') throw new Error('not recorded');
		expect(vote.voters.inFavour).toHaveLength(148);
		expect(vote.voters.inFavour[0]).toBe('AFGHANISTAN');
	});
	it('the agenda item, committee, drafts and sponsors; an officer who submitted the draft (76/241)', () => {
		const en = read('A_RES_76_241-2119706E.xml').facts;
		expect(en.agendaItem).toEqual({ label: 'Agenda items 136 and 146', numbers: ['136', '146'], titles: expect.any(Array) });
		expect(en.agendaItem.titles).toHaveLength(2);
		expect(en.committee).toBe('on the report of the Fifth Committee');
		expect(en.drafts.length).toBeGreaterThan(0);
		expect(en.sponsors).toEqual([]);
		expect(en.submittedBy).toMatch(/^the /);
	});
	it('a Chinese Fourth Committee line names no draft', () => {
		const zh = read('A_RES_76_84 A-B-2118640C.xml').facts;
		expect(zh.drafts).toEqual([]);
		expect(zh.committee).toBe('根据特别政治和非殖民化委员会');
	});
});
