/**
 * The document page as built, in each of the six official languages: the official text, word
 * for word against the UN's Akoma Ntoso file of that language, in the official order, with the
 * anchors and links a reader relies on.
 */
import { describe, expect, it } from 'vitest';
import { aknFiles, normalize, readOfficialText } from '../support/akn';
import { loadPage, readerText, urlPath } from '../support/dist';
import { resolves } from '../support/links';

const languages = Object.keys(aknFiles) as (keyof typeof aknFiles)[];
const pathIn = (language: string) => (language === 'en' ? '/A/RES/76/299/' : `/${language}/A/RES/76/299/`);

describe.each(languages)('the document page in %s', (language) => {
const official = readOfficialText(language);
const page = loadPage(pathIn(language));
const $ = (selector: string) => page.querySelector(selector);
const $$ = (selector: string) => [...page.querySelectorAll(selector)];

it('is in its language and direction, with hreflang links to the other five that resolve', () => {
	expect(page.documentElement.getAttribute('lang')).toBe(language);
	expect(page.documentElement.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
	const alternates = $$('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]);
	expect(alternates).toEqual([...languages.map((other) => [other, urlPath(pathIn(other))]), ['x-default', urlPath('/A/RES/76/299/')]]);
	for (const other of languages) expect(resolves(pathIn(other), 'op5')).toBe(true);
});

describe('fidelity to the UN file', () => {
	it('prints the cover lines in the official order and wording', () => {
		expect($$('.cover [data-cover-line]').map((line) => normalize(line.textContent ?? ''))).toEqual(official.coverLines);
	});

	it('prints the title, the enacting formula and the place and date of adoption', () => {
		expect(normalize($('h1')!.textContent ?? '')).toBe(official.title);
		expect(normalize($('.formula')!.textContent ?? '')).toBe(official.formula);
		expect($$('.conclusion > span').map((line) => normalize(line.textContent ?? ''))).toEqual(official.conclusion);
	});

	it('prints every preambular paragraph exactly', () => {
		const printed = $$('.paragraph.preambular .paragraph-text').map(readerText);
		expect(printed).toEqual(official.preambular);
	});

	it('prints every operative paragraph exactly, with its number', () => {
		const printed = $$('.paragraph.operative').map((paragraph) => ({
			number: normalize(paragraph.querySelector('.paragraph-number')!.textContent ?? ''),
			text: readerText(paragraph.querySelector('.paragraph-text')!),
		}));
		expect(printed).toEqual(official.operative);
	});

	it('prints every footnote exactly, with its official marker', () => {
		const printed = $$('.footnotes li').map((note) => ({
			marker: normalize(note.querySelector('.footnote-marker')!.textContent ?? ''),
			text: normalize(note.querySelector('.footnote-text')!.textContent ?? ''),
		}));
		expect(printed).toEqual(official.footnotes.map(({ marker, text }) => ({ marker, text })));
	});

	it.skipIf(language !== 'en')('keeps the typographic apostrophes and quotes of the official file', () => {
		expect(readerText($('#pp15 .paragraph-text')!)).toContain('Women Leaders’ Caucus');
		expect(readerText($('#op10 .paragraph-text')!)).toContain('“Zone of peace, trust and cooperation of Central Asia”');
	});

	it('sets each lead phrase apart (italics; bold in Chinese and Arabic), as printed', () => {
		const leads = $$('.paragraph').map((paragraph) => {
			const text = paragraph.querySelector('.paragraph-text')!;
			return [paragraph.id, text.firstElementChild?.localName === 'em' && text.textContent!.startsWith(text.firstElementChild.textContent!) ? normalize(text.firstElementChild.textContent ?? '') : ''];
		});
		expect(Object.fromEntries(leads)).toEqual(official.leads);
	});
});

describe('structure', () => {
	it('has 30 paragraph elements in order, with ids pp1…pp20 then op1…op10', () => {
		const expected = [...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`), ...Array.from({ length: 10 }, (_, i) => `op${i + 1}`)];
		expect($$('.paragraph').map((p) => p.id)).toEqual(expected);
	});

	it('has no duplicate ids', () => {
		const ids = $$('[id]').map((element) => element.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});

	it('links each footnote marker to its note and each note back, in the official paragraphs', () => {
		expect($$('.footnotes li').map((li) => li.id)).toEqual(['fn1', 'fn2', 'fn3', 'fn4']);
		for (const { marker, paragraph } of official.footnotes) {
			const call = $(`#${paragraph} .footnote-ref a`)!;
			expect(call.getAttribute('href')).toBe(`#fn${marker}`);
			expect(call.id).toBe(`fnref${marker}`);
			expect(call.textContent).toBe(marker);
			expect($(`#fn${marker} .footnote-back`)!.getAttribute('href')).toBe(`#fnref${marker}`);
		}
		expect(official.footnotes.map((f) => f.paragraph)).toEqual(['pp8', 'pp9', 'pp13', 'pp16']);
	});

	it('links every document symbol to undocs.org in the page’s language, but a resolution this site publishes, to its page here', () => {
		// A/RES/75/272 is published here when the build holds the 75th session (a sample build may not).
		const here = `${language === 'en' ? '' : `/${language}`}/A/RES/75/272/`;
		const published = resolves(here);
		const own = $$('a').filter((a) => a.textContent === '75/272' && !a.getAttribute('href')!.startsWith('https://'));
		expect(own.map((a) => a.getAttribute('href'))).toEqual(published ? own.map(() => urlPath(here)) : []);
		if (published) expect(own.length).toBeGreaterThan(0);
		const symbols = {
			'73/338': 'A/RES/73/338',
			'53/243': 'A/RES/53/243',
			'70/1': 'A/RES/70/1',
			...(published ? {} : { '75/272': 'A/RES/75/272' }),
			'A/76/L.74': 'A/76/L.74',
			'A/76/L.74/Add.1': 'A/76/L.74/Add.1',
			'A/76/PV.97': 'A/76/PV.97',
			'A/RES/76/299': 'A/RES/76/299',
		};
		const links = $$('a[href^="https://undocs.org/"]');
		for (const [text, symbol] of Object.entries(symbols)) {
			const matching = links.filter((a) => a.textContent === text);
			expect(matching.length, `a link for ${text}`).toBeGreaterThan(0);
			for (const link of matching) expect(link.getAttribute('href')).toBe(`https://undocs.org/${language}/${symbol}`);
		}
		for (const link of links) {
			expect(link.getAttribute('href')).toMatch(new RegExp(`^https://undocs\\.org/(${language}/[A-Z][A-Za-z0-9./()-]+)?$`));
		}
	});
});

describe.skipIf(language !== 'en')('around the text', () => {
	it('states the facts of the adoption', () => {
		const facts = normalize($('.facts')!.textContent ?? '');
		for (const fact of ['without a vote', '97th plenary meeting', 'A/76/PV.97', 'China, Kazakhstan, Kyrgyzstan, Tajikistan, Türkiye, Turkmenistan and Uzbekistan', 'Venezuela (Bolivarian Republic of)', 'ZONES OF PEACE', '2, 5, 10, 16 and 17']) {
			expect(facts).toContain(fact);
		}
	});

	it('acknowledges the United Nations as the source and says it is not a UN website', () => {
		const footer = normalize($('footer')!.textContent ?? '');
		expect(footer).toContain('The text of the resolution is that of the United Nations');
		expect(footer).toContain('This is not a United Nations website');
	});

	it('requests nothing from another site', () => {
		const resources = $$('link[href], script[src], img[src], iframe[src], source[src]').map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? '');
		const external = resources.filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith('http://localhost'));
		// The canonical link names a URL; it is not a request.
		expect(external.filter((url) => !$$('link[rel="canonical"]').some((c) => c.getAttribute('href') === url))).toEqual([]);
	});

	it('is linked from the home page', () => {
		const home = loadPage('/');
		expect([...home.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain(urlPath('/A/RES/76/299/'));
	});
});
});
