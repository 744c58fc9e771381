/**
 * The files of a built site, read from disk. The sitemap and the search index are made from what is
 * in the output folder rather than from one build's list of pages, so that a site built in shards and
 * merged (scripts/merge-shards.ts) gets them exactly as one build of everything does.
 */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted by code point. */
export function siteFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, `${entry.parentPath}/${entry.name}`).replaceAll('\\', '/'))
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The page paths of a built site (`A/RES/76/299/`, `` for the home page): every folder's index.html. */
export function sitePages(dir: string): string[] {
	return siteFiles(dir)
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.map((file) => file.slice(0, -'index.html'.length));
}
