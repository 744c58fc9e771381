/**
 * Size budgets of every page, measured on the built files as gzip: a delegate on a phone on a
 * slow network gets the text fast, and reading never waits for a script. Checked in batches of
 * pages (tests/support/dist.ts), each failure naming its page. And the whole session's site fits
 * the host it is published on.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dist, htmlPages, inBatches } from '../support/dist';
import { redirectScript, themeScript } from '../../src/lib/security';
import { pageKind } from '../support/page-sets';
import { documentsWithoutParagraphPages, inShare } from '../support/links';
import { megabytes, sessionLimit, sessionsOverBudget, siteSize } from '../support/site-size';
import { allCss, budgets, fileOf, htmlBudget, weighPage } from '../support/weights';

// Redirect pages (a third of the test site: one template, no text) of the fixed set and the share in the test build; every other page.
const pages = htmlPages()
	.map(({ path }) => path)
	.filter((path) => pageKind(path) !== 'redirect' || inShare(path));

/** The inline scripts a page may run before it renders (each allowed by its hash in the page's CSP): the colour scheme's, or a redirect page's. */
const allowedInline = new Set([themeScript, redirectScript]);

/** Modules whose code is search itself: Pagefind's files, or the search panel. */
const searchCode = new Map<string, boolean>();
const isSearchCode = (url: string) => {
	if (!searchCode.has(url)) searchCode.set(url, url.includes('/pagefind/') || readFileSync(fileOf(url), 'utf8').includes('customElements.define("search-panel"'));
	return searchCode.get(url)!;
};

describe.each(inBatches(pages, (path) => path))('pages %s', (_label, batch) => {
	it(`each is at most ${budgets.html / 1024} KB of HTML (gzip), or for a long text ${budgets.textFactor} times its own text (${budgets.sideBySideFactor} times side by side); loads at most ${budgets.enhancement / 1024} KB of enhancement code (the search page ${budgets.search / 1024} KB: the search itself), as deferred modules, no render-blocking script but one allowed inline one (the colour scheme's, or a redirect page's), and no search code until search opens`, () => {
		const over: string[] = [];
		for (const path of batch) {
			const weight = weighPage(path, { boundBelow: budgets.html });
			const limit = htmlBudget(path, weight.html);
			if (weight.html > limit) over.push(`${path}: ${weight.html} B of HTML > ${limit} B`);
			const enhancement = path.endsWith('/search/') ? budgets.search : budgets.enhancement;
			if (weight.modulesTotal > enhancement) over.push(`${path}: ${weight.modulesTotal} B of enhancement code > ${enhancement} B`);
			if (weight.blocking.some((script) => script.src) || weight.blocking.length > 1 || weight.blocking.some((script) => (script.inlineBytes ?? 0) > budgets.inlineScript || !allowedInline.has(script.inline ?? ''))) {
				over.push(`${path}: render-blocking scripts ${JSON.stringify(weight.blocking)}`);
			}
			// The search page itself runs search at once; every other page loads it when search opens.
			const eager = path.endsWith('/search/') ? [] : [...weight.modules.keys()].filter(isSearchCode);
			if (eager.length > 0) over.push(`${path}: loads search code before search opens: ${eager.join(', ')}`);
		}
		expect(over).toEqual([]);
	});
});

describe('stylesheets', () => {
	it(`all CSS of the site is at most ${budgets.css / 1024} KB (gzip)`, () => {
		expect(allCss()).toBeLessThanOrEqual(budgets.css);
	});
});

describe('the whole site', () => {
	// Only a build of every page says what a session weighs: a sample build is far under, and so is the
	// test build of `npm test`, which leaves most paragraph pages out (`npm run size` checks a whole build).
	const documents = pages.filter((path) => pageKind(path) === 'document').length;
	const whole = documents > 1800 && documentsWithoutParagraphPages().size === 0;
	// Several sessions are over any one host's limit (`npm run size` stops a workflow before it publishes them there). Each
	// session's own pages are held to `sessionLimit` per language version: what a page repeats is multiplied by every session.
	it.runIf(whole)(`holds each session's pages to ${sessionLimit / 1000} KB per language version`, () => {
		const { kinds, sessions } = siteSize(dist);
		const table = [...kinds].filter(([, { files }]) => files > 0).map(([kind, { files, bytes }]) => `${kind}: ${files} files, ${megabytes(bytes)}`);
		const over = sessionsOverBudget(sessions);
		expect(over, table.join('\n')).toEqual([]);
	});
});
