/**
 * The pieces the importer writes content with: YAML that Astro's parser reads back as the same
 * values, Markdown escaping that the site's parser reads back as the same words, sponsor lists
 * split per language, and the --check report.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/lib/import/check';
import { escapeText, inlineMarkdown } from '../../src/lib/import/markdown';
import { splitNames } from '../../src/lib/import/names';
import { FlowList, scalar, toYaml } from '../../src/lib/import/yaml';
import { parseBody, plainText, type Inline } from '../../src/lib/inline';

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
	];
	it.each(tricky)('reads %j back as the same string', (value) => {
		expect(readYaml(toYaml({ value }))).toEqual({ value });
	});

	it('reads strings in a one-line list back as the same strings', () => {
		const items = ['A/RES/53/243', 'a, b', '[x]', 'y: z', '76/299'];
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

describe('Markdown escaping', () => {
	const roundTrip = (nodes: Inline[]) => plainText(parseBody(inlineMarkdown(nodes), 'test.mdx').content);
	const texts = [
		'a < b and {c} and </d>',
		'*not italics* and _not either_ and **nor this**',
		'back\\slash \\* and `code` and ~strike~',
		'[a](b) is not a link, nor [c][d], [e][] or [f]: g',
		'&amp; &copy; &#123; & plain ampersand',
		'# not a heading',
		'- not a list',
		'+ not a list',
		'1. not a list',
		'12) not a list',
		'> not a quote',
		'=== not a heading underline',
		'«\u00a0guillemets\u00a0» and typographic “quotes” and ’ apostrophes',
		'a | b | c',
		'<!-- not a comment -->',
	];
	it.each(texts)('keeps %j as text through the site parser', (text) => {
		expect(roundTrip([{ type: 'text', value: text }])).toBe(text);
	});

	it('leaves ordinary brackets and punctuation unescaped for editors', () => {
		expect(escapeText('[without reference to a Main Committee (', '[', true)).toBe('[without reference to a Main Committee (');
		expect(escapeText('Peace, trust: and cooperation.', '', false)).toBe('Peace, trust: and cooperation.');
	});

	it('escapes a bracket that the next node would turn into a link', () => {
		const nodes: Inline[] = [{ type: 'text', value: 'see [x]' }, { type: 'documentLink', symbol: 'A/RES/70/1', href: 'https://undocs.org/en/A/RES/70/1', children: [{ type: 'text', value: '70/1' }] }];
		expect(inlineMarkdown(nodes)).toBe('see [x\\][70/1](https://undocs.org/en/A/RES/70/1)');
		expect(roundTrip(nodes)).toBe('see [x]70/1');
	});

	it('writes italics, links and footnote calls as the content files do', () => {
		const nodes: Inline[] = [
			{ type: 'emphasis', children: [{ type: 'text', value: 'Recalling' }] },
			{ type: 'text', value: ' its resolution ' },
			{ type: 'documentLink', symbol: 'A/RES/73/338', href: 'https://undocs.org/en/A/RES/73/338', children: [{ type: 'text', value: '73/338' }] },
			{ type: 'footnoteRef', marker: '1' },
		];
		expect(inlineMarkdown(nodes)).toBe('*Recalling* its resolution [73/338](https://undocs.org/en/A/RES/73/338)[^1]');
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
			].join('\n'),
		);
	});
});
