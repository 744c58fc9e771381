/** Each paragraph's own page: the same words as the document page, previewed when shared. */
import { describe, expect, it } from 'vitest';
import { loadPage, readerText, urlPath } from '../support/dist';
import { siteOrigin } from '../support/links';

const documentPage = loadPage('/A/RES/76/299/');
const anchors = [...documentPage.querySelectorAll('.paragraph')].map((p) => p.id);
const origin = siteOrigin();

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
		expect(meta('meta[name="description"]')).toBe(text);
		expect(meta('meta[property="og:description"]')).toBe(text);
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

	it('carries the footnotes its paragraph calls', () => {
		const calls = [...page.querySelectorAll(`#${anchor} .footnote-ref a`)].map((a) => a.getAttribute('href'));
		const notes = [...page.querySelectorAll('.footnotes li')].map((li) => `#${li.id}`);
		expect(notes).toEqual(calls);
		for (const call of calls) {
			expect(readerText(page.querySelector(`${call} .footnote-text`)!)).toBe(readerText(documentPage.querySelector(`${call} .footnote-text`)!));
		}
	});
});

describe('the 404 page', () => {
	it('leads back to the resolution and home, and is not indexed', () => {
		const page = loadPage('/404.html');
		const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(expect.arrayContaining([urlPath('/A/RES/76/299/'), urlPath('/')]));
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
	});
});
