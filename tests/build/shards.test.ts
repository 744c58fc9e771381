/**
 * The site built in two shards and merged (`SHARD=…`, scripts/merge-shards.ts) is the site built
 * in one go: the same files with the same bytes, pages, data files, sitemap and search index
 * alike, so links, lists and search results cannot differ either. Shown on the sample build of
 * `npm run test:base` (the sample resolutions and the made-up fixtures, under a base path), so
 * that no test builds the whole session a second time: the shards are built with its settings.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeShards, type MergeReport } from '../../scripts/merge-shards';
import { siteFiles } from '../../src/integrations/site-files';
import { astroBuild } from '../support/astro-build';
import { assertBuilt, base, dist } from '../support/dist';
import { fixtureRoots } from '../support/fixtures';
import { sampleSymbols } from '../support/page-sets';
import { nextTurn } from '../support/turn';

const root = new URL('../../', import.meta.url).pathname;
const work = join(root, '.shards');
/** Two shards that between them hold every resolution, fixtures (76/901–903) and the 75th's (predecessors) included. */
const shards = ['A/RES/76/1-150,A/RES/ES-11/*,A/RES/75/*', 'A/RES/76/151-999'];
/** The settings of the sample build (`npm run build:sample`): its resolutions, the fixtures, the base path under test. */
const sampleBuild = {
	RESOLUTIONS: [...sampleSymbols, ...fixtureRoots.flatMap((folder) => readdirSync(folder))].join(),
	EXTRA_CONTENT: fixtureRoots.map((folder) => folder.replace(root, '')).join(),
	...(base === '/' ? {} : { BASE_PATH: base }),
};
/** How many document pages the sample build has: the build under test must be it. */
const sampleDocuments = () => siteFiles(dist).filter((file) => /RES\/[^/]+\/[0-9][^/]*\/data\.json$/.test(file)).length;
/** Files that are not a resolution's: what every shard renders alike (home, search, the session's lists, assets). */
const everyShards = () => siteFiles(dist).filter((file) => !/RES\/[^/]+\/[0-9]/.test(file)).length;

/** Builds one shard with the settings of the sample build. */
async function buildShard(selection: string, outDir: string): Promise<void> {
	const { status, output } = await astroBuild(root, { env: { ...sampleBuild, SHARD: selection, OUT_DIR: outDir }, keep: 4000 });
	if (status !== 0) throw new Error(`the shard ${selection} did not build:\n${output}`);
}

let report: MergeReport;
const merged = join(work, 'merged');

beforeAll(async () => {
	assertBuilt();
	if (sampleDocuments() > 200) throw new Error(`${dist} holds ${sampleDocuments()} document pages: the shard test compares with the sample build (npm run test:base, or npm run test:quick)`);
	rmSync(work, { recursive: true, force: true });
	const folders = shards.map((_, i) => join(work, `shard-${i + 1}`));
	// Side by side: each build keeps about one core busy.
	await Promise.all(shards.map((selection, i) => buildShard(selection, folders[i]!)));
	report = await mergeShards(merged, folders, { move: true, env: { ...process.env, ...sampleBuild } });
}, 10 * 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two shards merged', () => {
	it('hold every page once, and share only the pages and assets every shard renders', () => {
		expect(report.indexed).toBe(sampleDocuments());
		expect(report.indexed).toBeGreaterThan(50);
		expect(report.shared).toBeGreaterThan(0);
		expect(report.shared).toBeLessThanOrEqual(everyShards());
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
