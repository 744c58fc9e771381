/**
 * Redirect pages: the side-by-side URLs first published, one per ordered pair of languages
 * (`/A/RES/76/299/compare/fr-en/`), now lead to the resolution's one side-by-side page with that
 * pair chosen (`/A/RES/76/299/compare/?pair=fr-en`). Every redirect page in dist/ is well formed,
 * and every published pair URL, with its anchors, still lands. The published URLs are checked
 * for the resolutions built, so that this runs on the sample build too (the published-URL test
 * needs the whole session).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redirectScript } from '../../src/lib/security';
import { isPairRedirectPath } from '../../src/lib/urls';
import { htmlPages, inBatches, loadPage, sitePath, urlPath } from '../support/dist';
import { redirectPage, resolves, servedFile, siteOrigin } from '../support/links';
import { readPublished } from '../support/published';

const origin = siteOrigin();
const pages = htmlPages().filter(({ path }) => path !== '/404.html');
const published = readPublished();

/** The languages a side-by-side page lets the reader choose, read once per page (30 redirect pages lead to each). */
const choices = new Map<string, Set<string>>();
function languagesOf(path: string): Set<string> {
	if (!choices.has(path)) choices.set(path, new Set([...loadPage(path).querySelectorAll('input[name="first"]')].map((input) => input.getAttribute('value')!)));
	return choices.get(path)!;
}

/** What is wrong with a redirect page, by its site path (nothing: an empty list). */
function problemsOf(path: string, html: string): string[] {
	const redirect = redirectPage(path);
	if (!redirect) return ['has no refresh target'];
	const problems: string[] = [];
	const { refresh, canonical, link } = redirect;
	const pair = /\/compare\/([a-z]{2}-[a-z]{2})\/$/.exec(path)?.[1];
	const target = `${urlPath(path).replace(/[a-z]{2}-[a-z]{2}\/$/, '')}?pair=${pair}`;
	if (refresh.origin !== 'http://site' || `${refresh.pathname}${refresh.search}` !== target) problems.push(`refreshes to ${refresh.href}, not ${target}`);
	const targetPath = sitePath(refresh.pathname) ?? refresh.pathname;
	if (!servedFile(targetPath)) problems.push(`${targetPath} is not served`);
	else if (redirectPage(targetPath)) problems.push(`${targetPath} is a redirect page too`);
	else {
		const shown = languagesOf(targetPath);
		for (const language of pair!.split('-')) if (!shown.has(language)) problems.push(`${targetPath} cannot show ${language}`);
	}
	// The canonical URL is the page led to; the pair only chooses what it shows.
	if (canonical?.href !== new URL(refresh.pathname, origin).href) problems.push(`canonical ${canonical?.href}`);
	if (!link || `${link.pathname}${link.search}` !== target) problems.push(`plain link ${link?.href}, not ${target}`);
	if (!/<meta name="robots" content="noindex">/.test(html)) problems.push('is not marked noindex');
	if (!/^<!DOCTYPE html><html lang="en">/i.test(html)) problems.push('has no doctype or language');
	if (!/<title>[^<]+<\/title>/.test(html)) problems.push('has no title');
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
	if (scripts.length !== 1 || scripts[0] !== redirectScript) problems.push(`scripts ${JSON.stringify(scripts)}`);
	if (html.length >= 1024) problems.push(`${html.length} bytes`);
	return problems;
}

describe.each(inBatches(pages, ({ path }) => path, 1000))('pages %s', (_label, batch) => {
	it('are redirect pages exactly at the pair URLs first published, each well formed, leading to the side-by-side page with its pair and the place along', () => {
		const problems: string[] = [];
		for (const { path, file } of batch) {
			const html = readFileSync(file, 'utf8');
			const isRedirect = html.includes('http-equiv="refresh"');
			if (isRedirect !== isPairRedirectPath(path)) problems.push(`${path}: ${isRedirect ? 'a redirect page at an unexpected path' : 'not a redirect page'}`);
			else if (isRedirect) problems.push(...problemsOf(path, html).map((problem) => `${path}: ${problem}`));
		}
		expect(problems).toEqual([]);
	});
});

describe('the side-by-side URLs published', () => {
	const pairs = published.pages.filter(isPairRedirectPath);
	const compares = new Set(pairs.map((path) => path.replace(/[a-z]{2}-[a-z]{2}\/$/, '')));
	/** Resolutions of this build: on a build of a few, those few. */
	const built = (path: string) => servedFile(path.replace(/compare\/(?:[a-z]{2}-[a-z]{2}\/)?$/, '')) !== undefined;

	it('include the side-by-side page of each resolution that had pair pages, with the anchors of A/RES/76/299’s', () => {
		expect(pairs.length).toBeGreaterThan(9000);
		expect([...compares].filter((path) => !published.pages.includes(path))).toEqual([]);
		expect(published.anchors['/A/RES/76/299/compare/']).toEqual(expect.arrayContaining(published.anchors['/A/RES/76/299/compare/fr-en/']!));
	});

	it('are served, the pair URLs through their redirect pages, for every resolution built', () => {
		const checked = [...pairs, ...compares].filter(built);
		expect(checked.length).toBeGreaterThan(0);
		expect(checked.filter((path) => !resolves(path))).toEqual([]);
	});

	it('land on every anchor published, the pair URLs’ on the aligned row of the side-by-side page', () => {
		const withAnchors = Object.entries(published.anchors).filter(([path]) => path.includes('/compare/') && built(path));
		expect(withAnchors.length).toBeGreaterThan(0);
		const gone = withAnchors.flatMap(([path, ids]) => ids.filter((id) => !resolves(path, id)).map((id) => `${path}#${id}`));
		expect(gone).toEqual([]);
		// Landing means the row: the anchor is a row of the side-by-side page, not anything else.
		const compare = loadPage('/A/RES/76/299/compare/');
		for (const id of published.anchors['/A/RES/76/299/compare/fr-en/']!) expect(compare.getElementById(id)?.classList.contains('row'), id).toBe(true);
	});
});
