/** Resolving links of built pages against `dist/`, as a static host would serve them. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist, loadPage, sitePath } from './dist';

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

/** The site path a redirect page (`<meta http-equiv="refresh">`) sends the reader to, if it is one. */
const redirects = new Map<string, string | undefined>();
export function redirectTarget(path: string): string | undefined {
	if (redirects.has(path)) return redirects.get(path);
	// Only a redirect page has a refresh: most pages need no DOM parse.
	const html = readFileSync(servedFile(path)!, 'utf8');
	const refresh = html.includes('http-equiv="refresh"') ? loadPage(path).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') : undefined;
	const match = refresh && /url=(.+)$/i.exec(refresh);
	const target = match ? (sitePath(new URL(match[1]!, 'http://site/').pathname) ?? '(outside the base)') : undefined;
	redirects.set(path, target);
	return target;
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

/** Whether a site path is served, directly or through redirect pages, and has `id` when one is given. */
export function resolves(path: string, id?: string): boolean {
	if (!servedFile(path)) return false;
	const target = path.endsWith('/') ? redirectTarget(path) : undefined;
	if (target) return resolves(target, id);
	if (!id || !path.endsWith('/')) return true;
	return idsOf(path).has(decodeURIComponent(id));
}
