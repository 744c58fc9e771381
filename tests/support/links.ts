/** Resolving links of built pages against `dist/`, as a static host would serve them. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlPages, loadPage, sitePath, urlPath } from './dist';
import { readMarkup } from '../../src/lib/search/markup';
import { pageKind } from './page-sets';

/** The origin pages are built for (`SITE_URL`), read from the home page's canonical link. */
export function siteOrigin(): string {
	return new URL(loadPage('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
}

/** The file a site path is served from, or undefined when the host would answer 404. */
export function servedFile(path: string): string | undefined {
	const file = join(dist, decodeURIComponent(path));
	if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** What a redirect page (`<meta http-equiv="refresh">`) says, as URLs resolved against the page's own. */
export interface RedirectPage {
	/** The refresh's target (`/A/RES/76/299/compare/?pair=fr-en`, base included). */
	refresh: URL;
	/** Its canonical link and its first plain link, where it has them. */
	canonical?: URL | undefined;
	link?: URL | undefined;
}

/** A served page's redirect, if it is a redirect page. */
const redirects = new Map<string, RedirectPage | undefined>();
export function redirectPage(path: string): RedirectPage | undefined {
	if (redirects.has(path)) return redirects.get(path);
	// Only a redirect page has a refresh: most pages need no DOM parse.
	const html = readFileSync(servedFile(path)!, 'utf8');
	let found: RedirectPage | undefined;
	if (html.includes('http-equiv="refresh"')) {
		// Read with the site's own reader (a third of the test site's pages are redirect pages: a DOM each took minutes).
		const { elements } = readMarkup(html);
		const first = (name: string, has: (attributes: Map<string, string>) => boolean, after = 0) => elements.find((element) => element.name === name && element.start >= after && has(element.attributes))?.attributes;
		const url = (value: string | null | undefined) => (value ? new URL(value, new URL(urlPath(path), 'http://site/')) : undefined);
		// A refresh inside <noscript> counts: it is the one browsers without JavaScript follow.
		const refresh = first('meta', (attributes) => attributes.get('http-equiv') === 'refresh')?.get('content');
		const target = refresh && /^\s*\d+\s*;\s*url=(.+)$/i.exec(refresh)?.[1];
		const body = elements.find((element) => element.name === 'body')?.start ?? Infinity;
		if (target) found = { refresh: url(target)!, canonical: url(first('link', (attributes) => attributes.get('rel') === 'canonical')?.get('href')), link: url(first('a', (attributes) => attributes.has('href'), body)?.get('href')) };
	}
	redirects.set(path, found);
	return found;
}

/** The site path a redirect page sends the reader to, if it is one (query left out: it only chooses a view of that page). */
export function redirectTarget(path: string): string | undefined {
	const redirect = redirectPage(path);
	if (!redirect) return undefined;
	return redirect.refresh.origin === 'http://site' ? (sitePath(redirect.refresh.pathname) ?? '(outside the base)') : '(another origin)';
}

/**
 * The ids of a served page, read once per page: link checks ask for the same pages thousands of
 * times. (Attribute values are as written: the build quotes every id.)
 */
const idsByPage = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
	let ids = idsByPage.get(path);
	if (!ids) {
		const html = readFileSync(servedFile(path)!, 'utf8');
		ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')));
		idsByPage.set(path, ids);
	}
	return ids;
}

/** Whether a URL path (base included) is served and, when `id` is given, has that element. */
export function urlResolves(path: string, id?: string): boolean {
	const site = sitePath(path);
	return site !== undefined && resolves(site, id);
}

/** A resolution's pages, as its document page's path: `/fr/A/RES/76/84A-B/op5/` → `/fr/A/RES/76/84A-B/`. */
const resolutionOfPage = /^\/(?:(?:ar|zh|fr|ru|es)\/)?A\/RES\/[^/]+\/[0-9][^/]*\//;

/** A resolution's paragraph page, as its document page and the paragraph's anchor: `/fr/A/RES/76/84A-B/op5/`. */
const paragraphPage = new RegExp(`(${resolutionOfPage.source})([A-Za-z][^/]*)\\/$`);

let withoutParagraphPages: Set<string> | undefined;

/**
 * The document pages of resolutions whose paragraph pages this build left out: the test build of
 * `npm test` renders them for the fixed set and a share only (`PARAGRAPH_PAGES`, src/lib/content.ts).
 * A resolution has all its paragraph pages or none (tests/build/paragraph-pages.test.ts).
 */
export function documentsWithoutParagraphPages(): Set<string> {
	if (withoutParagraphPages) return withoutParagraphPages;
	const paths = htmlPages().map((page) => page.path);
	const withPages = new Set(paths.filter((path) => pageKind(path) === 'paragraph').map((path) => paragraphPage.exec(path)?.[1]));
	return (withoutParagraphPages = new Set(paths.filter((path) => pageKind(path) === 'document' && !withPages.has(path))));
}

/**
 * Whether a page belongs to a resolution whose every page this build renders, or to none: in the
 * test build of `npm test`, the fixed set's and the share's (`PARAGRAPH_PAGES`); in any other, all.
 * The checks that read a page's own text per resolution (the "cited by" lists, data.json against
 * the page) run on these; fidelity, links and the published URLs on every page.
 */
export function inShare(path: string): boolean {
	const document = resolutionOfPage.exec(path)?.[0];
	return document === undefined || !documentsWithoutParagraphPages().has(document);
}

/**
 * The anchors of a document page's paragraphs: the paragraph pages a whole build makes of it (the
 * paragraph route makes one per paragraph, named by its anchor). Read from the markup, without a DOM.
 */
const paragraphsByPage = new Map<string, Set<string>>();
export function paragraphAnchorsOf(path: string): Set<string> {
	let anchors = paragraphsByPage.get(path);
	if (!anchors) {
		const html = readFileSync(servedFile(path)!, 'utf8');
		anchors = new Set([...html.matchAll(/<div class="paragraph[ "][^>]*?\sid="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')));
		paragraphsByPage.set(path, anchors);
	}
	return anchors;
}

/**
 * Whether a paragraph page this build left out would be served by the whole build: its document
 * page is served, holds that paragraph, and the id asked for (the paragraph page shows the
 * paragraph with the ids of its sub-paragraphs, as the document page does).
 */
function leftOutParagraphResolves(path: string, id?: string): boolean {
	const [, document, anchor] = paragraphPage.exec(path) ?? [];
	if (!document || !anchor || !documentsWithoutParagraphPages().has(document)) return false;
	return paragraphAnchorsOf(document).has(anchor) && (!id || idsOf(document).has(decodeURIComponent(id)));
}

/**
 * Whether a site path is served, directly or through redirect pages, and has `id` when one is
 * given (on the page a redirect leads to: its script carries the place along). A paragraph page
 * the test build left out resolves when the whole build would serve it (`leftOutParagraphResolves`).
 */
export function resolves(path: string, id?: string, hops = 0): boolean {
	if (!servedFile(path)) return leftOutParagraphResolves(path, id);
	const target = path.endsWith('/') ? redirectTarget(path) : undefined;
	// A chain of redirects is slow for readers; a loop never lands.
	if (target) return hops < 2 && resolves(target, id, hops + 1);
	if (!id || !path.endsWith('/')) return true;
	return idsOf(path).has(decodeURIComponent(id));
}
