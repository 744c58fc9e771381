/** The built site in `dist/`, read as a browser would receive it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const dist = new URL('../../dist/', import.meta.url).pathname;

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

/** The DOM of a built page, by URL path. */
export function loadPage(path: string): Document {
	assertBuilt();
	const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
	return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Text of an element as a reader copies it: footnote calls removed, whitespace collapsed. */
export function readerText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const call of copy.querySelectorAll('.footnote-ref')) call.remove();
	return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
