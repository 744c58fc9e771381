/**
 * Every check the build runs on content files (readContentFile, parseBlock, buildResolution and
 * content.ts's place checks), each proven by a small broken fixture laid over the valid one
 * (tests/fixtures/content/broken/<case>/ over tests/fixtures/content/valid/) and read as the
 * build reads content: the error names the file, the field, what was expected and what was found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResolutions } from '../../src/lib/content';
import { contentRoot, loadFolder } from '../../src/lib/content-files';
import { plainText } from '../../src/lib/inline';
import { brokenFixture, buildFromFiles, contentError, fixtures, loadContent, readTree } from '../support/content';

const valid = `${fixtures}content/valid`;
const en = (name: string) => `a-res-99-1/en/${name}`;

describe('the valid fixture', () => {
	const [resolution] = buildFromFiles(readTree(valid));

	it('builds into one resolution whose blocks are in the order of their positions, each named after its anchor', () => {
		expect(resolution!.facts).toMatchObject({ symbol: 'A/RES/99/1', language: 'en' });
		expect(resolution!.blocks.map((block) => [block.type, block.anchor, block.file.slice(block.file.indexOf('a-res-99-1/'))])).toEqual(
			['pp1', 'pp2', 'op1', 'h1', 'op2', 't1'].map((anchor, index) => [['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'table'][index], anchor, en(`${anchor}.mdx`)]),
		);
	});

	it('gives sub-paragraphs, table rows and footnotes their anchors, and keeps the wrap-up and the cited documents', () => {
		const op1 = resolution!.paragraphs.find((p) => p.anchor === 'op1')!;
		const outline = (points: typeof op1.points): unknown[] => points.map((p) => [p.anchor, p.num, p.akn4unId, outline(p.points)]);
		expect(outline(op1.points)).toEqual([
			['op1-a', '(a)', 'para_1__list_1__point_a', [['op1-a-i', '(i)', undefined, []]]],
			['op1-b', '(b)', undefined, []],
		]);
		expect(op1.wrapUp.map(plainText)).toEqual(['and stresses the importance of the rules;']);
		expect(op1.content).toContainEqual({ type: 'externalLink', href: 'https://www.un.org/en/ga/', children: [{ type: 'text', value: 'the web page' }] });
		const table = resolution!.blocks.find((b) => b.type === 'table');
		expect(table?.type === 'table' && [table.rowAnchors, table.rows[0]!.cells.map((c) => [c.header, c.colspan]), table.rows[1]!.cells[2]!.content]).toEqual([
			['t1-r1', 't1-r2'],
			[[true, undefined], [true, 2]],
			[],
		]);
		expect(resolution!.footnotes.map((f) => [f.marker, f.anchor, f.refAnchor, f.blockAnchor])).toEqual([
			['1', 'fn1', 'fnref1', 'pp1'],
			['2', 'fn2', 'fnref2', 'pp2'],
		]);
		expect(resolution!.paragraphs[0]!.cites).toEqual(['A/RES/73/338', 'A/RES/70/1']);
	});

	it('reads the same from its own folder with loadFolder() as through a whole content tree', () => {
		expect(loadFolder(join(valid, 'a-res-99-1/en')).blocks.map((b) => b.anchor)).toEqual(resolution!.blocks.map((b) => b.anchor));
	});

	it('and so do the fixtures of every construct (sections, annexes, parts)', () => {
		const built = loadResolutions(`${fixtures}content/constructs`, () => true);
		expect(built.map((r) => [r.facts.symbol, r.blocks.map((b) => b.anchor).join(' ')])).toEqual([
			['A/RES/76/901', 'pp1 pp2 op1 h1 op2 sec1 sec1-pp1 sec1-op1 sec1-t1 sec2 sec2-op1 annex annex-p1 annex-op1'],
			['A/RES/76/902 A-B', 'A A-pp1 A-op1 B B-op1 B-op2'],
		]);
	});
});

/** The error of one broken case: [case, file, field, expected, found]; a RegExp where a parser's own words vary. */
type Case = [fixture: string, file: string, field: string, expected: string | RegExp, found: string | RegExp];

const allowedInline = 'plain text, *italics* (or <em>italics</em>), <sup>raised text</sup>, [links](https://undocs.org/…) and footnote calls ([^1])';
const paragraphForm = 'the text, then its <Point>s, then any text printed after them';
const schema = 'frontmatter that matches the schema';
const placed = (n: number) => `${n}: blocks are placed 1, 2, 3… without gaps or duplicates`;
const webLinks = 'links to https://undocs.org/<language>/<symbol>, or to another web page (https://…)';

const groups: [string, Case[]][] = [
	[
		'frontmatter (readContentFile: the YAML, then the schema)',
		[
			['frontmatter-yaml', en('op1.mdx'), 'frontmatter', 'valid YAML between --- lines', /^unexpected end of the stream within a flow collection/],
			['kind-invalid', en('op1.mdx'), 'kind', schema, "Invalid enum value. Expected 'preambular' | 'operative' | 'heading' | 'section' | 'table' | 'annex' | 'part', received 'operating'"],
			['old-format', en('op1.mdx'), 'position', schema, 'Required'],
			['position-not-positive', en('op1.mdx'), 'position', schema, 'Number must be greater than 0'],
			['cites-malformed', en('pp1.mdx'), 'cites.1', schema, 'expected the document an undocs.org link names, such as "A/RES/73/338", found "/A/RES/70/1"'],
			['subject-twice', en('resolution.mdx'), 'subjects', schema, 'each subject once; repeated: PEACE'],
		],
	],
	[
		'order, names and place (buildResolution, content.ts)',
		[
			['position-gap', en('op3.mdx'), 'position', placed(7), '8'],
			['position-duplicate', en('op3.mdx'), 'position', placed(6), `5, also used by ${en('op2.mdx')}`],
			['file-name', en('operative-3.mdx'), 'file name', 'op3.mdx, the anchor its kind and place give it', 'operative-3.mdx'],
			['language-folder', en('resolution.mdx'), 'language', '"en", the name of its folder (one folder per language)', '"fr"'],
			['symbol-folder', en('resolution.mdx'), 'symbol', 'a symbol whose folder is a-res-99-1/', 'A/RES/99/2, whose folder is a-res-99-2/'],
			['orphan', 'a-res-99-1/fr/op1.mdx', 'location', 'a resolution.mdx in a-res-99-1/fr/ beside it', 'none'],
		],
	],
	[
		'lead phrases',
		[
			['lead-mismatch', en('op2.mdx'), 'body', 'to begin with the lead phrase in italics, *Requests also*, as in the "lead" field', '*Requests*'],
			['lead-not-italic', en('op2.mdx'), 'body', 'to begin with the lead phrase in italics, *Requests*, as in the "lead" field', '"Requests the Secretary-General…"'],
		],
	],
	[
		'footnotes',
		[
			['footnote-undefined', en('op2.mdx'), 'body', 'a definition for footnote [^3] in the same file', 'none'],
			['footnote-uncalled', en('op2.mdx'), 'footnote [^3]', 'one call in the text', '0 calls'],
			['footnote-called-twice', en('pp2.mdx'), 'footnote [^2]', 'one call in the text', '2 calls'],
			['footnote-reused', en('pp2.mdx'), 'footnote [^1]', 'markers used once in the whole resolution', 'marker 1, also in pp1'],
			['footnote-not-last', en('pp2.mdx'), 'body', 'footnote definitions only after the text', 'paragraph at line 5 of the body'],
		],
	],
	[
		'cited documents and links',
		[
			['cites-unlisted', en('op2.mdx'), 'cites', 'to list A/RES/75/272, which the body links', '[]'],
			['cites-unlinked', en('op2.mdx'), 'cites', 'only documents the body links where they are printed', 'A/RES/75/272, which it does not link'],
			['link-wrong-language', en('pp1.mdx'), 'body', 'the link to A/RES/73/338 to be https://undocs.org/en/A/RES/73/338', 'https://undocs.org/fr/A/RES/73/338'],
			['link-not-web', en('op2.mdx'), 'body', webLinks, '"mailto:someone@un.org"'],
			['link-undocs-language', en('op2.mdx'), 'body', webLinks, '"https://undocs.org/xx/A/RES/75/272"'],
			['drafts-unlisted', en('resolution.mdx'), 'drafts', 'to list A/99/L.1, which the proponent links', '[]'],
			['drafts-unlinked', en('resolution.mdx'), 'drafts', 'only symbols the proponent links where they are printed', 'A/99/L.1/Add.1, which it does not link'],
			['proponent-wrong-language', en('resolution.mdx'), 'proponent', 'the link to A/99/L.1 to be https://undocs.org/en/A/99/L.1', 'https://undocs.org/ru/A/99/L.1'],
		],
	],
	[
		'MDX outside the forms of the blocks (parseBlock, toInline)',
		[
			['mdx-syntax', en('op2.mdx'), 'body', 'valid MDX (write "<" as &lt; and "{" as &#123;)', /^Unexpected character `2`/],
			['unsupported-list', en('op2.mdx'), 'body', paragraphForm, 'list at line 3 of the body'],
			['unsupported-heading', en('op2.mdx'), 'body', paragraphForm, 'heading at line 3 of the body'],
			['unsupported-strong', en('op2.mdx'), 'body', allowedInline, 'strong at line 1 of the body'],
			['unknown-jsx-inline', en('op2.mdx'), 'body', allowedInline, 'mdxJsxTextElement <Highlight> at line 1 of the body'],
			['unknown-jsx-block', en('op2.mdx'), 'body', paragraphForm, 'mdxJsxFlowElement <Note> at line 3 of the body'],
			['sup-with-attribute', en('t1.mdx'), 'body', allowedInline, 'mdxJsxTextElement <sup> at line 8 of the body'],
			['attribute-not-allowed', en('op1.mdx'), 'body <Point>', 'only the attributes num, akn4unId', 'id'],
			['point-without-num', en('op1.mdx'), 'body', 'a num attribute on every <Point>: <Point num="(a)">', 'mdxJsxFlowElement <Point> at line 11 of the body'],
			['point-without-text', en('op1.mdx'), 'body <Point num="(b)">', 'its text first', 'mdxJsxFlowElement <Point> at line 12 of the body'],
			['row-without-cells', en('t1.mdx'), 'body <Row>', 'at least one <Cell>', 'none'],
			['colspan-zero', en('t1.mdx'), 'body <Cell colspan>', 'a whole number from 1', '"0"'],
			['colspan-expression', en('t1.mdx'), 'body <Cell colspan>', 'a quoted value', 'an expression'],
			['table-not-table', en('t1.mdx'), 'body', 'one <Table> of <Row>s', 'paragraph at line 1 of the body'],
			['heading-two-lines', en('h1.mdx'), 'body', 'one line of text (the heading)', 'paragraph at line 3 of the body'],
			['paragraph-empty', en('op2.mdx'), 'body', 'the text of the paragraph', 'nothing'],
		],
	],
	[
		'fields on a kind that has none',
		[
			['lead-on-heading', en('h1.mdx'), 'lead', 'no lead on a heading (only on preambular, operative)', '"A heading"'],
			['meeting-on-paragraph', en('op2.mdx'), 'meeting', 'no meeting on an operative (only on part)', '"1st plenary meeting"'],
			['num-on-table', en('t1.mdx'), 'num', 'no num on a table (only on preambular, operative, heading, section, part)', '"1."'],
			['part-without-letter', en('A.mdx'), 'num', 'the letter of the part, as in its symbol ("A")', 'none'],
		],
	],
];

describe('a broken content file fails with the file, the field, the expectation and the finding', () => {
	describe.each(groups)('%s', (_, cases) => {
		it.each(cases)('%s', (fixture, file, field, expected, found) => {
			const error = contentError(brokenFixture(fixture));
			expect(error).toEqual({ file, field, expected: expect.any(String), found: expect.any(String) });
			if (typeof expected === 'string') expect(error.expected).toBe(expected);
			else expect(error.expected).toMatch(expected);
			if (typeof found === 'string') expect(error.found).toBe(found);
			else expect(error.found).toMatch(found);
		});
	});

	it('every broken fixture is one of these cases', () => {
		const names = new Set([...readTree(`${fixtures}content/broken`).keys()].map((path) => path.split('/')[0]!));
		expect([...names].sort()).toEqual(groups.flatMap(([, cases]) => cases.map(([name]) => name)).sort());
	});

	it('an empty language folder is named, as it has no file to name', () => {
		const folder = mkdtempSync(join(tmpdir(), 'empty-'));
		try {
			expect(() => loadFolder(folder)).toThrowError(`${folder}: location: expected a resolution.mdx and its blocks in ${folder}/; found no content files`);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('names the file by its path from the project root, as the build reads content/resolutions/', () => {
		expect(contentRoot).toBe('content/resolutions');
		expect(loadContent('a-res-76-299', 'en').blocks[0]!.file).toBe('content/resolutions/a-res-76-299/en/pp1.mdx');
	});
});
