/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of every `astro build`,
 * as Starlight does, so the index can never be missing or stale. Only the document pages are
 * indexed (`/A/RES/76/299/`, `/fr/A/RES/76/299/`: their article carries `data-pagefind-body`):
 * each text once. They are handed to Pagefind one by one rather than letting it read the whole
 * of dist/, where tens of thousands of paragraph and side-by-side pages would cost minutes to
 * read only to be skipped. Each is handed over as groups of whole paragraphs, each a page of the
 * index (src/lib/search/index-groups.ts), and the word index is then cut into smaller chunks
 * (src/lib/search/index-chunks.ts): a search fetches a few kilobytes a word and a group, not whole
 * resolutions. A shard (`SHARD`) leaves the index to the merge.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Static on purpose: a dynamic import() inside the hook fails once Vite's module runner has closed.
import * as pagefind from 'pagefind';
import { splitIndexChunks } from '../lib/search/index-chunks';
import { indexGroups, type IndexGroup } from '../lib/search/index-groups';
import { shardSelection } from '../lib/shard';
import { isDocumentPath } from '../lib/urls';
import { sitePages } from './site-files';


/**
 * Indexes the document pages of the site in `outDir` into `<outDir>/pagefind/`, in the order of
 * their paths, and returns how many it indexed. Used at the end of a build and when shards are
 * merged (scripts/merge-shards.ts), so both give the same index.
 */
export async function indexSite(outDir: string): Promise<number> {
	// What the page adds beside the official text (designations, ¶ links) is never indexed.
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.paragraph-margin'] });
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		let count = 0;
		// Each page is cut into groups while Pagefind indexes the one before (its own process): the pages
		// still reach it one at a time, in order.
		let indexing: Promise<void> = Promise.resolve();
		const add = async (groups: IndexGroup[]) => {
			for (const group of groups) {
				const added = await index.addHTMLFile({ url: group.url, content: group.html });
				if (added.errors.length > 0) throw new Error(`Pagefind could not index ${group.url}: ${added.errors.join('; ')}`);
			}
		};
		for (const pathname of sitePages(outDir).filter(isDocumentPath)) {
			const content = await readFile(join(outDir, pathname, 'index.html'), 'utf8');
			const groups = indexGroups(content, `/${pathname}`);
			await indexing;
			indexing = add(groups);
			// Its failure is thrown at the next `await indexing`, not reported unhandled while this loop reads on.
			indexing.catch(() => {});
			count++;
		}
		await indexing;
		if (count === 0) throw new Error(`Pagefind found no document page in ${outDir}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// A query fetches every chunk holding one of its words: smaller chunks, less to fetch.
		splitIndexChunks(join(outDir, 'pagefind'));
		return count;
	} finally {
		await pagefind.close();
	}
}

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'resolution-reader:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				if (shardSelection()) return logger.info('a shard: the search index is built when the shards are merged');
				const count = await indexSite(outDir);
				logger.info(`indexed ${count} document page(s) into ${join(outDir, 'pagefind')}`);
			},
		},
	};
}
