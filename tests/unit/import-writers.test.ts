/**
 * The pieces the importer writes content with, each against the reader the build uses: YAML that
 * Astro's parser (through readContentFile) reads back as the same values; every inline and block
 * form written as MDX (markdown.ts) and read back by parseBlock() as the same structure; the
 * content files of a document (content.ts), which refuse text the reader would read differently;
 * sponsor lists split per language; and the --check report.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parseBlock } from '../../src/lib/block-content';
import { buildFolder, contentRoot, readContentFile } from '../../src/lib/content-files';
import { ImportError, readResolution } from '../../src/lib/import/akn';
import { checkReport } from '../../src/lib/import/check';
import { contentFiles } from '../../src/lib/import/content';
import { blockMarkdown, escapeText, inlineMarkdown } from '../../src/lib/import/markdown';
import { splitNames } from '../../src/lib/import/names';
import { FlowList, scalar, toYaml } from '../../src/lib/import/yaml';
import type { FootnoteSource, Inline } from '../../src/lib/inline';
import type { Block, Paragraph, Point, SourceBlock, TableCell } from '../../src/lib/structure';
import type { BlockData } from '../../src/schemas/block';
const readYaml = (yaml: string) => parseFrontmatter(`---\n${yaml}---\n`, { frontmatter: 'empty-with-spaces' }).frontmatter;

describe('YAML', () => {
	const tricky = [
		'76/299',
		'2022-07-28',
		'12:30',
		'1e3',
		'0x1F',
		'.5',
		'yes',
		'No',
		'null',
		'~',
		'true',
		'Distr.: General',
		'*The General Assembly*,',
		'[without reference to a Main Committee]',
		'# not a comment',
		'a # b',
		'- item',
		'? key',
		'&anchor',
		'!tag',
		'%directive',
		'@at',
		'`tick',
		'"quoted"',
		"'single'",
		'{a: 1}',
		'ends with colon:',
		' leading space',
		'trailing space ',
		'a\u00a0no-break space',
		'line\nbreak',
		'tab\there',
		'back\\slash',
		'Côte d’Ivoire',
		'إن الجمعية العامة ،',
		'大会，',
		'97‑е пленарное заседание',
		'',
		'A/RES/76/84 A-B',
		'1st plenary meeting',
		'5 -',
		'1.1',
		'Infinity',
		'.inf',
		'NaN',
		'0o17',
		'+1',
		'-',
		'key: value',
		'a: b: c',
		'line\u2028separator',
		'paragraph\u2029separator',
		'\ufeffbyte order mark',
		'next line\u0085here',
		'bell\u0007',
		'<<',
		'=',
		'|',
		'>',
	];
	it.each(tricky)('reads %j back as the same string', (value) => {
		expect(readYaml(toYaml({ value }))).toEqual({ value });
	});

	it('leaves out undefined keys, writes booleans, dates, nested maps and empty lists', () => {
		const data = { a: undefined, reissued: true, date: new Date('2022-07-28T00:00:00Z'), vote: { type: 'recorded', inFavour: 3, voters: { against: ['ZIMBABWE'], abstaining: [] } }, drafts: new FlowList([]) };
		expect(toYaml(data)).toBe('reissued: true\ndate: 2022-07-28\nvote:\n  type: recorded\n  inFavour: 3\n  voters:\n    against:\n      - ZIMBABWE\n    abstaining: []\ndrafts: []\n');
		expect(readYaml(toYaml(data))).toEqual({ reissued: true, date: new Date('2022-07-28T00:00:00Z'), vote: { type: 'recorded', inFavour: 3, voters: { against: ['ZIMBABWE'], abstaining: [] } }, drafts: [] });
	});

	it('reads strings in a one-line list back as the same strings', () => {
		const items = ['A/RES/53/243', 'a, b', '[x]', 'y: z', '76/299', '{a}', 'A/RES/75/250 B', '78 (a)', '"q"'];
		expect(readYaml(toYaml({ items: new FlowList(items) }))).toEqual({ items });
	});

	it('writes plain text plainly and quotes only what needs it, the same way every time', () => {
		const data = { symbol: 'A/RES/76/299', number: '76/299', n: 76, date: new Date('2022-07-28T00:00:00Z'), names: ['China', 'Türkiye'], none: [], nested: { type: 'without-vote' }, sdgs: new FlowList([16, 17]) };
		const yaml = 'symbol: A/RES/76/299\nnumber: "76/299"\nn: 76\ndate: 2022-07-28\nnames:\n  - China\n  - Türkiye\nnone: []\nnested:\n  type: without-vote\nsdgs: [16, 17]\n';
		expect(toYaml(data)).toBe(yaml);
		expect(toYaml(data)).toBe(toYaml(data));
		expect(scalar('Seventy-sixth session')).toBe('Seventy-sixth session');
	});
});

const t = (value: string): Inline => ({ type: 'text', value });
const em = (...children: Inline[]): Inline => ({ type: 'emphasis', children });
const sup = (...children: Inline[]): Inline => ({ type: 'superscript', children });
const call = (marker: string): Inline => ({ type: 'footnoteRef', marker });
const doc = (symbol: string, href: string, ...children: Inline[]): Inline => ({ type: 'documentLink', symbol, href, children });
const web = (href: string, ...children: Inline[]): Inline => ({ type: 'externalLink', href, children });
const note = (marker: string, ...content: Inline[]): FootnoteSource => ({ marker, content });
const paragraph = (content: Inline[], points: Point[] = [], wrapUp: Inline[][] = []): Paragraph => ({ type: 'paragraph', kind: 'operative', content, points, wrapUp });
const point = (num: string, content: Inline[], points: Point[] = [], akn4unId?: string): Point => ({ num, content, points, ...(akn4unId ? { akn4unId } : {}) });
const cell = (content: Inline[], more: Partial<TableCell> = {}): TableCell => ({ header: false, content, ...more });

/** Adjacent text runs as one: the reader may split a run where the writer escaped a character. */
function joined<T>(value: T): T {
	if (Array.isArray(value)) {
		const out: unknown[] = [];
		for (const item of value.map(joined)) {
			const last = out.at(-1) as Inline | undefined;
			if (last?.type === 'text' && (item as Inline)?.type === 'text') last.value += (item as { value: string }).value;
			else out.push(item);
		}
		return out as T;
	}
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, joined(inner)])) as T;
	return value;
}

/** Writes a block as its content file's body, then reads it back as the build does. */
function readBack(block: Block, footnotes: FootnoteSource[] = []): SourceBlock {
	const data: BlockData = { kind: block.type === 'paragraph' ? block.kind : block.type, position: 1, cites: [], ...('num' in block && block.num !== undefined ? { num: block.num } : {}) };
	return joined(parseBlock(data, blockMarkdown(block, footnotes), 'test.mdx'));
}
const same = (block: Block, footnotes: FootnoteSource[] = []) => expect(readBack(block, footnotes)).toEqual({ block, footnotes });

describe('Markdown escaping: text written, then read back as the same text', () => {
	const texts = [
		'a < b and {c} and </d>',
		'*not italics* and _not either_ and **nor this**',
		'back\\slash \\* and `code` and ~strike~, a\\',
		'[a](b) is not a link, nor [c][d], [e][] or [f]: g',
		'&amp; &copy; &#123; &#x7B; & plain ampersand',
		'a | b | c',
		'<!-- not a comment -->',
		'<https://www.un.org> is not an autolink',
		'«\u00a0guillemets\u00a0» and typographic “quotes” and ’ apostrophes',
		'$x$ and 100 % and #5',
	];
	it.each(texts)('%j', (text) => same(paragraph([t(text)])));

	const lineStarts = ['# not a heading', '- not a list', '+ not a list', '* not a list', '1. not a list', '12) not a list', '> not a quote', '=== not an underline', '---', '***', '___', '= x', '-'];
	it.each(lineStarts)('%j at the start of every kind of line: text, sub-paragraph, wrap-up, footnote, heading, annex line, table cell', (text) => {
		same(paragraph([t(text), call('1')], [point('(a)', [t(text)], [point('(i)', [t(text)])])], [[t(text)]]), [note('1', t(text))]);
		same({ type: 'heading', content: [t(text)] });
		same({ type: 'annex', lines: [[t(text)], [t(text)]] });
		same({ type: 'table', rows: [{ cells: [cell([t(text)])] }] });
	});

	it('leaves ordinary brackets and punctuation unescaped for editors', () => {
		expect(escapeText('[without reference to a Main Committee (', '[', true)).toBe('[without reference to a Main Committee (');
		expect(escapeText('Peace, trust: and cooperation.', '', false)).toBe('Peace, trust: and cooperation.');
		expect(inlineMarkdown([t('1.5 per cent > 1 per cent')])).toBe('1.5 per cent > 1 per cent');
	});

	it('escapes a bracket that the next node would turn into a link', () => {
		const nodes: Inline[] = [t('see [x]'), doc('A/RES/70/1', 'https://undocs.org/en/A/RES/70/1', t('70/1'))];
		expect(inlineMarkdown(nodes)).toBe('see [x\\][70/1](https://undocs.org/en/A/RES/70/1)');
		same(paragraph(nodes));
	});

	it('leaves bare addresses and e-mail addresses as text', () => {
		const nodes = [t('See www.un.org, https://www.un.org/en/ and someone@un.org.')];
		expect(inlineMarkdown(nodes)).toBe('See www.un.org, https://www.un.org/en/ and someone@un.org.');
		same(paragraph(nodes));
	});

	it('writes white space other than a plain space at the edges of a line as a character reference', () => {
		expect(inlineMarkdown([t('\u00a0d’un traité\u00a0; ou\u00a0')])).toBe('&#160;d’un traité\u00a0; ou&#160;');
		for (const space of ['\u00a0', '\u202f', '\u3000']) {
			const edged = [t(`${space}x${space}`)];
			same(paragraph(edged, [point('a)', edged)], [edged]));
			same({ type: 'table', rows: [{ cells: [cell(edged)] }] });
		}
		same(paragraph([t('x'), call('1')]), [note('1', t('\u00a0y\u00a0'))]);
	});
});

describe('italics', () => {
	it('as *…* where the words inside begin and end with a letter or digit', () => {
		expect(inlineMarkdown([em(t('Recalling')), t(' its resolution '), doc('A/RES/73/338', 'https://undocs.org/en/A/RES/73/338', t('73/338')), call('1')])).toBe(
			'*Recalling* its resolution [73/338](https://undocs.org/en/A/RES/73/338)[^1]',
		);
		same(paragraph([t('ab'), em(t('c')), t('d')]));
	});

	const fallbacks: [string, Inline[], string][] = [
		['Chinese punctuation at the end', [em(t('重申，')), t('其')], '<em>重申，</em>其'],
		['punctuation only', [t('a'), em(t(',')), t('b')], 'a<em>,</em>b'],
		['white space inside', [t('x'), em(t(' a ')), t('y')], 'x<em> a </em>y'],
		['an escape first', [em(t('&amp; x'))], '<em>\\&amp; x</em>'],
		['a "<" first', [em(t('<x'))], '<em>\\<x</em>'],
		['a "*" last', [em(t('x*'))], '<em>x\\*</em>'],
		['a footnote call last, a letter after', [em(t('Recalling'), call('1')), t('x')], '<em>Recalling[^1]</em>x'],
		['a link last, a letter after', [em(t('see '), doc('A/RES/70/1', 'https://undocs.org/en/A/RES/70/1', t('70/1'))), t('abc')], '<em>see [70/1](https://undocs.org/en/A/RES/70/1)</em>abc'],
		['a link first, a letter before', [t('a'), em(doc('A/RES/70/1', 'https://undocs.org/en/A/RES/70/1', t('70/1')), t(' b'))], 'a<em>[70/1](https://undocs.org/en/A/RES/70/1) b</em>'],
		['raised text last, a letter after', [em(t('n'), sup(t('o'))), t('x')], '<em>n<sup>o</sup></em>x'],
	];
	it.each(fallbacks)('as <em> with %s', (_, nodes, written) => {
		expect(inlineMarkdown(nodes)).toBe(written);
		same(paragraph(nodes), JSON.stringify(nodes).includes('footnoteRef') ? [note('1', t('n'))] : []);
	});

	it('but *…* with a footnote call or a link at its edge where punctuation or a space is beside it', () => {
		const nodes = [em(t('Recalling'), call('1')), t(', '), em(doc('A/RES/70/1', 'https://undocs.org/en/A/RES/70/1', t('70/1')))];
		expect(inlineMarkdown(nodes)).toBe('*Recalling[^1]*, *[70/1](https://undocs.org/en/A/RES/70/1)*');
		same(paragraph(nodes), [note('1', t('n'))]);
	});
});

describe('links', () => {
	const links: [string, string, string][] = [
		['a plain address', 'https://www.un.org/en/ga/', '[x](https://www.un.org/en/ga/)'],
		['a space', 'https://example.org/a b', '[x](<https://example.org/a b>)'],
		['parentheses', 'https://en.wikipedia.org/wiki/Foo_(bar)', '[x](<https://en.wikipedia.org/wiki/Foo_(bar)>)'],
		['a character reference', 'https://example.org/?a=1&amp;b=2', '[x](https://example.org/?a=1\\&amp;b=2)'],
		['a backslash', 'https://example.org/a\\_b', '[x](https://example.org/a\\\\_b)'],
	];
	it.each(links)('to a web page, with %s in the address', (_, href, written) => {
		expect(inlineMarkdown([web(href, t('x'))])).toBe(written);
		same(paragraph([web(href, t('x'))]));
	});

	it('to a document, its symbol decoded from the address, in angle brackets where the address holds parentheses', () => {
		const nodes = [doc('A/76/49 (vol. I)', 'https://undocs.org/en/A/76/49%20(vol.%20I)', t('A/76/49 (Vol. I)')), t(' and '), doc('A/RES/75/250 B', 'https://undocs.org/en/A/RES/75/250%20B', t('75/250 B'))];
		expect(inlineMarkdown(nodes)).toBe('[A/76/49 (Vol. I)](<https://undocs.org/en/A/76/49%20(vol.%20I)>) and [75/250 B](https://undocs.org/en/A/RES/75/250%20B)');
		same(paragraph(nodes));
	});

	it('with brackets in their text', () => {
		same(paragraph([web('https://x.org/', t('[a]')), t(' '), web('https://x.org/', t('a](b'))]));
	});

	it('"<" and ">" in an address are percent-encoded (the importer reports the changed address as text read differently)', () => {
		expect(inlineMarkdown([web('https://example.org/<a>', t('x'))])).toBe('[x](<https://example.org/%3Ca%3E>)');
	});
});

describe('blocks', () => {
	it('a paragraph with nested sub-paragraphs (their letters and UN ids as attributes) and the words after them', () => {
		const block = paragraph(
			[em(t('Decides')), t(' that:')],
			[point('(a)', [t('first;')], [point('(i)', [t('inner,'), call('2')], [point('1', [t('deepest')])])], 'para_1__point_a'), point('(b)', [t('second;')])],
			[[t('and stresses the rules;')], [t('and decides to remain seized of the matter.')]],
		);
		expect(blockMarkdown(block, [note('2', t('A note.'))])).toBe(
			[
				'*Decides* that:',
				'<Point num="(a)" akn4unId="para_1__point_a">\nfirst;\n\n<Point num="(i)">\ninner,[^2]\n\n<Point num="1">\ndeepest\n</Point>\n</Point>\n</Point>',
				'<Point num="(b)">\nsecond;\n</Point>',
				'and stresses the rules;',
				'and decides to remain seized of the matter.',
				'[^2]: A note.',
			].join('\n\n'),
		);
		same(block, [note('2', t('A note.'))]);
	});

	it('a paragraph that is only sub-paragraphs', () => {
		same(paragraph([], [point('(a)', [t('first;')]), point('(b)', [t('second.')])]));
	});

	it.each(['(a)', 'а)', '(أ)', '㈠', '’2‘', '"a")', "it's", `"a" and 'b'`, '&amp;)', '{a}', '<a>'])('a sub-paragraph letter %j as an attribute', (num) => {
		same(paragraph([t('x')], [point(num, [t('y')], [], num)]));
	});

	it('a table: header cells, spans, empty cells, inline text and a footnote called in a cell', () => {
		const block: Block = {
			type: 'table',
			rows: [
				{ cells: [cell([em(t('Action'))], { header: true, rowspan: 2 }), cell([t('Post')], { header: true, colspan: 2 })] },
				{ cells: [cell([t('New post')]), cell([t('Assistant'), sup(t('a')), call('3')]), cell([])] },
			],
		};
		expect(blockMarkdown(block, [note('3', t('A table note.'))])).toBe(
			'<Table>\n<Row>\n<Cell header rowspan="2">*Action*</Cell>\n<Cell header colspan="2">Post</Cell>\n</Row>\n<Row>\n<Cell>New post</Cell>\n<Cell>Assistant<sup>a</sup>[^3]</Cell>\n<Cell></Cell>\n</Row>\n</Table>\n\n[^3]: A table note.',
		);
		same(block, [note('3', t('A table note.'))]);
	});

	it('a heading and a section with their numbers, a section without a title, an annex, a part', () => {
		same({ type: 'heading', num: 'B.', content: [t('International Decade')] });
		same({ type: 'section', num: 'I', content: [t('Financial performance report')] });
		same({ type: 'section', num: 'II', content: [] });
		same({ type: 'annex', lines: [[t('Annex')], [em(t('Our ocean')), t(', our future')]] });
		same({ type: 'part', num: 'A', content: [t('Information in the service of humanity')] });
	});

	it('footnote markers as printed: numbers, letters, a star', () => {
		for (const marker of ['12', 'a', '*']) same(paragraph([t('x'), call(marker)]), [note(marker, t('n'))]);
	});
});

describe('the content files of a document (contentFiles)', () => {
	const fixture = 'tests/fixtures/akn/A_RES_76_299-2211873E.xml';
	const source = readResolution(readFileSync(fixture, 'utf8'), 'A_RES_76_299-2211873E.xml');

	it('are read by the build as the same document, the same bytes every time', () => {
		const files = contentFiles(source, 'A_RES_76_299-2211873E.xml');
		expect([...files.keys()].slice(0, 2)).toEqual(['a-res-76-299/en/resolution.mdx', 'a-res-76-299/en/pp1.mdx']);
		const resolution = buildFolder(new Map([...files].map(([path, text]) => [`${contentRoot}/${path}`, text])));
		expect(resolution.blocks.map((block) => block.anchor)).toEqual([...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}`)]);
		expect(resolution.blocks[7]!.cites).toEqual(['A/RES/53/243']);
		expect(contentFiles(source, 'A_RES_76_299-2211873E.xml')).toEqual(files);
	});

	it('write each block\'s frontmatter as readContentFile reads it: kind, position, num, lead, akn4unId, cites', () => {
		const text = contentFiles(source, 'A_RES_76_299-2211873E.xml').get('a-res-76-299/en/op5.mdx')!;
		expect(text.slice(0, text.indexOf('\n---\n', 4) + 5)).toBe('---\nkind: operative\nposition: 25\nnum: "5."\nlead: Calls upon\nakn4unId: para_32\ncites: []\n---\n');
		expect(readContentFile(`${contentRoot}/a-res-76-299/en/op5.mdx`, text)).toMatchObject({ block: { data: { kind: 'operative', position: 25, num: '5.', lead: 'Calls upon', akn4unId: 'para_32', cites: [] } } });
	});

	it('refuse text the reader would read differently, rather than write it: a literal "[^1]"', () => {
		const broken = { ...source, blocks: [{ block: paragraph([t('see [^1] here')]), footnotes: [] }] };
		let error: unknown;
		try {
			contentFiles(broken, 'x.xml');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).problems.map((problem) => [problem.kind, problem.field])).toEqual([['text MDX would read differently', 'a-res-76-299/en/op1.mdx body']]);
	});
});

describe('sponsor lists', () => {
	it('split at commas and the last conjunction of each language', () => {
		expect(splitNames('China, Kazakhstan, Kyrgyzstan and Uzbekistan', 'en')).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
		expect(splitNames('Chine, Kazakhstan et Ouzbékistan', 'fr')).toEqual(['Chine', 'Kazakhstan', 'Ouzbékistan']);
		expect(splitNames('China, Kazajstán y Uzbekistán', 'es')).toEqual(['China', 'Kazajstán', 'Uzbekistán']);
		expect(splitNames('Francia e Italia', 'es')).toEqual(['Francia', 'Italia']);
		expect(splitNames('Китай, Казахстан и Узбекистан', 'ru')).toEqual(['Китай', 'Казахстан', 'Узбекистан']);
		expect(splitNames('中国、哈萨克斯坦和乌兹别克斯坦', 'zh')).toEqual(['中国', '哈萨克斯坦', '乌兹别克斯坦']);
		expect(splitNames('الصين، كازاخستان، وأوزبكستان', 'ar')).toEqual(['الصين', 'كازاخستان', 'أوزبكستان']);
	});

	it('never split inside parentheses or a name that contains the conjunction', () => {
		expect(splitNames('Guinea (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)', 'en')).toEqual([
			'Guinea (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)',
		]);
		expect(splitNames('Fiji, Trinidad and Tobago and Saint Vincent and the Grenadines', 'en')).toEqual(['Fiji', 'Trinidad and Tobago', 'Saint Vincent and the Grenadines']);
		expect(splitNames('Fiji and Bolivia (Plurinational State of)', 'en')).toEqual(['Fiji', 'Bolivia (Plurinational State of)']);
		expect(splitNames('Чад, Тринидад и Тобаго и Фиджи', 'ru')).toEqual(['Чад', 'Тринидад и Тобаго', 'Фиджи']);
		expect(splitNames('', 'en')).toEqual([]);
	});
});

describe('the --check report', () => {
	it('counts clean files per folder and groups problems by kind with a count and the first example', () => {
		const report = checkReport('corpus/', [
			{ file: 'French/b.xml', problems: [{ kind: 'paragraph <list>', field: '//list[@eId="x"]' }, { kind: 'paragraph <list>', field: '//list[@eId="y"]' }] },
			{ file: 'English/a.xml', problems: [] },
			{ file: 'English/c.xml', problems: [{ kind: 'paragraph <list>', field: '//list[@eId="z"]' }, { kind: 'vote "adoptedByRecordedVote"', field: '//voting' }] },
		]);
		expect(report).toBe(
			[
				'Checked 3 files in corpus/: 1 import cleanly, 2 do not.',
				'',
				'| folder | files | import cleanly |',
				'| --- | ---: | ---: |',
				'| English | 2 | 1 |',
				'| French | 1 | 0 |',
				'',
				'| unsupported construct | files | occurrences | example file | example element |',
				'| --- | ---: | ---: | --- | --- |',
				'| paragraph <list> | 2 | 3 | English/c.xml | //list[@eId="z"] |',
				'| vote "adoptedByRecordedVote" | 1 | 1 | English/c.xml | //voting |',
				'',
				'| file refused | reason | element |',
				'| --- | --- | --- |',
				'| English/c.xml | paragraph <list> (and 1 more) | //list[@eId="z"] |',
				'| French/b.xml | paragraph <list> (and 1 more) | //list[@eId="x"] |',
				'',
			].join('\n'),
		);
	});
	it('names the copies set aside and the misfiled files imported', () => {
		const report = checkReport('corpus/', [
			{ file: 'English/a_F.xml', problems: [], copyOf: 'French/a_F.xml', note: 'a copy of French/a_F.xml, filed under another language' },
			{ file: 'French/a_F.xml', problems: [] },
		]);
		expect(report).toMatch(/^Checked 2 files in corpus\/: 1 import cleanly, 0 do not, 1 is a copy of another\.$/mu);
		expect(report).toContain('| English/a_F.xml | a copy of French/a_F.xml, filed under another language |');
		expect(report).toContain('| English | 1 | 0 |');
	});
});
