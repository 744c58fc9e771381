/**
 * The search index as built by `npm run build`: Pagefind's files exist, and the document page
 * tells Pagefind exactly what to index: each paragraph and footnote as a titled sub-result, no
 * site chrome, no other page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { positionsPerChunk, readIndexWords, readPagefindFile } from '../../src/lib/search/index-chunks';
import { isDocumentPath } from '../../src/lib/urls';
import { dist, htmlPages, loadPage, pageFile } from '../support/dist';

const documentPages = () => htmlPages().map(({ path }) => path).filter(isDocumentPath);

/** What Pagefind indexed: each page's fragment (gzipped, after Pagefind's signature), its URL and its titled anchors. */
function fragments(): { url: string; language: string; anchors: string[]; ids: string[] }[] {
	const folder = join(dist, 'pagefind', 'fragment');
	return readdirSync(folder).map((file) => {
		const json = gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/u, '');
		const fragment = JSON.parse(json) as { url: string; anchors: { id: string; title?: string }[] };
		return { url: fragment.url, language: file.split('_')[0]!, anchors: fragment.anchors.filter((anchor) => anchor.title).map((anchor) => anchor.id), ids: fragment.anchors.map((anchor) => anchor.id) };
	});
}

let page: Document;
const $$ = (selector: string) => [...page.querySelectorAll(selector)];

beforeAll(() => {
	page = loadPage('/A/RES/76/299/');
});

describe('the search index', () => {
	it('is written into dist/pagefind by the build itself', () => {
		for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
		expect(readdirSync(join(dist, 'pagefind', 'index')).some((file) => file.endsWith('.pf_index'))).toBe(true);
		// Every document page, in its own language's index, and nothing else: each a few groups of its paragraphs.
		const languages = (JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages;
		const pages = documentPages();
		const indexed = fragments();
		for (const [language, { page_count }] of Object.entries(languages)) {
			const ofLanguage = pages.filter((path) => (language === 'en' ? !/^\/[a-z]{2}\//u.test(path) : path.startsWith(`/${language}/`)));
			expect(page_count, language).toBe(indexed.filter((fragment) => fragment.language === language).length);
			expect(page_count, language).toBeGreaterThanOrEqual(ofLanguage.length);
		}
	});

	it('indexes only document pages (not paragraph or side-by-side pages), and of each only its article', () => {
		const pages = documentPages();
		// The whole session in `npm test`'s main build; the sample alone in its base-path build.
		expect(pages.length).toBeGreaterThan(0);
		// Pagefind records site paths; its script adds the base when it loads. A page's groups after the first begin at an anchor.
		const indexed = fragments();
		expect([...new Set(indexed.map(({ url }) => url.split('#')[0]))].sort()).toEqual([...pages].sort());
		for (const { url, ids } of indexed.filter(({ url }) => url.includes('#'))) expect(ids[0], url).toBe(url.split('#')[1]);
		expect($$('[data-pagefind-body]').map((element) => element.tagName)).toEqual(['ARTICLE']);
		// Header, facts panel and footer are outside it.
		for (const chrome of ['.site-header', '.facts', '.site-footer']) expect(page.querySelector(chrome)!.closest('[data-pagefind-body]'), chrome).toBeNull();
	});

	it('titles each paragraph with its designation and lead phrase, and each footnote with its paragraph', () => {
		const titled = $$('[data-pagefind-body] [data-pagefind-title]');
		expect(titled.map((element) => element.id)).toEqual([
			...Array.from({ length: 20 }, (_, i) => `pp${i + 1}`),
			...Array.from({ length: 10 }, (_, i) => `op${i + 1}`),
			'fn1',
			'fn2',
			'fn3',
			'fn4',
		]);
		for (const paragraph of $$('.paragraph')) {
			const [, prefix, number] = /^(pp|op)(\d+)$/.exec(paragraph.id)!;
			const lead = paragraph.querySelector('.paragraph-text em')!.textContent;
			expect(paragraph.getAttribute('data-pagefind-title')).toBe(`${prefix === 'pp' ? 'Preambular' : 'Operative'} paragraph ${number} · ${lead}`);
		}
		expect($$('.footnotes li').map((footnote) => footnote.getAttribute('data-pagefind-title'))).toEqual([
			'Footnote 1 · Preambular paragraph 8',
			'Footnote 2 · Preambular paragraph 9',
			'Footnote 3 · Preambular paragraph 13',
			'Footnote 4 · Preambular paragraph 16',
		]);
	});

	it('leaves out what would make stray or misplaced hits: cover, hidden headings, back links, the place and date', () => {
		for (const selector of ['.cover', '#preamble-title', '#operative-title', '#footnotes-title', '.conclusion']) {
			expect(page.querySelector(selector)!.hasAttribute('data-pagefind-ignore'), selector).toBe(true);
		}
		expect($$('.footnote-back').every((link) => link.hasAttribute('data-pagefind-ignore'))).toBe(true);
		// Any other heading with an id would split a paragraph's hit in two.
		const headings = $$('[data-pagefind-body] :is(h1, h2, h3, h4, h5, h6)[id]').filter((heading) => !heading.closest('[data-pagefind-ignore]'));
		expect(headings.map((heading) => heading.id)).toEqual([]);
	});

	it('cuts each language’s word index into chunks of about 2,000 positions, in order, each range naming its words', () => {
		const bundle = join(dist, 'pagefind');
		const { languages } = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		const chunkFiles = new Set(readdirSync(join(bundle, 'index')));
		const listed = new Set<string>();
		for (const [language, { hash }] of Object.entries(languages)) {
			const meta = readPagefindFile(readFileSync(join(bundle, `pagefind.${hash}.pf_meta`)), hash) as [string, unknown, [string, string, string][]];
			// The first word may be empty, with no page (Pagefind writes one into the Arabic index of three sessions): compare from before it.
			let previous: string | undefined;
			meta[2].forEach(([from, to, chunkHash], index) => {
				listed.add(`${chunkHash}.pf_index`);
				const words = readIndexWords(readFileSync(join(bundle, 'index', `${chunkHash}.pf_index`)), chunkHash);
				const positions = words.map((word) => word.positions);
				const total = positions.reduce((sum, count) => sum + count, 0);
				// Full up to the word that reached the size (the last chunk may be short), never more.
				if (index < meta[2].length - 1) expect(total, `${language} ${chunkHash}`).toBeGreaterThanOrEqual(positionsPerChunk);
				expect(total - positions.at(-1)!, `${language} ${chunkHash}`).toBeLessThan(positionsPerChunk);
				for (const { text: word } of words) {
					// In index order, and within the range the metadata gives the chunk (compared on as many characters as the bound has).
					expect(previous === undefined || word > previous, `${language}: ${word} after ${previous}`).toBe(true);
					previous = word;
					expect([...word].slice(0, [...from].length).join('') >= from && [...word].slice(0, [...to].length).join('') <= to, `${language}: ${word} in ${from}…${to}`).toBe(true);
				}
			});
			expect(meta[2].length, language).toBeGreaterThan(1);
		}
		// No chunk left over from Pagefind's own cut.
		expect([...chunkFiles].sort()).toEqual([...listed].sort());
	});

	it('indexes each paragraph and footnote of every document page once, in groups of whole paragraphs in reading order', () => {
		const byPage = new Map<string, string[][]>();
		for (const { url, anchors } of fragments()) {
			const path = url.split('#')[0]!;
			byPage.set(path, [...(byPage.get(path) ?? []), anchors]);
		}
		for (const path of documentPages()) {
			// Every titled element of the page, in order (read from the markup: 1,800 pages parsed would take a minute).
			const html = readFileSync(pageFile(path), 'utf8');
			const titled = [...html.matchAll(/<[a-z0-9]+ [^>]*data-pagefind-title=[^>]*>/gu)].map(([tag]) => / id="([^"]+)"/u.exec(tag)?.[1]);
			const groups = [...(byPage.get(path) ?? [])].sort((a, b) => titled.indexOf(a[0]) - titled.indexOf(b[0]));
			expect(groups.flat(), path).toEqual(titled);
		}
	});
});
