/**
 * Redirect pages: the side-by-side URLs first published, one per ordered pair of languages
 * (`/A/RES/76/299/compare/fr-en/`), now lead to the resolution's one side-by-side page with that
 * pair chosen (`/A/RES/76/299/compare/?pair=fr-en`); the paragraph pages first published under an
 * anchor a corrected import moved (content/moved-anchors.json) lead to the paragraph holding its
 * words; a changes page withdrawn (content/withdrawn-changes.json) leads to its document page. Every redirect page in dist/ is one of these and well formed, and every published pair
 * URL, with its anchors, still lands. The published URLs are checked for the resolutions built,
 * so that this runs on the sample build too (the published-URL test needs the whole session).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redirectScript } from '../../src/lib/security';
import { readMarkup } from '../../src/lib/search/markup';
import { isWithdrawnChangesPath, withdrawnChanges } from '../../src/lib/changes/withdrawn';
import { isParagraphAnchor, readMovedAnchors } from '../../src/lib/moved-anchors';
import { isPairRedirectPath, paragraphPath, resolutionPath } from '../../src/lib/urls';
import { htmlPages, inBatches, loadPage, sitePath, urlPath } from '../support/dist';
import { redirectPage, resolves, servedFile, siteOrigin } from '../support/links';
import { readPublished } from '../support/published';

const origin = siteOrigin();
const pages = htmlPages().filter(({ path }) => path !== '/404.html');
const published = readPublished();

/** The moved paragraph pages of the resolutions built: old page → the place of its words (an anchor of the document page). */
const moved = new Map<string, { document: string; place: string; language: string }>();
/** Every moved anchor of the resolutions built: document page, old anchor, new anchor. */
const movedAnchors: [string, string, string][] = [];
for (const [key, anchors] of readMovedAnchors()) {
	const [symbol, language] = key.split(' ') as [string, string];
	const document = resolutionPath(symbol, language);
	if (!servedFile(document)) continue;
	for (const [from, to] of anchors) movedAnchors.push([document, from, to]);
	for (const [from, to] of anchors) if (isParagraphAnchor(from)) moved.set(paragraphPath(symbol, language, from), { document, place: to, language });
}

/** The languages a side-by-side page lets the reader choose, read once per page (30 redirect pages lead to each). */
const choices = new Map<string, Set<string>>();
function languagesOf(path: string): Set<string> {
	if (!choices.has(path)) {
		const inputs = readMarkup(readFileSync(servedFile(path)!, 'utf8')).elements.filter((element) => element.name === 'input' && element.attributes.get('name') === 'first');
		choices.set(path, new Set(inputs.map((input) => input.attributes.get('value')!)));
	}
	return choices.get(path)!;
}

/** What is wrong with a redirect page that is neither pair nor place: its form alone. */
function formProblems(html: string, language: string): string[] {
	const problems: string[] = [];
	if (!/<meta name="robots" content="noindex">/.test(html)) problems.push('is not marked noindex');
	if (!html.startsWith(`<!DOCTYPE html><html lang="${language}">`)) problems.push('has no doctype or language');
	if (!/<title>[^<]+<\/title>/.test(html)) problems.push('has no title');
	if (/<link rel="stylesheet"/.test(html)) problems.push('links a stylesheet');
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
	if (scripts.length !== 1 || scripts[0] !== redirectScript) problems.push(`scripts ${JSON.stringify(scripts)}`);
	if (html.length >= 1024) problems.push(`${html.length} bytes`);
	return problems;
}

/** What is wrong with a moved paragraph page: it leads to the paragraph page holding the words, at their place. */
function movedProblems(path: string, html: string): string[] {
	const redirect = redirectPage(path);
	if (!redirect) return ['has no refresh target'];
	const { document, place, language } = moved.get(path)!;
	const paragraph = loadPage(document).getElementById(place)?.closest('.paragraph')?.id;
	if (!paragraph) return [`${document} has no paragraph holding #${place}`];
	const targetPath = `${document}${paragraph}/`;
	const target = `${urlPath(targetPath)}${place === paragraph ? '' : `#${place}`}`;
	const problems = formProblems(html, language);
	if (redirect.refresh.origin !== 'http://site' || `${redirect.refresh.pathname}${redirect.refresh.hash}` !== target) problems.push(`refreshes to ${redirect.refresh.href}, not ${target}`);
	if (!redirect.link || `${redirect.link.pathname}${redirect.link.hash}` !== target) problems.push(`plain link ${redirect.link?.href}, not ${target}`);
	if (redirect.canonical?.href !== new URL(urlPath(targetPath), origin).href) problems.push(`canonical ${redirect.canonical?.href}`);
	if (!resolves(targetPath, place)) problems.push(`${targetPath} does not hold #${place}`);
	return problems;
}

/** What is wrong with a withdrawn changes page: it leads to its document page. */
function withdrawnProblems(path: string, html: string): string[] {
	const redirect = redirectPage(path);
	if (!redirect) return ['has no refresh target'];
	const document = path.replace(/changes\/$/, '');
	const target = urlPath(document);
	const problems = formProblems(html, /^\/(ar|zh|fr|ru|es)\//.exec(path)?.[1] ?? 'en');
	if (redirect.refresh.origin !== 'http://site' || redirect.refresh.pathname !== target) problems.push(`refreshes to ${redirect.refresh.href}, not ${target}`);
	if (redirect.link?.pathname !== target) problems.push(`plain link ${redirect.link?.href}, not ${target}`);
	if (redirect.canonical?.href !== new URL(target, origin).href) problems.push(`canonical ${redirect.canonical?.href}`);
	if (!servedFile(document) || redirectPage(document)) problems.push(`${document} is not a page served`);
	return problems;
}

/** What is wrong with a redirect page, by its site path (nothing: an empty list). */
function problemsOf(path: string, html: string): string[] {
	if (moved.has(path)) return movedProblems(path, html);
	if (isWithdrawnChangesPath(path)) return withdrawnProblems(path, html);
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
	it('are redirect pages exactly at the pair URLs first published and the moved paragraph pages, each well formed, leading to the side-by-side page with its pair or to the paragraph holding the words', () => {
		const problems: string[] = [];
		for (const { path, file } of batch) {
			const html = readFileSync(file, 'utf8');
			const isRedirect = html.includes('http-equiv="refresh"');
			if (isRedirect !== (isPairRedirectPath(path) || moved.has(path) || isWithdrawnChangesPath(path))) problems.push(`${path}: ${isRedirect ? 'a redirect page at an unexpected path' : 'not a redirect page'}`);
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

describe('the changes pages withdrawn (content/withdrawn-changes.json)', () => {
	it('are redirect pages in every language the resolution is built in', () => {
		const built = [...withdrawnChanges().keys()].flatMap((symbol) => ['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((language) => resolutionPath(symbol, language))).filter((path) => servedFile(path));
		expect(built.filter((document) => !redirectPage(`${document}changes/`))).toEqual([]);
	});
});

describe('the anchors a corrected import moved (content/moved-anchors.json)', () => {
	it.skipIf(movedAnchors.length === 0)('land on the words, in the document page: the old anchor at the start of the paragraph or sub-paragraph that holds them', () => {
		const wrong = movedAnchors.filter(([document, from, to]) => loadPage(document).getElementById(from)?.parentElement?.id !== to);
		expect(wrong).toEqual([]);
		expect([...moved.keys()].filter((path) => !resolves(path))).toEqual([]);
	});
});
