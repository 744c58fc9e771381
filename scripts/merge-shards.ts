/**
 * Combines the outputs of shard builds into one site: `npm run merge -- --out dist shard-1 shard-2`.
 *
 * Each shard was built with `SHARD=<selection>` from the same commit, content and settings
 * (`SITE_URL`, `BASE_PATH`): it rendered its own resolutions' pages and the pages every shard
 * renders alike (the home page, 404, search, robots.txt, the JSON Schema, the scripts and styles),
 * and left out the two things made from the whole site, the sitemap and the search index. The
 * merge puts every file in one folder, refuses two shards that disagree about a file, then writes
 * the sitemap and the Pagefind index over the merged site, with the same code a single build uses.
 * `--move` moves files out of the shard folders instead of copying them (quicker; the shards are
 * used up).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { indexSite } from '../src/integrations/pagefind';
import { siteRoot } from '../src/integrations/site-address';
import { siteFiles } from '../src/integrations/site-files';
import { writeSitemap } from '../src/integrations/sitemap';

/** What only the merge writes: a shard holding one was not built as a shard. */
const wholeSiteFiles = /^(?:sitemap-[^/]*\.xml|pagefind\/.*)$/;

export interface MergeReport {
	files: number;
	/** Files that more than one shard built, identically (the shared pages and assets). */
	shared: number;
	pages: number;
	indexed: number;
}

/**
 * Merges `shards` (folders) into `out`, which must not exist or be empty. `env` holds the
 * `SITE_URL` and `BASE_PATH` the shards were built with (the sitemap needs them).
 */
export async function mergeShards(out: string, shards: string[], { move = false, env = process.env }: { move?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<MergeReport> {
	if (shards.length === 0) throw new Error('merge-shards: name at least one shard folder');
	if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`merge-shards: ${out} is not empty; the merged site is written to an empty folder`);
	const from = new Map<string, string>();
	let shared = 0;
	for (const shard of shards) {
		if (!existsSync(join(shard, 'index.html'))) throw new Error(`merge-shards: ${shard} is not a built site (no index.html)`);
		for (const [count, file] of siteFiles(shard).entries()) {
			// A turn of the event loop now and then: the merge also runs inside a test (tests/support/turn.ts).
			if (count % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
			if (wholeSiteFiles.test(file)) throw new Error(`merge-shards: ${join(shard, file)} is made from the whole site; build the shard with SHARD set`);
			const source = join(shard, file);
			const target = join(out, file);
			const earlier = from.get(file);
			if (earlier) {
				if (!readFileSync(source).equals(readFileSync(target))) {
					throw new Error(`merge-shards: ${file} differs between ${earlier} and ${shard}; build every shard from the same commit, content and settings`);
				}
				shared++;
				if (move) rmSync(source);
				continue;
			}
			mkdirSync(dirname(target), { recursive: true });
			if (move) renameSync(source, target);
			else copyFileSync(source, target);
			from.set(file, shard);
		}
	}
	const pages = writeSitemap(out, siteRoot(env));
	const indexed = await indexSite(out);
	return { files: from.size, shared, pages, indexed };
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
	const args = process.argv.slice(2);
	const outAt = args.indexOf('--out');
	const out = outAt >= 0 ? args[outAt + 1] : undefined;
	const move = args.includes('--move');
	const shards = args.filter((arg, i) => !arg.startsWith('--') && i !== outAt + 1);
	if (!out) throw new Error('usage: npm run merge -- --out <folder> [--move] <shard folder>…');
	const started = performance.now();
	const report = await mergeShards(out, shards, { move });
	console.log(
		`Merged ${shards.length} shards into ${out}: ${report.files} files (${report.shared} built alike by several shards), ` +
			`sitemap of ${report.pages} pages, search index of ${report.indexed} document pages, in ${((performance.now() - started) / 1000).toFixed(0)} s`,
	);
}
