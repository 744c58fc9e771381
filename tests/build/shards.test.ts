/**
 * The site built in two shards and merged (`SHARD=…`, scripts/merge-shards.ts) is the site built
 * in one go: the same files with the same bytes, pages, data files, sitemap and search index
 * alike, so links, lists and search results cannot differ either. The single build is the one the
 * other tests read (`npm run build:test`); the shards are built with the same settings beside it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards, type MergeReport } from '../../scripts/merge-shards';
import { siteFiles } from '../../src/integrations/site-files';
import { astroBuild } from '../support/astro-build';
import { assertBuilt, dist } from '../support/dist';
import { nextTurn } from '../support/turn';

const root = new URL('../../', import.meta.url).pathname;
const work = join(root, '.shards');
/** Two shards that between them hold every resolution, fixtures (76/901–903) included. */
const shards = ['A/RES/76/1-150,A/RES/ES-11/*', 'A/RES/76/151-999'];
/** The content the single test build was made with: the EXTRA_CONTENT of `npm run build:test`. */
const extraContent = /EXTRA_CONTENT=(\S+)/.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['build:test'])?.[1];

/** Builds one shard with the settings of the test build. */
async function buildShard(selection: string, outDir: string): Promise<void> {
	const { status, output } = await astroBuild(root, { env: { SHARD: selection, OUT_DIR: outDir, EXTRA_CONTENT: extraContent }, keep: 4000 });
	if (status !== 0) throw new Error(`the shard ${selection} did not build:\n${output}`);
}

let report: MergeReport;
const merged = join(work, 'merged');

beforeAll(async () => {
	assertBuilt();
	if (!extraContent) throw new Error('package.json: build:test sets no EXTRA_CONTENT; the shards must be built as the test build is');
	rmSync(work, { recursive: true, force: true });
	const folders = shards.map((_, i) => join(work, `shard-${i + 1}`));
	// Side by side: each build keeps about one core busy.
	await Promise.all(shards.map((selection, i) => buildShard(selection, folders[i]!)));
	report = await mergeShards(merged, folders, { move: true });
}, 30 * 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two shards merged', () => {
	it('hold every page once, and share only the pages and assets every shard renders', () => {
		expect(report.indexed).toBeGreaterThan(1800);
		expect(report.shared).toBeGreaterThan(0);
		expect(report.shared).toBeLessThan(100);
	});

	it('are the single build: the same files with the same bytes, sitemap and search index included', async () => {
		const single = siteFiles(dist);
		const combined = siteFiles(merged);
		const [inSingle, inCombined] = [new Set(single), new Set(combined)];
		expect(combined.filter((file) => !inSingle.has(file)), 'files only in the merged site').toEqual([]);
		expect(single.filter((file) => !inCombined.has(file)), 'files only in the single build').toEqual([]);
		const differing: string[] = [];
		for (const [count, file] of single.entries()) {
			if (!readFileSync(join(dist, file)).equals(readFileSync(join(merged, file)))) differing.push(file);
			if (count % 500 === 499) await nextTurn();
		}
		expect(differing.slice(0, 20), `${differing.length} files differ`).toEqual([]);
		expect(single.some((file) => file.startsWith('pagefind/')) && single.includes('sitemap-index.xml')).toBe(true);
	}, 10 * 60_000);
});
