/**
 * `sitemap-index.xml` and its sitemaps: every page of the built site at its canonical URL, in the
 * order `compareSymbols` gives (A/RES/76/2 before A/RES/76/10), 45,000 to a file. Written from the
 * pages found in the output folder, at the end of a build or when shards are merged, so that both
 * give the same bytes. The 404 page has no address of its own and is left out, and so are the
 * redirect pages of the side-by-side pairs and moved paragraphs first published (their canonical
 * URL is the page they lead to).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardSelection } from '../lib/shard';
import { isRedirectPagePath } from '../lib/moved-anchors';
import { sitePages } from './site-files';

/** URLs per sitemap file: under the protocol's 50,000, as @astrojs/sitemap did. */
const perFile = 45_000;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');

/** Writes the sitemaps of the site in `outDir`, published at `siteRoot` (origin and base, ending in `/`); returns how many pages they list. */
export function writeSitemap(outDir: string, siteRoot: string): number {
	const urls = sitePages(outDir)
		.filter((page) => !isRedirectPagePath(page))
		.map((page) => new URL(page, siteRoot).href)
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const files: string[] = [];
	for (let start = 0; start < urls.length; start += perFile) {
		const name = `sitemap-${files.length}.xml`;
		const entries = urls.slice(start, start + perFile).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
		writeFileSync(join(outDir, name), `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>`);
		files.push(name);
	}
	const index = files.map((name) => `<sitemap><loc>${escapeXml(new URL(name, siteRoot).href)}</loc></sitemap>`);
	writeFileSync(join(outDir, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index.join('')}</sitemapindex>`);
	return urls.length;
}

/** The build's sitemap; a shard (`SHARD`) leaves it to the merge. */
export default function sitemap(): AstroIntegration {
	let siteRoot = '';
	return {
		name: 'resolution-reader:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				if (!config.site) throw new Error('astro.config: `site` is needed for the sitemap\'s absolute URLs');
				siteRoot = new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site).href;
			},
			'astro:build:done': ({ dir, logger }) => {
				if (shardSelection()) return logger.info('a shard: the sitemap is written when the shards are merged');
				const count = writeSitemap(fileURLToPath(dir), siteRoot);
				logger.info(`sitemap-index.xml lists ${count} pages`);
			},
		},
	};
}
