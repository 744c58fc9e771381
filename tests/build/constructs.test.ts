/**
 * The pages of the made-up resolutions that hold every construct of the text model, as built:
 * each block and sub-paragraph where a reader looks for it, with its anchor, its printed number
 * or letter and its class; tables, annexes, parts and the facts a file may lack; paragraph pages,
 * side by side and languages for a text whose two languages differ in structure.
 */
import { describe, expect, it } from 'vitest';
import { loadFolder } from '../../src/lib/content-files';
import { anchorsOf } from '../../src/lib/nearest';
import { htmlPages, readerText, urlPath } from '../support/dist';
import { fixtureRoots, isFixturePage, loadFixturePage } from '../support/fixtures';
import { siteOrigin } from '../support/links';

const [constructsRoot] = fixtureRoots as [string];
const model = loadFolder(`${constructsRoot}/a-res-76-901/en`);
const page = loadFixturePage('A/RES/76/901');
const parts = loadFixturePage('A/RES/76/902 A-B');
const $ = (selector: string, doc: ParentNode = page) => doc.querySelector(selector);
const $$ = (selector: string, doc: ParentNode = page) => [...doc.querySelectorAll(selector)];
const text = (element: Element | null) => readerText(element!);
const byId = (id: string, doc = page) => doc.getElementById(id);

describe('every construct on the document page', () => {
	it('gives every block, sub-paragraph, table row and footnote of the text its anchor as id', () => {
		const missing = [...anchorsOf(model)].filter((anchor) => !byId(anchor));
		expect(missing).toEqual([]);
		for (const id of ['cover', 'preamble', 'operative', 'footnotes']) expect(byId(id), id).not.toBeNull();
	});

	it('names each element after its construct', () => {
		const constructOf = (id: string) => ['paragraph', 'point', 'heading', 'section', 'table', 'annex'].filter((name) => byId(id)!.classList.contains(name));
		expect(['pp1', 'op1', 'sec1-pp1', 'sec2-op1', 'annex-p1', 'annex-op1'].map(constructOf)).toEqual(Array(6).fill(['paragraph']));
		expect(['pp2-a', 'op1-a', 'op1-a-ii', 'op1-b'].map(constructOf)).toEqual(Array(4).fill(['point']));
		expect([constructOf('h1'), constructOf('sec1'), constructOf('sec1-t1'), constructOf('annex')]).toEqual([['heading'], ['section'], ['table'], ['annex']]);
		expect(['A', 'B'].map((id) => byId(id, parts)!.classList.contains('part'))).toEqual([true, true]);
	});

	it('prints sub-paragraphs with their letters as printed, nested, then the words after them', () => {
		const points = (id: string) => $$(`#${id} > .points > .point`).map((point) => [point.id, text(point.querySelector(':scope > .point-num')), text(point.querySelector(':scope > .point-text'))]);
		expect(points('op1')).toEqual([
			['op1-a', '(a)', 'In electing the members, the Assembly shall observe the following distribution of seats:'],
			['op1-b', '(b)', 'The term of office shall be six years;'],
		]);
		expect(points('op1-a')).toEqual([
			['op1-a-i', '(i)', 'Two from African States;'],
			['op1-a-ii', '(ii)', 'Two from Asia-Pacific States;'],
		]);
		expect(points('pp2').map(([id]) => id)).toEqual(['pp2-a', 'pp2-b']);
		// The words after the points come after the last point, in the paragraph.
		const op1 = byId('op1')!;
		expect([...op1.children].map((child) => child.className)).toEqual(['paragraph-margin', 'paragraph-number', 'paragraph-text', 'points', 'wrap-up']);
		expect(text(op1.querySelector('.wrap-up'))).toBe('and stresses the importance of the rules;');
	});

	it('gives every paragraph and sub-paragraph a plain ¶ link to its anchor, named by its designation', () => {
		for (const id of ['pp2-b', 'op1-a-ii', 'sec1-op1', 'annex-p1']) {
			const link = $(`#${id} > .paragraph-margin > a.paragraph-link`)!;
			expect(link.getAttribute('href'), id).toBe(`#${id}`);
		}
		expect($('#op1-a-ii > .paragraph-margin > a')!.getAttribute('aria-label')).toBe('Operative paragraph 1 (a) (ii)');
		expect($('#sec1-op1 > .paragraph-margin > a')!.getAttribute('aria-label')).toBe('Section I, paragraph 1');
	});

	it('prints section and annex headings, and numbers as printed; unnumbered paragraphs get none', () => {
		expect(text($('#sec1 > .section-heading'))).toBe('I Financial performance report');
		expect(text($('#h1'))).toBe('General provisions');
		expect($$('#annex > .annex-heading .annex-line').map(text)).toEqual(['Annex', 'Our ocean, our future']);
		expect(text($('#annex-op1 > .paragraph-number'))).toBe('1.');
		expect($('#annex-p1 > .paragraph-number')).toBeNull();
		expect($('#sec2-op1 > .paragraph-number')).toBeNull();
		expect($$('.paragraph.preambular > .paragraph-margin .designation').map(text)).toEqual(['PP1', 'PP2', 'PP1']);
	});

	it('prints a table as a table: header cells with their scope and spans, raised text, in a named box', () => {
		const table = $('#sec1-t1')!;
		const box = table.querySelector('.table-scroll')!;
		expect([box.localName, box.getAttribute('aria-label'), box.getAttribute('tabindex')]).toEqual(['section', 'Section I, table 1', '0']);
		expect($$('#sec1-t1-r1 th').map((th) => [text(th), th.getAttribute('scope'), th.getAttribute('colspan')])).toEqual([
			['Action', 'col', null],
			['Post', 'colgroup', '2'],
		]);
		expect($$('#sec1-t1-r2 td').map((td) => td.innerHTML)).toEqual(['New post', 'Accounting Assistant<sup>a</sup>', '']);
	});

	it('keeps the place and date of adoption after the text and before the annex, and the footnotes last', () => {
		const order = $$('#operative, .conclusion, #annex, #footnotes').map((element) => element.id || element.className);
		expect(order).toEqual(['operative', 'conclusion', 'annex', 'footnotes']);
		expect($$('.footnotes li').map((li) => li.id)).toEqual(['fn1', 'fn2']);
		expect($('#fn1 a[rel="external"]')!.getAttribute('href')).toBe('https://www.un.org/en/ga/');
	});

	it('prints each part with its letter and title, its own formula, preamble, operative part and meeting', () => {
		expect($$('.part', parts).map((part) => [part.id, text(part.querySelector('.part-heading'))])).toEqual([
			['A', 'A Information in the service of humanity'],
			['B', 'B United Nations global communications policies and activities'],
		]);
		for (const id of ['A', 'B']) {
			const part = byId(id, parts)!;
			expect(text(part.querySelector('.formula')), id).toBe('The General Assembly,');
			expect($$('.conclusion > span', part).map(text)).toEqual(['49th plenary meeting', '24 December 2021']);
		}
		expect(byId('A-preamble', parts)!.querySelector('#A-pp1')).not.toBeNull();
		expect(byId('B-operative', parts)!.querySelector('#B-op2')).not.toBeNull();
		// Each part's preamble is a landmark named after its part.
		expect(text(byId('A-preamble-title', parts))).toBe('Resolution 76/902 A · Preamble');
	});
});

describe('search titles', () => {
	it('titles every paragraph, section, annex, part and footnote, and no sub-paragraph', () => {
		const titles = Object.fromEntries($$('[data-pagefind-body] [data-pagefind-title]').map((element) => [element.id, element.getAttribute('data-pagefind-title')]));
		expect(titles).toMatchObject({
			'op1': 'Operative paragraph 1 · Decides',
			'sec1': 'Section I · Financial performance report',
			'sec1-op1': 'Section I, paragraph 1 · Takes note',
			'sec2-op1': 'Section II, paragraph (unnumbered) · Approves',
			'annex': 'Annex · Our ocean, our future',
			'annex-p1': 'Annex, paragraph (unnumbered) · We, the Heads of State and…',
			'fn2': 'Footnote 2 · Operative paragraph 2',
		});
		expect(Object.keys(titles).filter((id) => /-[a-z]+$/.test(id) && !/(?:annex|sec\d+)$/.test(id))).toEqual([]);
		expect(byId('B', parts)!.getAttribute('data-pagefind-title')).toBe('Resolution 76/902 B · United Nations global communications policies and activities');
	});
});

describe('paragraph pages of every construct', () => {
	it.each([
		['A/RES/76/901', 'sec1-op1', 'Section I, paragraph 1'],
		['A/RES/76/901', 'annex-op1', 'Annex, paragraph 1'],
		['A/RES/76/901', 'annex-p1', 'Annex, paragraph (unnumbered)'],
		['A/RES/76/901', 'op1', 'Operative paragraph 1'],
		['A/RES/76/902 A-B', 'A-op1', 'Resolution 76/902 A, paragraph (unnumbered)'],
	])('%s %s: “%s”, with its sub-paragraphs, its words after them and where it is', (symbol, anchor, designation) => {
		const own = loadFixturePage(symbol, `${anchor}/`);
		const documentPage = loadFixturePage(symbol);
		expect(text(own.querySelector('h1'))).toBe(designation);
		expect(text(own.getElementById(anchor))).toBe(text(documentPage.getElementById(anchor)));
		expect([...own.querySelectorAll('.point')].map((point) => point.id)).toEqual([...documentPage.querySelectorAll(`#${anchor} .point`)].map((point) => point.id));
	});

	it('prints the citation of each, naming the part, annex and section it is in', () => {
		const citation = (symbol: string, anchor: string) => text(loadFixturePage(symbol, `${anchor}/`).querySelector('.citation-text'));
		const url = (symbol: string, anchor: string) => `${siteOrigin()}${urlPath(`/${symbol.replace(/\s+/g, '')}/${anchor}/`)}`;
		expect(citation('A/RES/76/901', 'sec1-op1')).toBe(`General Assembly resolution 76/901, sect. I, para. 1 (A/RES/76/901, 24 December 2021), ${url('A/RES/76/901', 'sec1-op1')}`);
		expect(citation('A/RES/76/901', 'annex-op1')).toBe(`General Assembly resolution 76/901, annex, para. 1 (A/RES/76/901, 24 December 2021), ${url('A/RES/76/901', 'annex-op1')}`);
		expect(citation('A/RES/76/902 A-B', 'B-op1')).toBe(`General Assembly resolution 76/902 B, para. 1 (A/RES/76/902 A-B, 24 December 2021), ${url('A/RES/76/902 A-B', 'B-op1')}`);
	});

	it('leads from one paragraph to the next across sections and the annex', () => {
		const next = (anchor: string) => loadFixturePage('A/RES/76/901', `${anchor}/`).querySelector('a[rel="next"]')?.getAttribute('href');
		expect(next('op2')).toBe(urlPath('/A/RES/76/901/sec1-pp1/'));
		expect(next('sec2-op1')).toBe(urlPath('/A/RES/76/901/annex-p1/'));
		expect(next('annex-op1')).toBeUndefined();
	});
});

describe('a resolution whose two languages differ in structure', () => {
	const english = loadFixturePage('A/RES/76/903');

	it('names only the languages published, in hreflang and the switcher, and those not published', () => {
		const hreflang = [...english.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('hreflang'));
		expect(hreflang).toEqual(['en', 'fr', 'x-default']);
		expect([...english.querySelectorAll('.languages a[hreflang]')].map((a) => a.getAttribute('hreflang'))).toEqual(['en', 'fr']);
		expect(text(english.querySelector('.languages .not-published'))).toBe('Not published in Arabic, Chinese, Russian and Spanish');
	});

	it('builds one side-by-side page of the languages published, and redirect pages for the pair URLs first published', () => {
		const pages = htmlPages().map(({ path }) => path).filter((path) => path.startsWith('/A/RES/76/903/compare/'));
		expect(pages).toEqual(['/A/RES/76/903/compare/', '/A/RES/76/903/compare/en-fr/', '/A/RES/76/903/compare/fr-en/']);
		const compare = loadFixturePage('A/RES/76/903', 'compare/');
		expect([...compare.querySelectorAll('input[name="first"]')].map((input) => [input.getAttribute('value'), input.hasAttribute('checked')])).toEqual([
			['en', true],
			['fr', false],
		]);
		expect([...compare.querySelectorAll('input[name="second"]:checked')].map((input) => input.getAttribute('value'))).toEqual(['fr']);
		expect(loadFixturePage('A/RES/76/903').querySelector('.languages .side-by-side a')?.getAttribute('href')).toBe(urlPath('/A/RES/76/903/compare/?pair=en-fr'));
		expect(loadFixturePage('A/RES/76/903', 'compare/fr-en/').querySelector('body a')?.getAttribute('href')).toBe(urlPath('/A/RES/76/903/compare/?pair=fr-en'));
	});

	it('aligns side by side by anchor, a row one language lacks shown as absent there', () => {
		const compare = loadFixturePage('A/RES/76/903', 'compare/');
		const rows = [...compare.querySelectorAll('.rows .row[id]')].map((row) => [row.id, ...[...row.children].map((cell) => (cell.classList.contains('absent') ? `${cell.getAttribute('lang')} absent` : cell.getAttribute('lang')))]);
		expect(rows).toEqual([
			['pp1', 'en', 'fr'],
			['op1', 'en', 'fr'],
			['op1-a', 'en', 'fr'],
			['op1-a-i', 'en', 'fr absent'],
			['op1-a-ii', 'en', 'fr absent'],
			['op1-b', 'en', 'fr'],
			['op2', 'en', 'fr'],
			['t1', 'en', 'fr'],
			['sec1', 'en', 'fr absent'],
			['sec1-op1', 'en', 'fr absent'],
		]);
		expect(text(compare.querySelector('#op1-a-ii .absent'))).toBe('Not in the French text');
		expect(compare.querySelector('#op1-a-ii .absent span')?.getAttribute('lang')).toBe('en');
		expect(text(compare.querySelector('#op1-b > [lang="fr"] .point-text'))).toBe('b) Le mandat est de trois ans ;');
	});

	it('leads from a paragraph page to the nearest place in a language whose text lacks the paragraph, and to the same paragraph where it has it', () => {
		const languageLinks = (anchor: string) => [...loadFixturePage('A/RES/76/903', `${anchor}/`).querySelectorAll('.language-links a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
		expect(languageLinks('sec1-op1')).toEqual([['fr', urlPath('/fr/A/RES/76/903/')]]);
		expect(languageLinks('op1')).toEqual([['fr', urlPath('/fr/A/RES/76/903/op1/')]]);
	});

	it('states the facts a file gives in place of those it lacks', () => {
		expect(text(english.querySelector('h1'))).toBe('76/903');
		expect(english.querySelector('.cover .proponent')).toBeNull();
		expect(english.querySelector('.cover .agenda-title')).toBeNull();
		const facts = text(english.querySelector('.facts'));
		for (const fact of ['Record of the meeting Adopted without vote, 60th plenary meeting', 'Submitted by the President of the General Assembly', '1 February 2022 (reissued)']) expect(facts).toContain(fact);
		expect(facts).not.toContain('Draft');
		expect(english.querySelector('title')!.textContent).toBe('A/RES/76/903');
	});

	it('shows a recorded vote as counts, a bar named by them, and the Member States voting each way, named as the UN names them in the page\'s language, those not voting too', () => {
		const vote = page.querySelector('.facts .vote')!;
		expect(vote.querySelector('svg')!.getAttribute('role')).toBe('img');
		expect(vote.querySelector('svg')!.getAttribute('aria-label')).toBe('3 in favour, 1 against, 1 abstaining');
		expect([...vote.querySelectorAll('rect')].map((rect) => [rect.getAttribute('class'), rect.getAttribute('x'), rect.getAttribute('width')])).toEqual([
			['in-favour', '0', '3'],
			['against', '3', '1'],
			['abstaining', '4', '1'],
		]);
		expect([...page.querySelectorAll('.facts details.voters')].map((details) => [text(details.querySelector('summary')), text(details.querySelector('p'))])).toEqual([
			['In favour (3)', 'Albania, Bolivia (Plurinational State of) and Côte d’Ivoire'],
			['Against (1)', 'Zimbabwe'],
			// The record's TÜRKİYE, as A/RES/76/238's list of Member States names it.
			['Abstaining (1)', 'Turkey'],
			['Not voting (188)', expect.stringMatching(/^Afghanistan, Algeria, Andorra, .* Zambia$/)],
		]);
		expect(text(page.querySelector('.facts'))).toContain('by a recorded vote of 3 to 1');
	});
});

describe('the fixtures stay out of what is published', () => {
	it('are built only in test builds, with canonical URLs on the site origin like any page', () => {
		expect(htmlPages().filter(({ path }) => isFixturePage(path)).length).toBeGreaterThan(20);
		expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${siteOrigin()}${urlPath('/A/RES/76/901/')}`);
	});
});
