/** Every internal link and anchor on every built page resolves; nothing points at a missing page. */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, urlPath } from '../support/dist';
import { siteOrigin, urlResolves } from '../support/links';

const origin = siteOrigin();

describe('internal links', () => {
	it.each(htmlPages().map(({ path }) => path))('%s: every link and anchor resolves', (pagePath) => {
		const page = loadPage(pagePath);
		const broken: string[] = [];
		const references = [...page.querySelectorAll('a[href], link[href], script[src], img[src], source[src]')].map(
			(element) => element.getAttribute('href') ?? element.getAttribute('src')!,
		);
		const base = new URL(urlPath(pagePath), origin);
		for (const reference of references) {
			const url = new URL(reference, base);
			if (url.origin !== origin) continue;
			const id = url.hash ? url.hash.slice(1) : undefined;
			if (!urlResolves(url.pathname, id)) broken.push(reference);
		}
		expect(broken).toEqual([]);
	});

	it('makes absolute canonical URLs on the site origin for every listed page', () => {
		for (const { path } of htmlPages().filter((page) => page.path !== '/404.html')) {
			const canonical = loadPage(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
			expect(canonical).toBe(new URL(urlPath(path), origin).href);
		}
	});
});
