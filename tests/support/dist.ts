/**
 * The built site, read as a browser would receive it. Tests name pages by their path on the site
 * (`/A/RES/76/299/`); the same tests also run on a copy built under a base path
 * (`SITE_DIST=dist-base SITE_BASE=/resolutions/`, see `npm test`), where `urlPath()` adds it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { normalize } from './akn';

export const dist = process.env.SITE_DIST ? `${resolve(process.env.SITE_DIST)}/` : new URL('../../dist/', import.meta.url).pathname;

/** The base path the site under test was built with: `/` or e.g. `/resolutions/`. */
export const base = process.env.SITE_BASE ?? '/';

/** The URL path of a site path: `/A/RES/76/299/` → `/resolutions/A/RES/76/299/` under a base. */
export function urlPath(sitePath: string): string {
	return `${base}${sitePath.replace(/^\//, '')}`;
}

/** The site path of a URL path, or undefined when it is outside the base. */
export function sitePath(path: string): string | undefined {
	return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
}

/** Fails early and clearly when the site was not built, instead of failing every assertion. */
export function assertBuilt(): void {
	if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does).');
}

/** Every HTML page, as its URL path (`/A/RES/76/299/`) and file. */
export function htmlPages(): { path: string; file: string }[] {
	assertBuilt();
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
			return { path, file };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The built file of a page, by its site path (`/A/RES/76/299/` → `dist/A/RES/76/299/index.html`). */
export function pageFile(path: string): string {
	return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** The DOM of a built page, by URL path. */
export function loadPage(path: string): Document {
	assertBuilt();
	const file = pageFile(path);
	return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/**
 * The text of an element without the descendants that have one of `classes`, in one walk of the
 * tree (linkedom's cloneNode() and matches() cost a hundred times more).
 */
function textWithout(element: Element, classes: ReadonlySet<string>): string {
	let text = '';
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) text += (child as Text).data; // a text node
			else if (child.nodeType === 1) { // an element
				const each = child as Element;
				if ([...each.classList].some((name) => classes.has(name))) continue;
				walk(each);
			}
		}
	};
	walk(element);
	return text;
}

const footnoteCalls = new Set(['footnote-ref']);

/** Text of an element as a reader copies it: footnote calls removed, markup whitespace collapsed. */
export function readerText(element: Element): string {
	return normalize(textWithout(element, footnoteCalls));
}

/**
 * Items in batches for tests that check every page: one test per batch of at most `size`, so that
 * 90,000 pages make a few hundred tests (not hundreds of thousands for the runner to report) and
 * no single test runs for minutes. Each batch is named by its first and last item.
 */
export function inBatches<T>(items: readonly T[], name: (item: T) => string, size = 250): [label: string, batch: T[]][] {
	const batches: [string, T[]][] = [];
	for (let start = 0; start < items.length; start += size) {
		const batch = items.slice(start, start + size);
		batches.push([`${name(batch[0]!)} … ${name(batch.at(-1)!)} (${batch.length})`, batch]);
	}
	return batches;
}
