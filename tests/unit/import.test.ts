/**
 * The importer from the UN's Akoma Ntoso files, on the six official files of A/RES/76/299: they
 * import without error into 20 preambular and 10 operative paragraphs with the UN's words, lead
 * phrases, numbers and footnotes; broken files fail naming the file and the element; the
 * `--check` command groups what fails by kind.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMParser } from 'linkedom';
import { attr, ImportError, readResolution } from '../../src/lib/import/akn';
import { plainText, walkInline } from '../../src/lib/inline';
import type { Paragraph } from '../../src/lib/structure';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures/akn');
const files = {
	ar: 'A_RES_76_299-2211873A.xml',
	zh: 'A_RES_76_299-2211873C.xml',
	en: 'A_RES_76_299-2211873E.xml',
	fr: 'A_RES_76_299-2211873F.xml',
	ru: 'A_RES_76_299-2211873R.xml',
	es: 'A_RES_76_299-2211873S.xml',
} as const;
const languages = Object.keys(files) as (keyof typeof files)[];
const read = (name: string) => readResolution(readFileSync(join(fixtures, name), 'utf8'), name);
const normalize = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

/** The words of the file's paragraphs, read here without the importer: notes and Arabic note parentheses left out. */
function officialParagraphs(xml: string): { preambular: string[]; operative: string[]; names: string[] } {
	const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	type El = ReturnType<Document['querySelector']> & {};
	const words = (element: El): string => {
		let out = '';
		for (const node of element.childNodes) {
			if (node.nodeType === 3) out += node.textContent;
			else if (node.nodeType === 1 && (node as El).localName === 'sup' && /^[()]$/.test(node.textContent ?? '')) continue;
			else if (node.nodeType === 1 && (node as El).localName !== 'authorialNote') out += words(node as El);
		}
		return out;
	};
	const containers = [...doc.querySelectorAll('preamble > container')] as El[];
	const paragraphs = [...doc.querySelectorAll('mainBody paragraph')] as El[];
	return {
		preambular: containers.map((c) => normalize(words(c))),
		operative: paragraphs.map((p) => normalize(words(p))),
		names: containers.map((c) => normalize(attr(c, 'name') ?? '')),
	};
}

describe.each(languages)('the UN file of A/RES/76/299 in %s', (language) => {
	const document = read(files[language]);
	const official = officialParagraphs(readFileSync(join(fixtures, files[language]), 'utf8'));
	const paragraphs = document.blocks.map((source) => source.block).filter((block): block is Paragraph => block.type === 'paragraph');

	it('gives 20 preambular and 10 operative paragraphs and nothing else, footnotes in pp8, pp9, pp13 and pp16', () => {
		expect(document.blocks.map((s) => s.block.type)).toEqual(Array(30).fill('paragraph'));
		expect(paragraphs.map((p) => p.kind)).toEqual([...Array(20).fill('preambular'), ...Array(10).fill('operative')]);
		const withNotes = document.blocks.flatMap((source, index) => (source.footnotes.length > 0 ? [index + 1] : []));
		expect(withNotes).toEqual([8, 9, 13, 16]);
	});

	it('has the words of every paragraph as the file prints them, number first, no-break spaces kept', () => {
		const text = (p: Paragraph) => normalize(`${p.num ?? ''} ${plainText(p.content)}`);
		expect(paragraphs.filter((p) => p.kind === 'preambular').map(text)).toEqual(official.preambular);
		expect(paragraphs.filter((p) => p.kind === 'operative').map(text)).toEqual(official.operative);
	});

	it('numbers the operative paragraphs as printed ("5." or, in Arabic, "5 -" taken from the text) and takes each lead phrase', () => {
		const numbers = paragraphs.filter((p) => p.kind === 'operative').map((p) => p.num);
		expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => (language === 'ar' ? `${i + 1} -` : `${i + 1}.`)));
		const leads = paragraphs.filter((p) => p.kind === 'preambular').map((p) => p.lead);
		leads.forEach((lead, index) => expect(official.names[index]!.startsWith(lead ?? '\u0000') || lead?.startsWith(official.names[index]!), `pp${index + 1}`).toBe(true));
		for (const p of paragraphs) if (p.lead) expect(p.content[0]).toMatchObject({ type: 'emphasis' });
	});

	it('links every cited document to undocs.org in its own language', () => {
		const links = document.blocks.flatMap((s) => [...s.block.type === 'paragraph' ? walkInline(s.block.content) : [], ...s.footnotes.flatMap((f) => [...walkInline(f.content)])]).filter((n) => n.type === 'documentLink');
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link.href.startsWith(`https://undocs.org/${language}/`), link.href).toBe(true);
		expect(links.map((l) => l.symbol)).toContain('A/RES/53/243');
	});

	it('reads the facts: symbol, number, sponsors split whatever the language', () => {
		expect(document.facts).toMatchObject({ symbol: 'A/RES/76/299', number: '76/299', language, reissued: false });
		expect(document.facts.sponsors).toEqual(['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Türkiye', 'Turkmenistan', 'Uzbekistan']);
		expect(document.facts.additionalSponsors).toHaveLength(12);
		expect(document.facts.enactingFormula?.[0]).toMatchObject({ type: 'emphasis' });
	});
});

describe('the Arabic file of 76/299', () => {
	const document = read(files.ar);
	it('drops the parentheses printed around footnote calls and the "()" placeholder of the note', () => {
		const pp8 = document.blocks[7]!;
		expect(plainText((pp8.block as Paragraph).content)).not.toMatch(/[()]\s*$/);
		expect(pp8.footnotes[0]!.content[0]).toMatchObject({ type: 'text' });
		expect(plainText(pp8.footnotes[0]!.content)).toMatch(/^القراران/);
		expect(document.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^para_[0-9]+: number "5 -" read from the text$/)]));
	});
	it('links given as undocs.org/ch/ in the Chinese file are written with zh', () => {
		const zh = read(files.zh);
		const hrefs = zh.blocks.flatMap((s) => s.footnotes.flatMap((f) => [...walkInline(f.content)])).filter((n) => n.type === 'documentLink').map((n) => n.href);
		expect(hrefs).toContain('https://undocs.org/zh/A/RES/53/243');
		expect(readFileSync(join(fixtures, files.zh), 'utf8')).toContain('https://undocs.org/ch/A/RES/53/243');
	});
});

describe('attributes', () => {
	it('are read with character references decoded and no-break spaces kept (a French container name "Se\u00a0félicitant")', () => {
		const doc = new DOMParser().parseFromString('<container name="Se\u00a0félicitant &amp; &#x2019;"/>', 'text/xml') as unknown as Document;
		expect(attr(doc.documentElement, 'name')).toBe('Se\u00a0félicitant & \u2019');
		expect(attr(doc.documentElement, 'missing')).toBeNull();
	});
});

describe('the Sustainable Development Goals a file is tagged with', () => {
	// The Arabic file of 76/299 tags Goals 16, 17 and 5 (among others); the 75th session's files tag targets too.
	const tagged = (values: Record<string, string>) => {
		let xml = readFileSync(join(fixtures, files.ar), 'utf8');
		for (const [goal, value] of Object.entries(values)) xml = xml.replace(`<keyword value="${goal}" href="http://metadata.un.org/sdg/${goal}"`, `<keyword value="${value}" href="http://metadata.un.org/sdg/${value}"`);
		return readResolution(xml, files.ar);
	};
	it('reads a target ("16.1", "17.a") as a target of its Goal, and counts the Goal', () => {
		const { facts } = tagged({ '16': '16.1', '17': '17.a' });
		expect(facts.sdgTargets).toEqual(['16.1', '17.a']);
		expect(facts.sdgs).toEqual(expect.arrayContaining([16, 17, 5]));
		expect(read(files.ar).facts.sdgTargets).toEqual([]);
	});
	it('refuses a value that is neither a Goal nor a target, naming it', () => {
		try {
			tagged({ '16': '18.2' });
		} catch (error) {
			expect((error as ImportError).problems.map((problem) => problem.kind)).toEqual(['SDG']);
			return;
		}
		expect.unreachable();
	});
});

describe('a file the importer does not understand fails naming the file, the element and every problem', () => {
	const problems = (name: string) => {
		try {
			read(`broken/${name}`);
		} catch (error) {
			expect(error).toBeInstanceOf(ImportError);
			return (error as ImportError).problems;
		}
		return expect.unreachable();
	};
	it('a paragraph of an unknown shape, and the words it loses', () => {
		const found = problems('unknown-element.xml');
		expect(found.map((p) => p.kind)).toEqual(['paragraph with num,list,content', 'text lost or changed']);
		expect(found[0]!.message).toBe('broken/unknown-element.xml: //paragraph[@eId="para_28"]: expected a paragraph of <num>, <content>, <list>, <heading> or <subheading>; found <num>, <list>, <content>');
		expect(found[1]!.field).toBe('//paragraph[@eId="para_28"]/num');
	});
	it('an inline element it has no mapping for, and a link to an address that is not a web page', () => {
		const found = problems('unknown-inline.xml');
		expect(found.map((p) => p.kind)).toEqual(['element <b> in text', 'link to an unknown address', 'text lost or changed']);
		expect(found[1]!.message).toContain('//container[@eId="container_10"]/p/a: expected a link to undocs.org or another web page; found "mailto:someone@un.org"');
	});
	it('two footnotes with one marker', () => {
		expect(problems('duplicate-footnote.xml').map((p) => p.message)).toEqual(['broken/duplicate-footnote.xml: //authorialNote[@marker="1"]: expected each footnote marker once in a document; found 2 footnotes marked 1']);
	});
	it('not XML of a resolution at all', () => {
		expect(() => readResolution('<html><body>no</body></html>', 'page.xml')).toThrowError(/^page\.xml: \/: expected an <akomaNtoso> document; found <html>$/);
	});
	it('a file in the folder of another language (the corpus has the Chinese 76/253 in Arabic/)', () => {
		expect(() => readResolution(readFileSync(join(fixtures, files.zh), 'utf8'), 'Arabic/A_RES_76_253-2203840C.xml')).toThrowError(
			'Arabic/A_RES_76_253-2203840C.xml: //FRBRExpression/FRBRlanguage: expected a file in Arabic; found zho',
		);
	});
	it('but not a paragraph without a number or numbers out of sequence: anchors take care of those', () => {
		expect(read('broken/missing-num.xml').blocks).toHaveLength(30);
		expect(read('broken/duplicate-paragraph.xml').blocks).toHaveLength(31);
	});
});

describe('npm run import -- --check', () => {
	const run = (...args: string[]) => execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/import.ts'), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
	const report = run('--check', fixtures);

	it('imports a folder without writing and groups what fails by kind, with a count and an example', () => {
		expect(report).toMatch(/^Checked 36 files in .*: 30 import cleanly, 6 do not\.$/m);
		expect(report).toContain('| . | 6 | 5 |');
		expect(report).toContain('| broken | 5 | 0 |');
		expect(report).toContain('| session | 16 | 16 |');
		expect(report).toContain('| session75 | 7 | 7 |');
		expect(report).toContain('| session77 | 2 | 2 |');
		expect(report).toContain('| text lost or changed | 2 | 2 | broken/unknown-element.xml | //paragraph[@eId="para_28"]/num |');
		expect(report).toContain('| footnote marker used twice | 1 | 1 | broken/duplicate-footnote.xml | //authorialNote[@marker="1"] |');
	});

	it('reports where the languages of a resolution disagree in structure, the same way every time', () => {
		expect(report).toContain('## Languages that disagree in structure');
		// The excerpts of 76/84 keep different paragraphs in English and Chinese: the anchors show it.
		expect(report).toContain('- **A/RES/76/84 A-B** (zh en): not in zh: A-op1-b-iii, A-op1-b-iv, B-op7, B-op8; not in en: B-op9, B-op10, B-op11');
		// Three different English files of 76/299 that each read cleanly: none is chosen silently, each is refused by name.
		for (const file of ['A_RES_76_299-2211873E.xml', 'broken/duplicate-paragraph.xml', 'broken/missing-num.xml']) {
			expect(report).toContain(`| ${file} | two files of one resolution and language | / |`);
		}
		expect(run('--check', fixtures)).toBe(report);
	});
});
