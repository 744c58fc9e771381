/** Resolving links of built pages against `dist/`, as a static host would serve them. */
import { existsSync, statSync } from 'node:fs';
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
export function redirectTarget(path: string): string | undefined {
	const refresh = loadPage(path).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
	const match = refresh && /url=(.+)$/i.exec(refresh);
	return match ? (sitePath(new URL(match[1]!, 'http://site/').pathname) ?? '(outside the base)') : undefined;
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
	return !!loadPage(path).getElementById(decodeURIComponent(id));
}
