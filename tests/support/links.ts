/** Resolving links of built pages against `dist/`, as a static host would serve them. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dist, loadPage } from './dist';

/** The origin pages are built for (`SITE_URL`), read from the home page's canonical link. */
export function siteOrigin(): string {
	return new URL(loadPage('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
}

/** The file a URL path is served from, or undefined when the host would answer 404. */
export function servedFile(path: string): string | undefined {
	const file = join(dist, decodeURIComponent(path));
	if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Where a redirect page (`<meta http-equiv="refresh">`) sends the reader, if the page is one. */
export function redirectTarget(path: string): string | undefined {
	const refresh = loadPage(path).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
	const match = refresh && /url=(.+)$/i.exec(refresh);
	return match ? new URL(match[1]!, `http://site${path}`).pathname : undefined;
}

/** Whether `path` is served, directly or through redirect pages, and has `id` when one is given. */
export function resolves(path: string, id?: string): boolean {
	if (!servedFile(path)) return false;
	const target = path.endsWith('/') ? redirectTarget(path) : undefined;
	if (target) return resolves(target, id);
	if (!id || !path.endsWith('/')) return true;
	return !!loadPage(path).getElementById(decodeURIComponent(id));
}
