/**
 * The published-URL list (tests/published-urls.json): every page and anchor the site has
 * published, which never change (docs/urls.md, "Links that stay").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist } from './dist';

export const publishedFile = new URL('../published-urls.json', import.meta.url).pathname;

export interface Published {
	$comment: string;
	pages: string[];
	/** By document page: its anchors. */
	anchors: Record<string, string[]>;
}

export function readPublished(): Published {
	return JSON.parse(readFileSync(publishedFile, 'utf8')) as Published;
}

/** The parts of a document page a reader may link, beside the anchors of its text. */
const pageParts = ['cover', 'preamble', 'operative', 'footnotes'];

/**
 * The anchors a document page publishes: every anchor its data.json maps (blocks, sub-paragraphs,
 * table rows, footnotes) and the parts of the page it has.
 */
export function documentAnchors(path: string): string[] {
	const data = JSON.parse(readFileSync(join(dist, path, 'data.json'), 'utf8')) as { anchors: Record<string, unknown> };
	const ids = new Set([...readFileSync(join(dist, path, 'index.html'), 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!));
	return [...pageParts.filter((part) => ids.has(part)), ...Object.keys(data.anchors)];
}
