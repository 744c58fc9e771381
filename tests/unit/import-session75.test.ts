/**
 * The constructs the 75th session's files add, on whole real files
 * (tests/fixtures/akn/session75/, copied from content/un-files/75session.tar.xz), and how the
 * files of a session folder are chosen (session-files.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignAnchors } from '../../src/lib/anchors';
import { readDocument, readResolution, type ImportedDocument } from '../../src/lib/import/akn';
import { ImportProblem } from '../../src/lib/import/context';
import { linkTarget } from '../../src/lib/import/inline-akn';
import { chooseFiles, wrongFolder, type SessionFile } from '../../src/lib/import/session-files';
import { parseBlock } from '../../src/lib/block-content';
import { plainText } from '../../src/lib/inline';

const folder = new URL('../fixtures/akn/session75/', import.meta.url).pathname;
const xml = (name: string) => readFileSync(join(folder, name), 'utf8');
const read = (name: string): ImportedDocument => readResolution(xml(name), `session75/${name}`);
const anchors = (document: ImportedDocument) => assignAnchors(document.blocks.map((s) => s.block)).anchors.map((a) => a.anchor);

describe('a part issued separately, its letter in the first line of the preface (75/245 B)', () => {
	const en = read('75_245B_E.xml');
	it('begins with a heading of its letter and the footnote on the earlier part', () => {
		expect(en.facts).toMatchObject({ symbol: 'A/RES/75/245 B', number: '75/245', title: 'United Nations common system' });
		expect(en.blocks[0]).toMatchObject({ block: { type: 'heading', num: 'B', content: [{ type: 'footnoteRef', marker: '1' }] } });
		expect(plainText(en.blocks[0]!.footnotes[0]!.content)).toMatch(/^Resolution 75\/245, in section VI .* becomes resolution 75\/245 A\.$/u);
	});
	it('reads a voting outcome written as the record’s words ("Adopted without vote, 59th plenary meeting")', () => {
		expect(en.facts.adopted.vote).toEqual({ type: 'without-vote' });
		expect(en.notes.some((note) => note.includes('read as adopted without a vote'))).toBe(true);
	});
	it('keeps the comma printed after the meeting (Russian)', () => {
		expect(read('75_245B_R.xml').facts.adopted.meeting).toBe('59-e пленарное заседание,');
	});
	it('or wrapped in an <inline> (Spanish 75/251 B)', () => {
		const es = read('75_251_B_S.xml');
		expect(es.blocks[0]).toMatchObject({ block: { type: 'heading', num: 'B', content: [{ type: 'footnoteRef', marker: '1' }] } });
	});
});

describe('a resolution with two titles, and a part with its own (75/290 A)', () => {
	const en = read('75_290 A_E.xml');
	it('takes both titles, joined as DGACM’s metadata joins them', () => {
		expect(en.facts.title).toMatch(/^Review of the implementation of General Assembly resolution 72\/305 on the strengthening of the Economic and Social Council Review of the implementation of General Assembly resolutions 67\/290 .* at the global level$/u);
	});
	it('reads the letter and the part’s title as its first heading', () => {
		expect(en.blocks[0]!.block).toEqual({ type: 'heading', num: 'A', content: [{ type: 'text', value: 'Economic and Social Council' }] });
	});
	it('reads a recorded vote whose outcome is the record’s words ("Adopted 90-0-47, …"), its counts checked against them', () => {
		expect(en.facts.adopted.vote).toMatchObject({ type: 'recorded', inFavour: 90, against: 0, abstaining: 47 });
	});
	it('refuses counts that disagree with the words', () => {
		const { problems } = readDocument(xml('75_290 A_E.xml').replace('outcome="Adopted 90-0-47,', 'outcome="Adopted 91-0-47,'), 'x.xml');
		expect(problems.map((p) => [p.kind, p.expected])).toContainEqual(['recorded vote count', 'the counts the outcome states (91-0-47)']);
	});
});

describe('a preamble list beside its paragraph (75/55)', () => {
	it('reads the blockList after "…a major contribution to:" as that paragraph’s sub-paragraphs, the paragraph still preambular', () => {
		const en = read('75_55_E.xml');
		const list = anchors(en);
		expect(list.filter((a) => a.startsWith('pp')).at(-1)).toBe('pp10');
		expect(list).not.toContain('p1');
		const pp10 = en.blocks[list.indexOf('pp10')]!.block;
		expect(pp10).toMatchObject({ type: 'paragraph', kind: 'preambular', lead: 'Convinced' });
		expect(pp10.type === 'paragraph' && pp10.points.map((p) => p.num)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)']);
	});
});

describe('the cover’s symbol against the printed number', () => {
	it('refuses a file whose cover names another resolution (Chinese 75/269 says A/RES/75/268)', () => {
		const { problems } = readDocument(xml('75_245B_E.xml').replace('>A/RES/75/245 B<', '>A/RES/75/244 B<'), 'x.xml');
		expect(problems.map((p) => p.kind)).toContain('cover symbol and printed number disagree');
	});
});

describe('links', () => {
	it('a javascript:void(0) link (French 75/233) is not a link', () => {
		expect(linkTarget('javascript:void(0);', 'fr').type).toBe('local');
	});
});

describe('choosing the files of a session folder', () => {
	const misfiled = (file: string) => new ImportProblem(wrongFolder, file, '//FRBRExpression/FRBRlanguage', 'a file in Chinese', 'spa');
	const file = (name: string, digest: string, key: string | undefined, problems: ImportProblem[] = []): SessionFile => ({ file: name, digest, key, problems });
	it('sets aside a copy filed under another language, and imports a misfiled file that is its language’s only one', () => {
		const choices = chooseFiles([
			file('English/75_274_F.xml', 'same', 'A/RES/75/274 fr', [misfiled('English/75_274_F.xml')]),
			file('French/75_274_F.xml', 'same', 'A/RES/75/274 fr'),
			file('Spanish/A_RES_75_297_C.xml', 'zh', 'A/RES/75/297 zh', [misfiled('Spanish/A_RES_75_297_C.xml')]),
		]);
		expect(choices.map((c) => [c.file, c.copyOf, c.problems.length])).toEqual([
			['English/75_274_F.xml', 'French/75_274_F.xml', 0],
			['French/75_274_F.xml', undefined, 0],
			['Spanish/A_RES_75_297_C.xml', undefined, 0],
		]);
	});
	it('refuses a misfiled file that differs from its language’s file, and two different clean files of one resolution and language', () => {
		const choices = chooseFiles([
			file('Chinese/75_274_C.xml', 'a', 'A/RES/75/274 es', [misfiled('Chinese/75_274_C.xml')]),
			file('Spanish/75_274_S.xml', 'b', 'A/RES/75/274 es'),
			file('Chinese/75_268_C.xml', 'c', 'A/RES/75/268 zh'),
			file('Chinese/75_269_C.xml', 'd', 'A/RES/75/268 zh'),
		]);
		expect(choices.map((c) => [c.file, c.problems.map((p) => p.kind)])).toEqual([
			['Chinese/75_274_C.xml', [wrongFolder]],
			['Spanish/75_274_S.xml', []],
			['Chinese/75_268_C.xml', ['two files of one resolution and language']],
			['Chinese/75_269_C.xml', ['two files of one resolution and language']],
		]);
	});
});

describe('a heading that is its number alone (the letter of 75/251 C, issued separately with no footnote)', () => {
	it('reads back from its content file; a heading with neither number nor text is still an error', () => {
		expect(parseBlock({ kind: 'heading', position: 1, num: 'C', cites: [] }, '', 'h1.mdx').block).toEqual({ type: 'heading', num: 'C', content: [] });
		expect(() => parseBlock({ kind: 'heading', position: 1, cites: [] }, '', 'h1.mdx')).toThrow('h1.mdx: body: expected the heading; found nothing');
	});
});

describe('sub-paragraph letters typed into the text', () => {
	const points = (document: ImportedDocument, anchor: string): unknown[] => {
		const block = document.blocks[anchors(document).indexOf(anchor)]!.block;
		const outline = (list: readonly { num: string; points: readonly unknown[] }[]): unknown[] => list.map((p) => (p.points.length > 0 ? [p.num, outline(p.points as never)] : p.num));
		return block.type === 'paragraph' ? outline(block.points) : [];
	};
	it('reads "а)" with a Cyrillic "а" as the first of a Latin series (Russian 75/189, operative paragraph 7)', () => {
		const ru = read('75_189_R.xml');
		expect(points(ru, 'op7')).toEqual(['а)', 'b)']);
		expect(anchors(ru).filter((a) => /^p[0-9]/u.test(a))).toEqual([]);
	});
	it('reads "iii)" as a roman numeral, as "i)" and "ii)" (French 75/4, operative paragraph 3)', () => {
		const fr = read('75_4_F.xml');
		expect(points(fr, 'op3')[0]).toEqual(['a)', ['i)', 'ii)', 'iii)', 'iv)']]);
		expect(anchors(fr).filter((a) => /^p[0-9]/u.test(a))).toEqual([]);
	});
});
