import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../src/lib/html';
import { parseBody, plainText } from '../../src/lib/inline';
import { useTranslations } from '../../src/i18n/ui';
import { joinNames } from '../../src/lib/lists';

const body = '*Recognizing* the Declaration,[^1] which serves &lt;all&gt; & “each”\nof us,\n\n[^1]: Resolution [53/243](https://undocs.org/en/A/RES/53/243) A and B.';

describe('the official text', () => {
	const parsed = parseBody(body, 'pp8.mdx');

	it('reads as plain words without footnote markers, line breaks folded to spaces', () => {
		expect(plainText(parsed.content)).toBe('Recognizing the Declaration, which serves <all> & “each” of us,');
		expect(plainText(parsed.footnotes[0]!.content)).toBe('Resolution 53/243 A and B.');
	});

	it('rejects MDX that does not parse, naming the file', () => {
		expect(() => parseBody('*Decides* that 1 <2;', 'op1.mdx')).toThrowError(/^op1\.mdx: body: expected valid MDX .*; found /);
	});

	it('keeps non-breaking spaces, which some languages print before punctuation', () => {
		const french = parseBody('*Décide*\u00a0: de poursuivre\u00a0;', 'op1.mdx');
		expect(plainText(french.content)).toBe('Décide\u00a0: de poursuivre\u00a0;');
	});

	it('renders as HTML with italics, escaped text, document links and footnote calls', () => {
		expect(inlineHtml(parsed.content, { footnoteLabel: 'Footnote' })).toBe(
			'<em>Recognizing</em> the Declaration,<sup class="footnote-ref"><a href="#fn1" id="fnref1" aria-label="Footnote 1">1</a></sup> which serves &lt;all&gt; &amp; “each” of us,',
		);
		expect(inlineHtml(parsed.footnotes[0]!.content, { footnoteLabel: 'Footnote' })).toBe(
			'Resolution <a href="https://undocs.org/en/A/RES/53/243">53/243</a> A and B.',
		);
	});

	it('points footnote calls at another page when asked', () => {
		expect(inlineHtml(parsed.content, { footnoteLabel: 'Note', footnotesPage: '/A/RES/76/299/' })).toContain('href="/A/RES/76/299/#fn1"');
	});
});

describe('lists of names', () => {
	it('joins as a sentence does, in the reader\'s language', () => {
		const en = useTranslations('en');
		expect(joinNames([], en)).toBe('');
		expect(joinNames(['China'], en)).toBe('China');
		expect(joinNames(['China', 'Fiji'], en)).toBe('China and Fiji');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('fr'))).toBe('China, Fiji et Lebanon');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('zh'))).toBe('China、Fiji和Lebanon');
		expect(joinNames(['China', 'Fiji', 'Lebanon'], useTranslations('ar'))).toBe('China، Fiji و Lebanon');
	});
});
