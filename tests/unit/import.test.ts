/**
 * The importer from the UN's Akoma Ntoso files: the six official files of A/RES/76/299 import
 * without error, give the committed content byte for byte, twice over, and read back through the
 * site's own parser as the UN's words; broken files fail naming the file and the element.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { attr, ImportError, readResolution } from '../../src/lib/import/akn';
import { contentFiles } from '../../src/lib/import/content';
import { parseBody, plainText } from '../../src/lib/inline';
import { aknFiles, readOfficialText } from '../support/akn';
import { fixtures, readTree } from '../support/content';

const languages = Object.keys(aknFiles) as (keyof typeof aknFiles)[];
const root = new URL('../../', import.meta.url).pathname;
const committed = join(root, 'content/resolutions');

function importLanguage(language: keyof typeof aknFiles): Map<string, string> {
	const name = aknFiles[language];
	return contentFiles(readResolution(readFileSync(join(fixtures, 'akn', name), 'utf8'), name), name);
}

describe.each(languages)('importing the UN file in %s', (language) => {
	const files = importLanguage(language);

	it('gives a resolution file and 30 paragraph files with their footnotes in pp8, pp9, pp13, pp16', () => {
		const names = [...files.keys()].map((path) => path.replace(`a-res-76-299/${language}/`, ''));
		expect(names).toEqual(['resolution.mdx', ...Array.from({ length: 20 }, (_, i) => `pp${i + 1}.mdx`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}.mdx`)]);
		const withNotes = names.filter((name) => /\n\[\^[0-9]+\]: /.test(files.get(`a-res-76-299/${language}/${name}`)!));
		expect(withNotes).toEqual(['pp8.mdx', 'pp9.mdx', 'pp13.mdx', 'pp16.mdx']);
	});

	it('gives exactly the committed content, byte for byte', () => {
		const onDisk = readTree(join(committed, 'a-res-76-299', language));
		expect(new Map([...files].map(([path, text]) => [path.replace(`a-res-76-299/${language}/`, ''), text]))).toEqual(onDisk);
	});

	it('gives the same bytes when run again', () => {
		expect(importLanguage(language)).toEqual(files);
	});

	it('writes bodies that the site parses back to the UN text of all 30 paragraphs and 4 footnotes, no-break spaces kept', () => {
		const official = readOfficialText(language);
		const expected = [...official.preambular, ...official.operative.map((op) => op.text)];
		const anchors = [...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}`)];
		const notes: string[] = [];
		anchors.forEach((anchor, index) => {
			const text = files.get(`a-res-76-299/${language}/${anchor}.mdx`)!;
			const body = text.slice(text.indexOf('\n---\n') + 5);
			const parsed = parseBody(body, `${anchor}.mdx`);
			expect(plainText(parsed.content), anchor).toBe(expected[index]);
			notes.push(...parsed.footnotes.map((note) => plainText(note.content)));
		});
		expect(notes).toEqual(official.footnotes.map((note) => note.text));
	});

	it('links every cited document to undocs.org in its own language', () => {
		const pp8 = files.get(`a-res-76-299/${language}/pp8.mdx`)!;
		expect(pp8).toContain(`(https://undocs.org/${language}/A/RES/53/243)`);
		expect(pp8).toContain('cites: [A/RES/53/243]');
	});
});

describe('links that the UN file gives in another language', () => {
	it('are written in the language of the file (the Chinese file links to undocs.org/ch/)', () => {
		const xml = readFileSync(join(fixtures, 'akn', aknFiles.zh), 'utf8');
		expect(xml).toContain('https://undocs.org/ch/A/RES/53/243');
		const pp8 = importLanguage('zh').get('a-res-76-299/zh/pp8.mdx')!;
		expect(pp8).toContain('[53/243](https://undocs.org/zh/A/RES/53/243)');
		expect(pp8).not.toContain('undocs.org/ch/');
	});
});

describe('the Arabic file', () => {
	const files = importLanguage('ar');
	it('takes operative numbers printed in the text ("5 -") and leaves them out of the words', () => {
		expect(files.get('a-res-76-299/ar/op5.mdx')).toMatch(/^number: 5$/m);
		expect(files.get('a-res-76-299/ar/op5.mdx')).toMatch(/\n---\n\*تهيب\* بجميع/);
	});
	it('writes the lead printed in bold as *lead* and the footnote call without its printed parentheses', () => {
		expect(files.get('a-res-76-299/ar/pp8.mdx')).toContain('*وإذ تسلم* بأهمية');
		expect(files.get('a-res-76-299/ar/pp8.mdx')).toContain('بثقافة السلام[^1]، اللذين');
		expect(files.get('a-res-76-299/ar/pp8.mdx')).toContain('\n[^1]: القراران [53/243]');
	});
});

describe('attributes', () => {
	it('are read with character references decoded and no-break spaces kept (a French container name "Se\u00a0félicitant")', () => {
		const doc = new DOMParser().parseFromString('<container name="Se\u00a0félicitant &amp; &#x2019;"/>', 'text/xml') as unknown as Document;
		expect(attr(doc.documentElement, 'name')).toBe('Se\u00a0félicitant & \u2019');
		expect(attr(doc.documentElement, 'missing')).toBeNull();
	});
});

describe('the resolution facts', () => {
	it('split the sponsors of the UN record into names, whatever the language of the file', () => {
		for (const language of languages) {
			const resolution = readResolution(readFileSync(join(fixtures, 'akn', aknFiles[language]), 'utf8'), aknFiles[language]);
			expect(resolution.facts.sponsors).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Türkiye', 'Turkmenistan', 'Uzbekistan']);
			expect(resolution.facts.additionalSponsors).toHaveLength(12);
			expect(resolution.facts.additionalSponsors.at(-1)).toBe('Venezuela (Bolivarian Republic of)');
		}
	});
});

describe('a file the importer does not understand fails naming the file and the element', () => {
	const broken = (name: string) => () => {
		const xml = readFileSync(join(fixtures, 'akn/broken', name), 'utf8');
		contentFiles(readResolution(xml, name), name);
	};
	it('an operative paragraph without a number', () => {
		expect(broken('missing-num.xml')).toThrowError(
			/^missing-num\.xml: \/\/paragraph\[@eId="para_25"\]: expected a <num> \(or a number printed before the text, as "1 -"\); found none$/,
		);
	});
	it('an element it has no mapping for (a lettered list)', () => {
		expect(broken('unknown-element.xml')).toThrowError(
			/^unknown-element\.xml: \/\/list\[@eId="para_28__list_1"\]: expected a <num> and one <content>; found <list>, <content>$/,
		);
	});
	it('the same paragraph twice', () => {
		expect(broken('duplicate-paragraph.xml')).toThrowError(
			/^duplicate-paragraph\.xml: \/\/paragraph\[@eId="para_32"\]: expected operative paragraph 6; found 5, already used by \/\/paragraph\[@eId="para_32"\]$/,
		);
	});
	it('with a kind that groups it in the --check report', () => {
		try {
			broken('unknown-element.xml')();
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ImportError);
			expect((error as ImportError).problems.map((p) => p.kind)).toEqual(['paragraph <list>']);
		}
	});
	it('not XML of a resolution at all', () => {
		expect(() => readResolution('<html><body>no</body></html>', 'page.xml')).toThrowError(/^page\.xml: \/: expected an <akomaNtoso> document; found <html>$/);
	});
});

describe('npm run import', () => {
	const out = mkdtempSync(join(tmpdir(), 'import-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));
	const run = (...args: string[]) =>
		execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import.ts'), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });

	it('writes the committed content of all six languages, the same bytes when run twice, and nothing else', () => {
		const sources = languages.map((language) => join(fixtures, 'akn', aknFiles[language]));
		run('--out', out, ...sources);
		const first = readTree(out);
		// A paragraph left from an older import would be published: the importer removes it.
		writeFileSync(join(out, 'a-res-76-299/fr/op11.mdx'), '---\nkind: operative\n---\n');
		run('--out', out, ...sources);
		expect(readTree(out)).toEqual(first);
		expect(first).toEqual(readTree(committed));
	});

	it('--check imports a folder without writing and groups what fails by kind, with a count and an example', () => {
		const report = run('--check', join(fixtures, 'akn'));
		expect(report).toContain(`Checked 9 files in ${join(fixtures, 'akn')}: 6 import cleanly, 3 do not.`);
		expect(report).toContain('| . | 6 | 6 |');
		expect(report).toContain('| broken | 3 | 0 |');
		expect(report).toContain('| duplicate paragraph | 1 | 1 | broken/duplicate-paragraph.xml | //paragraph[@eId="para_32"] |');
		expect(report).toContain('| missing <num> | 1 | 1 | broken/missing-num.xml | //paragraph[@eId="para_25"] |');
		expect(report).toContain('| paragraph <list> | 1 | 1 | broken/unknown-element.xml | //list[@eId="para_28__list_1"] |');
	});

	it('fails with the file and the element, writing nothing, for a broken file', () => {
		let message = '';
		try {
			run('--out', join(out, 'broken'), join(fixtures, 'akn/broken/missing-num.xml'));
		} catch (error) {
			message = String((error as { stderr: string }).stderr);
		}
		expect(message).toContain('missing-num.xml: //paragraph[@eId="para_25"]: expected a <num>');
		expect(() => readTree(join(out, 'broken'))).toThrow();
	});
});
