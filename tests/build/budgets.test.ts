/**
 * Size budgets, measured on the built files as gzip: a delegate on a phone on a slow network
 * gets the text fast, and reading never waits for a script.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlPages } from '../support/dist';
import { allCss, budgets, fileOf, htmlBudget, weighPage } from '../support/weights';

const pages = htmlPages()
	.filter(({ file }) => file.endsWith('.html'))
	.map(({ path }) => path);

describe.each(pages)('%s', (path) => {
	// Weighed when its first test runs, not while tests are collected: collecting stays quick
	// however many pages there are.
	let weighed: ReturnType<typeof weighPage> | undefined;
	const weigh = () => (weighed ??= weighPage(path));

	it(`is at most ${budgets.html / 1024} KB of HTML (gzip), or ${budgets.textFactor} times its own text for a long resolution (${budgets.sideBySideFactor} side by side)`, () => {
		expect(weigh().html).toBeLessThanOrEqual(htmlBudget(path));
	});

	it('has no render-blocking script but the tiny inline one that sets the colour scheme', () => {
		expect(weigh().blocking.filter((script) => script.src)).toEqual([]);
		expect(weigh().blocking.length).toBeLessThanOrEqual(1);
		for (const script of weigh().blocking) expect(script.inlineBytes).toBeLessThanOrEqual(budgets.inlineScript);
	});

	it(`loads at most ${budgets.enhancement / 1024} KB of its own enhancement code (gzip), as deferred modules`, () => {
		expect(weigh().modulesTotal).toBeLessThanOrEqual(budgets.enhancement);
	});

	// The search page itself runs search at once; every other page loads it when search opens.
	it.skipIf(path === '/search/')('loads no search code until search opens', () => {
		const eager = [...weigh().modules.keys()].filter((url) => {
			const code = readFileSync(fileOf(url), 'utf8');
			// Pagefind's own files, or the search panel; naming Pagefind's URL for later is fine.
			return url.includes('/pagefind/') || code.includes('customElements.define("search-panel"');
		});
		expect(eager).toEqual([]);
	});
});

describe('stylesheets', () => {
	it(`all CSS of the site is at most ${budgets.css / 1024} KB (gzip)`, () => {
		expect(allCss()).toBeLessThanOrEqual(budgets.css);
	});
});
