/**
 * Each paragraph's own page: the same words as the document page, previewed when shared, its
 * citation printed, its neighbours and the other languages a link away; and lean, for there are
 * 79,000 of them: none of the document page's tools.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, loadPage, readerText, urlPath } from '../support/dist';
import { paragraphAnchorsOf, siteOrigin } from '../support/links';
import { pageKind, samplePages } from '../support/page-sets';

const documentPage = loadPage('/A/RES/76/299/');
const anchors = [...documentPage.querySelectorAll('.paragraph')].map((p) => p.id);
const origin = siteOrigin();
const otherLanguages = ['ar', 'zh', 'fr', 'ru', 'es'];
/** Where the UN cites the paragraph: "para. 5", "preambular para. 16". */
const locator = (anchor: string) => (anchor.startsWith('pp') ? `preambular para. ${anchor.slice(2)}` : `para. ${anchor.slice(2)}`);

describe.each(anchors)('/A/RES/76/299/%s/', (anchor) => {
	const page = loadPage(`/A/RES/76/299/${anchor}/`);
	const text = readerText(documentPage.querySelector(`#${anchor} .paragraph-text`)!);
	const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');

	it('prints the paragraph exactly as the document page does', () => {
		expect(readerText(page.querySelector(`#${anchor} .paragraph-text`)!)).toBe(text);
		const number = documentPage.querySelector(`#${anchor} .paragraph-number`)?.textContent;
		expect(page.querySelector(`#${anchor} .paragraph-number`)?.textContent).toBe(number);
	});

	it('describes itself with the paragraph text, for search engines and link previews', () => {
		// Previews show two or three lines: a longer text is cut after a word, at 300 characters.
		const description = meta('meta[name="description"]')!;
		if (Array.from(text).length <= 300) expect(description).toBe(text);
		else {
			expect(Array.from(description).length).toBeLessThanOrEqual(300);
			expect(description).toMatch(/\S…$/);
			expect(text.startsWith(description.slice(0, -1))).toBe(true);
			expect(text.charAt(description.length - 1)).toMatch(/\s/);
		}
		expect(meta('meta[property="og:description"]')).toBe(description);
		// X (Twitter) reads og:title and og:description where its own tags are missing: each text once.
		expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
		expect(page.querySelector('meta[name="twitter:description"], meta[name="twitter:title"]')).toBeNull();
		expect(meta('meta[property="og:url"]')).toBe(`${origin}${urlPath(`/A/RES/76/299/${anchor}/`)}`);
	});

	it('has an absolute canonical URL of its own', () => {
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${urlPath(`/A/RES/76/299/${anchor}/`)}`);
	});

	it('links to the paragraph in context and to its neighbours', () => {
		const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toContain(urlPath(`/A/RES/76/299/#${anchor}`));
		const index = anchors.indexOf(anchor);
		const previous = page.querySelector('a[rel="prev"]')?.getAttribute('href');
		const next = page.querySelector('a[rel="next"]')?.getAttribute('href');
		expect(previous).toBe(index > 0 ? urlPath(`/A/RES/76/299/${anchors[index - 1]}/`) : undefined);
		expect(next).toBe(index < anchors.length - 1 ? urlPath(`/A/RES/76/299/${anchors[index + 1]}/`) : undefined);
	});

	it('prints its citation, the words the copy tool gives, for copying without JavaScript', () => {
		expect(readerText(page.querySelector('.citation-text')!)).toBe(
			`General Assembly resolution 76/299, ${locator(anchor)} (A/RES/76/299, 28 July 2022), ${origin}${urlPath(`/A/RES/76/299/${anchor}/`)}`,
		);
		expect(readerText(page.querySelector('.citation')!)).toMatch(/^Cite as General Assembly/);
	});

	it('links to the same paragraph in the other five languages, each named in itself', () => {
		const links = [...page.querySelectorAll('.language-links a')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.getAttribute('href')]);
		expect(links).toEqual(otherLanguages.map((language) => [language, language, urlPath(`/${language}/A/RES/76/299/${anchor}/`)]));
		expect(readerText(page.querySelector('.language-links a[hreflang="ru"]')!)).toBe('Русский');
	});

	it('has a small header: the site name and a plain link to search, no search dialog, switches or tools', () => {
		expect([...page.querySelectorAll('header a')].map((a) => [readerText(a), a.getAttribute('href')])).toEqual([
			['Resolution Reader', urlPath('/')],
			['Search', urlPath('/search/')],
		]);
		expect(page.querySelector('dialog, site-search, details, select, button, theme-switch, paragraph-tools, template')).toBeNull();
	});

	it('carries one stylesheet, no script but the colour-scheme one, no structured data or hreflang list, no scoped-style attributes', () => {
		const html = readFileSync(join(dist, 'A/RES/76/299', anchor, 'index.html'), 'utf8');
		expect(page.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
		expect([...page.querySelectorAll('script')].map((script) => [script.getAttribute('src'), script.getAttribute('type')])).toEqual([[null, null]]);
		expect(page.querySelector('link[rel="alternate"]')).toBeNull();
		expect(html).not.toMatch(/data-astro-cid|data-pagefind/);
		expect(page.querySelector('main#main')).not.toBeNull();
		expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
	});

	it('says in its footer that it is an unofficial copy, where the official text is, and that it is not a UN site', () => {
		const footer = page.querySelector('footer')!;
		expect(readerText(footer)).toBe('Unofficial copy: the official text is on undocs.org, and this is not a United Nations website.');
		expect(footer.querySelector('a')?.getAttribute('href')).toBe('https://undocs.org/');
	});

	it('carries the footnotes its paragraph calls', () => {
		const calls = [...page.querySelectorAll(`#${anchor} .footnote-ref a`)].map((a) => a.getAttribute('href'));
		const notes = [...page.querySelectorAll('.footnotes li')].map((li) => `#${li.id}`);
		expect(notes).toEqual(calls);
		for (const call of calls) {
			expect(readerText(page.querySelector(`${call} .footnote-text`)!)).toBe(readerText(documentPage.querySelector(`${call} .footnote-text`)!));
		}
	});
});

describe('a paragraph page in another language', () => {
	it('is in its language and direction, its citation in the form its readers use', () => {
		const french = loadPage('/fr/A/RES/76/299/op5/');
		expect([french.documentElement.getAttribute('lang'), french.documentElement.getAttribute('dir')]).toEqual(['fr', 'ltr']);
		expect(readerText(french.querySelector('.citation-text')!)).toBe(`résolution 76/299 de l’Assemblée générale, par. 5 (A/RES/76/299, 28 juillet 2022), ${origin}${urlPath('/fr/A/RES/76/299/op5/')}`);
		expect(french.querySelector('header a[href$="/search/"]')?.getAttribute('href')).toBe(urlPath('/fr/search/'));
		const arabic = loadPage('/ar/A/RES/76/299/op5/');
		expect([arabic.documentElement.getAttribute('lang'), arabic.documentElement.getAttribute('dir')]).toEqual(['ar', 'rtl']);
		expect([...arabic.querySelectorAll('.language-links a')].map((a) => a.getAttribute('hreflang'))).toEqual(['zh', 'en', 'fr', 'ru', 'es']);
		expect(arabic.querySelector('.language-links a[hreflang="en"]')?.getAttribute('href')).toBe(urlPath('/A/RES/76/299/op5/'));
	});
});

describe('the 404 page', () => {
	it('leads back to each session’s list, search and home, and is not indexed', () => {
		const page = loadPage('/404.html');
		const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining([urlPath('/A/RES/76/'), urlPath('/search/'), urlPath('/')]));
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});
});

describe('which resolutions have paragraph pages', () => {
	// The test build of `npm test` renders them for the fixed set and a share only (PARAGRAPH_PAGES);
	// links to the others are checked against their document pages (tests/support/links.ts).
	const paths = htmlPages().map((page) => page.path);
	const documents = paths.filter((path) => pageKind(path) === 'document');
	const built = new Map<string, number>();
	for (const path of paths) {
		if (pageKind(path) !== 'paragraph') continue;
		const document = path.replace(/[^/]+\/$/, '');
		built.set(document, (built.get(document) ?? 0) + 1);
	}
	const paragraphsOf = (document: string) => paragraphAnchorsOf(document).size;

	it('each resolution has a page for every paragraph, or none', () => {
		const partial = documents.filter((path) => built.has(path) && built.get(path) !== paragraphsOf(path));
		expect(partial.map((path) => `${path}: ${built.get(path)} paragraph pages of ${paragraphsOf(path)} paragraphs`)).toEqual([]);
	});

	it('the fixed set’s resolutions and the made-up fixtures have theirs', () => {
		const fixed = new Set(samplePages().filter((path) => pageKind(path) === 'document'));
		expect(documents.filter((path) => fixed.has(path) && paragraphsOf(path) > 0 && !built.has(path))).toEqual([]);
		expect(fixed.size).toBeGreaterThan(50);
	});
});
