/**
 * Which pages each kind of test runs on. With about 90,000 built pages, the cheap checks of built
 * files (links, budgets, the URL contract, fidelity to the UN's files) run on every page; the
 * expensive ones (Chromium, axe, the HTML validators) run on a fixed set of pages that together
 * hold every construct of the text in every language. `tests/build/page-sets.test.ts` proves that
 * the set does hold them all, so that a construct cannot slip out of the browser tests unseen.
 */
import { readFileSync } from 'node:fs';
import { isPairRedirectPath } from '../../src/lib/urls';
import { htmlPages } from './dist';
import { fixtureSymbols } from './fixtures';

/**
 * Resolutions whose pages hold, between them, every construct the UN's files use, in every
 * language they are published in (what each brings is checked, not trusted):
 * tests/fixtures/sample-resolutions.json. The base-path build of `npm test` builds only these.
 */
export const sampleSymbols: readonly string[] = JSON.parse(readFileSync(new URL('../fixtures/sample-resolutions.json', import.meta.url), 'utf8'));

/** The document page of a resolution in a language, as a site path. */
function documentPaths(symbol: string): RegExp {
	const path = symbol.replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^/(?:(?:ar|zh|fr|ru|es)/)?${path}/`);
}

/**
 * The fixed set, as site paths: every page that is not a resolution's (home, search, 404…), and
 * for each sample resolution and each made-up construct fixture (where the build holds them), in
 * each language, its document page, its first and last paragraph pages, and its side-by-side page
 * with one of the redirect pages of the side-by-side pairs first published.
 */
export function samplePages(): string[] {
	const all = htmlPages().map((page) => page.path);
	const chosen = new Set<string>();
	const resolutionPage = /^\/(?:(?:ar|zh|fr|ru|es)\/)?[A-Z]+\/RES\//;
	for (const path of all) if (!resolutionPage.test(path)) chosen.add(path);
	for (const symbol of [...sampleSymbols, ...fixtureSymbols]) {
		const pattern = documentPaths(symbol);
		const pages = all.filter((path) => pattern.test(path));
		const documents = pages.filter((path) => path.replace(pattern, '') === '');
		for (const document of documents) {
			chosen.add(document);
			const inside = pages.filter((path) => path.startsWith(document) && path !== document);
			const paragraphs = inside.filter((path) => !path.includes('/compare/'));
			// The side-by-side page (under the English document's path), and one of the pair URLs first published, now redirect pages.
			const compare = inside.find((path) => path === `${document}compare/`);
			const redirect = inside.find(isPairRedirectPath);
			for (const page of [paragraphs[0], paragraphs.at(-1), compare, redirect]) if (page) chosen.add(page);
		}
	}
	return [...chosen].sort();
}
