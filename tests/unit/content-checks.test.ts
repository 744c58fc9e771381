/**
 * Every check the build runs across content files, each proven by a small broken fixture:
 * the error must name the file, the field, what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { brokenFixture, buildFromFiles, fixtures, readTree } from '../support/content';

const file = (name: string) => `content/resolutions/res/en/${name}`;

describe('the valid fixture', () => {
	it('builds into one resolution with paragraphs in order and footnotes numbered', () => {
		const [resolution] = buildFromFiles(readTree(`${fixtures}content/valid`));
		expect(resolution!.paragraphs.map((p) => p.anchor)).toEqual(['pp1', 'pp2', 'op1']);
		expect(resolution!.footnotes.map((f) => [f.anchor, f.paragraphAnchor])).toEqual([
			['fn1', 'pp1'],
			['fn2', 'pp2'],
		]);
	});
});

describe('a broken content file fails with the file, the field, the expectation and the finding', () => {
	const cases: [fixture: string, message: RegExp][] = [
		['number-gap', /pp4\.mdx: number: expected 3: preambular paragraphs are numbered 1, 2, 3… without gaps or duplicates; found 4$/],
		['number-duplicate', /pp2(-again)?\.mdx: number: expected 3: .*; found 2, also used by .*pp2(-again)?\.mdx$/],
		['file-name', /operative-2\.mdx: file name: expected op2\.mdx, from its kind and number; found operative-2\.mdx$/],
		['lead-mismatch', /op1\.mdx: body: expected to begin with the lead phrase in italics, \*Decides also\*.*; found \*Decides\*$/],
		['lead-not-italic', /op1\.mdx: body: expected to begin with the lead phrase in italics, \*Decides\*.*; found "Decides without italics;"$/],
		['footnote-undefined', /op1\.mdx: body: expected a definition for footnote \[\^3\] in the same file; found none$/],
		['footnote-uncalled', /op1\.mdx: footnote \[\^3\]: expected one call in the paragraph text; found 0 calls$/],
		['footnote-order', /pp2\.mdx: footnote \[\^5\]: expected marker 2 \(markers run 1, 2, 3… .*\); found marker 5$/],
		['footnote-reused', /pp2\.mdx: footnote \[\^1\]: expected marker 2 .*; found marker 1$/],
		['cites-malformed', /pp2\.mdx: cites\.0: expected a UN document symbol such as "A\/RES\/73\/338", found "A\/RES\/73 338"$/],
		['cites-unlisted', /op1\.mdx: cites: expected to list A\/RES\/75\/272, which the body links; found \[\]$/],
		['cites-unlinked', /op1\.mdx: cites: expected only symbols the body links where they are printed; found A\/RES\/75\/272, which it does not link$/],
		['link-not-undocs', /op1\.mdx: body: expected links only to https:\/\/undocs\.org\/<language>\/<symbol>; found "https:\/\/example\.org\/"$/],
		['unsupported-jsx', /op1\.mdx: body: expected plain text, \*italics\*, .*; found mdxJsxTextElement at line 1 of the body$/],
		['unsupported-list', /op1\.mdx: body: expected one paragraph followed only by footnote definitions .*; found list at line 3 of the body$/],
		['kind-invalid', /op1\.mdx: kind: Invalid enum value\. Expected 'preambular' \| 'operative', received 'operating'$/],
		['orphan', /res\/fr\/op1\.mdx: location: expected a resolution\.mdx in content\/resolutions\/res\/fr\/ beside it; found none$/],
		['language-folder', /res\/en\/resolution\.mdx: language: expected "en", the name of its folder .*; found "fr"$/],
	];

	it.each(cases)('%s', (fixture, message) => {
		expect(() => buildFromFiles(brokenFixture(fixture))).toThrowError(message);
	});

	it('names the file by its path from the project root', () => {
		expect(() => buildFromFiles(brokenFixture('lead-mismatch'))).toThrowError(new RegExp(`^${file('op1.mdx')}: `));
	});
});
