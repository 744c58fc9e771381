/**
 * On every built page: every internal link and anchor resolves (nothing points at a missing page
 * or place), the page loads nothing from another origin, and its canonical URL is its own (a
 * redirect page's is the page it leads to).
 * Checked in batches of pages, each failure naming its page; links are read with regular
 * expressions over the built files (the build writes every attribute in double quotes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, inBatches, urlPath } from '../support/dist';
import { redirectPage, siteOrigin, urlResolves } from '../support/links';

const origin = siteOrigin();
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'");

describe.each(inBatches(htmlPages(), ({ path }) => path))('pages %s', (_label, batch) => {
	it('link only to pages and places that exist, load nothing from elsewhere, and name themselves as canonical', () => {
		const problems: string[] = [];
		for (const { path, file } of batch) {
			const html = readFileSync(file, 'utf8');
			const base = new URL(urlPath(path), origin);
			for (const [tag, name] of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*>/g)) {
				const reference = /\s(?:href|src)="([^"]*)"/.exec(tag)?.[1];
				if (reference === undefined) continue;
				const url = new URL(decode(reference), base);
				// A data: URL is in the page itself: nothing is requested (a redirect page's empty icon).
				if (url.protocol === 'data:') continue;
				if (url.origin !== origin) {
					// Links may lead anywhere (undocs.org, the UN's own sites); what the page loads may not.
					const loads = name === 'script' || name === 'img' || name === 'source' || name === 'iframe' || (name === 'link' && !/\srel="(?:alternate|canonical)"/.test(tag));
					if (loads) problems.push(`${path}: loads ${url.href}`);
					continue;
				}
				const id = url.hash ? url.hash.slice(1) : undefined;
				if (!urlResolves(url.pathname, id)) problems.push(`${path}: ${reference} does not resolve`);
			}
			if (path !== '/404.html') {
				const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
				// A redirect page names the page it leads to (tests/build/redirects.test.ts checks which).
				if (canonical !== new URL(urlPath(path), origin).href && !redirectPage(path)) problems.push(`${path}: canonical ${canonical}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
