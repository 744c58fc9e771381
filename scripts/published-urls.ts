/**
 * Adds what a build publishes to tests/published-urls.json: every page, and every anchor of every
 * document page (each block, sub-paragraph, table row and footnote, as data.json maps them, and
 * the page's parts: cover, preamble, operative, footnotes). Nothing is ever removed: the list is
 * a promise (tests/build/published-urls.test.ts holds every build to it).
 *
 *   npm run build && npx tsx scripts/published-urls.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDocumentPath } from '../src/lib/urls';
import { dist, htmlPages } from '../tests/support/dist';
import { isFixturePage } from '../tests/support/fixtures';
import { documentAnchors, publishedFile, readPublished } from '../tests/support/published';

const published = readPublished();
const pages = new Set(published.pages);
let added = 0;
for (const { path } of htmlPages()) {
	if (path === '/404.html' || isFixturePage(path)) continue;
	if (!pages.has(path)) {
		pages.add(path);
		added++;
	}
	// A resolution's document page (a session's list has a data.json too).
	if (!isDocumentPath(path) || !existsSync(join(dist, path, 'data.json'))) continue;
	const anchors = new Set(published.anchors[path] ?? []);
	for (const anchor of documentAnchors(path)) anchors.add(anchor);
	published.anchors[path] = [...anchors];
}
published.pages = [...pages];
writeFileSync(publishedFile, `${JSON.stringify(published, null, 1)}\n`);
console.log(`${added} pages added; ${published.pages.length} pages and ${Object.values(published.anchors).reduce((n, ids) => n + ids.length, 0)} anchors published`);
