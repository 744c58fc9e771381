/**
 * Citations in the built pages (issue 13): a reference to a resolution this site publishes leads
 * to its page here, in the page's language, and that page exists; a reference to anything else
 * keeps its undocs.org link. Runs on any build (the published set is read from the build itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolverOf } from '../../src/lib/library/citations';
import { htmlPages, inBatches, pageFile, sitePath, urlPath } from '../support/dist';
import { siteOrigin, urlResolves } from '../support/links';

const origin = siteOrigin();
const languages = ['ar', 'zh', 'fr', 'ru', 'es'];
/** A resolution's document page: `/A/RES/76/290/`, `/fr/A/RES/ES-11/4/`, as language and symbol path. */
const documentPage = /^\/(?:(ar|zh|fr|ru|es)\/)?(A\/RES\/[^/]+\/[^/]+)\/$/;
const pages = htmlPages();

/** The built document pages: symbol path (`A/RES/76/84A-B`) → languages. */
const built = new Map<string, Set<string>>();
for (const { path } of pages) {
	const match = documentPage.exec(sitePath(path) ?? '');
	if (!match) continue;
	const languagesOf = built.get(match[2]!) ?? new Set<string>();
	languagesOf.add(match[1] ?? 'en');
	built.set(match[2]!, languagesOf);
}
const resolve = resolverOf(built.keys());
/** The language of a page, by its path (side-by-side pages hold every language: undefined). */
const pageLanguage = (path: string) => (/\/compare\//.test(path) ? undefined : (languages.find((code) => path.startsWith(urlPath(`/${code}/`))) ?? 'en'));

const resolutionPages = pages.filter(({ path }) => /^\/(?:[a-z]{2}\/)?A\/RES\//.test(sitePath(path) ?? ''));

describe.each(inBatches(resolutionPages, ({ path }) => path))('pages %s', (_label, batch) => {
	it('link resolutions published here to their pages here, pages that exist, and others to undocs.org', () => {
		const problems: string[] = [];
		for (const { path, file } of batch) {
			const html = readFileSync(file, 'utf8');
			const own = /<link rel="canonical" href="[^"]*?\/((?:[a-z]{2}\/)?A\/RES\/[^/]+\/[^/]+)\//.exec(html)?.[1]?.replace(/^[a-z]{2}\//, '');
			for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
				const url = new URL(href!.replace(/&amp;/g, '&'), new URL(path, origin));
				if (url.origin === origin) {
					if (documentPage.test(sitePath(url.pathname) ?? '') && !urlResolves(url.pathname, url.hash.slice(1) || undefined)) problems.push(`${path}: ${href} does not resolve`);
					continue;
				}
				const undocs = /^https:\/\/undocs\.org\/(ar|zh|en|fr|ru|es)\/(A\/RES\/.+)$/.exec(url.href);
				if (!undocs) continue;
				const target = resolve(decodeURIComponent(undocs[2]!));
				// The page's own symbol links to the official document, on undocs.org, as it should.
				if (!target || target.symbol.replace(/\s+/g, '') === own) continue;
				const language = pageLanguage(path) ?? undocs[1]!;
				if (built.get(target.symbol)?.has(language)) problems.push(`${path}: ${href} is published here, at ${urlPath(`/${language === 'en' ? '' : `${language}/`}${target.symbol}/`)}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!existsSync(pageFile('/fr/A/RES/76/290/')) || !existsSync(pageFile('/fr/A/RES/76/238/')) || !existsSync(pageFile('/A/RES/76/274/')))('a citation into the session (76/290, which cites 76/238 and 76/274)', () => {
	const french = readFileSync(pageFile('/fr/A/RES/76/290/'), 'utf8');
	const english = readFileSync(pageFile('/A/RES/76/290/'), 'utf8');

	it('leads to the cited resolution here, in the page’s language', () => {
		expect(french).toContain(`<a href="${urlPath('/fr/A/RES/76/238/')}">76/238</a>`);
		expect(english).toContain(`<a href="${urlPath('/A/RES/76/274/')}">76/274</a>`);
	});

	it('keeps undocs.org where the cited resolution is not published in the page’s language, or not at all', () => {
		// 76/274 has no French text here; the UN's document is on undocs.org in French.
		expect(french).toContain('<a href="https://undocs.org/fr/A/RES/76/274">');
		expect(english).toMatch(/<a href="https:\/\/undocs\.org\/en\/A\/RES\/7[0-5]\//);
	});
});
