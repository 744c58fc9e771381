/**
 * The reader of the official text (src/lib/inline.ts, through src/lib/block-content.ts as the
 * build reads a block): MDX's grammar with GFM footnotes and nothing else of GFM, into the inline
 * model; its plain words; its HTML.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { parseBlock } from '../../src/lib/block-content';
import { inlineHtml } from '../../src/lib/html';
import { parseLine, plainText, walkInline, type Inline } from '../../src/lib/inline';
import { joinNames } from '../../src/lib/lists';
import type { BlockData } from '../../src/schemas/block';

const operative: BlockData = { kind: 'operative', position: 1, cites: [] };
const read = (body: string) => parseBlock(operative, body, 'op1.mdx');
const content = (body: string): Inline[] => {
	const { block } = read(body);
	if (block.type !== 'paragraph') throw new Error('not a paragraph');
	return block.content;
};
const t = (value: string): Inline => ({ type: 'text', value });

const body = '*Recognizing* the Declaration,[^1] which serves &lt;all&gt; & “each”\nof us,\n\n[^1]: Resolution [53/243](https://undocs.org/en/A/RES/53/243) A and B.';

describe('the official text', () => {
	const parsed = read(body);
	const text = content(body);

	it('reads as plain words without footnote markers, line breaks folded to spaces, character references decoded', () => {
		expect(plainText(text)).toBe('Recognizing the Declaration, which serves <all> & “each” of us,');
		expect(plainText(parsed.footnotes[0]!.content)).toBe('Resolution 53/243 A and B.');
		expect(parsed.footnotes.map((note) => note.marker)).toEqual(['1']);
	});

	it('rejects MDX that does not parse, naming the file', () => {
		expect(() => read('*Decides* that 1 <2;')).toThrowError(/^op1\.mdx: body: expected valid MDX .*; found /);
	});

	it('keeps non-breaking spaces, which some languages print before punctuation', () => {
		expect(plainText(content('*Décide*\u00a0: de poursuivre\u00a0;'))).toBe('Décide\u00a0: de poursuivre\u00a0;');
	});

	it('reads <em> as italics (for italics that begin or end with punctuation) and <sup> as raised text', () => {
		expect(content('<em>重申，</em>其 n<sup>o</sup> 5')).toEqual([
			{ type: 'emphasis', children: [t('重申，')] },
			t('其 n'),
			{ type: 'superscript', children: [t('o')] },
			t(' 5'),
		]);
	});

	it('reads a link to undocs.org as the document it names (decoded), any other web page as an external link', () => {
		expect(content('[75/250 B](https://undocs.org/en/A/RES/75/250%20B) and [the site](https://www.un.org/en/ga/)')).toEqual([
			{ type: 'documentLink', symbol: 'A/RES/75/250 B', href: 'https://undocs.org/en/A/RES/75/250%20B', children: [t('75/250 B')] },
			t(' and '),
			{ type: 'externalLink', href: 'https://www.un.org/en/ga/', children: [t('the site')] },
		]);
		expect(() => read('[x](ftp://un.org/x)')).toThrowError(/expected links to https:\/\/undocs\.org\/<language>\/<symbol>, or to another web page/);
	});

	it('leaves bare addresses, e-mail addresses and the rest of GFM as text (no autolinks, tables or strikethrough)', () => {
		const words = 'See www.un.org, https://www.un.org/en/ and someone@un.org | a | b | ~~not struck~~';
		expect(content(words)).toEqual([t(words)]);
	});

	it('reads a one-line field (the enacting formula, the proponent line) and refuses a second line', () => {
		expect(parseLine('*The General Assembly*,', 'resolution.mdx', 'enactingFormula')).toEqual([{ type: 'emphasis', children: [t('The General Assembly')] }, t(',')]);
		expect(() => parseLine('*The General Assembly*,\n\nAgain', 'resolution.mdx', 'enactingFormula')).toThrowError(
			'resolution.mdx: enactingFormula: expected one line of text without footnotes; found paragraph at line 3 of the body',
		);
	});

	it('walks every node, depth first', () => {
		expect([...walkInline(text)].map((node) => node.type)).toEqual(['emphasis', 'text', 'text', 'footnoteRef', 'text']);
	});

	it('renders as HTML with italics, escaped text, document links and footnote calls', () => {
		expect(inlineHtml(text, { footnoteLabel: 'Footnote' })).toBe(
			'<em>Recognizing</em> the Declaration,<sup class="footnote-ref"><a href="#fn1" id="fnref1" aria-label="Footnote 1">1</a></sup> which serves &lt;all&gt; &amp; “each” of us,',
		);
		expect(inlineHtml(parsed.footnotes[0]!.content, { footnoteLabel: 'Footnote' })).toBe('Resolution <a href="https://undocs.org/en/A/RES/53/243">53/243</a> A and B.');
	});

	it('sends a web address with spaces in its query as a valid href, and shows it as the UN wrote it', () => {
		const link: Inline = { type: 'externalLink', href: 'https://conferences.unite.un.org/x.bitext?Symbol=S/2020/310&location=New York', children: [t('location=New York')] };
		expect(inlineHtml([link], { footnoteLabel: 'Footnote' })).toBe('<a href="https://conferences.unite.un.org/x.bitext?Symbol=S/2020/310&amp;location=New%20York" rel="external">location=New York</a>');
	});

	it('points footnote calls at another page when asked', () => {
		expect(inlineHtml(text, { footnoteLabel: 'Note', footnotesPage: '/A/RES/76/299/' })).toContain('href="/A/RES/76/299/#fn1"');
	});
});

describe('lists of names', () => {
	it("joins as a sentence does, in the reader's language", () => {
		const en = useTranslations('en');
		expect(joinNames([], en)).toBe('');
		expect(joinNames(['China'], en)).toBe('China');
		expect(joinNames(['China', 'Fiji'], en)).toBe('China and Fiji');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('fr'))).toBe('China, Fiji et Lebanon');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('zh'))).toBe('China、Fiji和Lebanon');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('ar'))).toBe('China، Fiji و Lebanon');
	});
});
