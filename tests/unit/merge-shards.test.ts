/**
 * The merge of shard builds refuses what would make the merged site differ from one build: two
 * shards that built the same file differently, a shard built without SHARD (it has its own sitemap
 * or search index), an output folder that already holds files. The sitemap lists pages in the
 * order a reader counts them. (tests/build/shards.test.ts merges real shards of the session.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../scripts/merge-shards';
import { writeSitemap } from '../../src/integrations/sitemap';

const work = mkdtempSync(join(tmpdir(), 'merge-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A made-up built site: path → content. */
function site(name: string, files: Record<string, string>): string {
	const dir = join(work, name);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

describe('merging shards', () => {
	it('refuses two shards that built the same file differently, naming the file and both shards', async () => {
		const one = site('one', { 'index.html': 'home', '_astro/a.css': 'a{}' });
		const two = site('two', { 'index.html': 'home, other list', 'A/RES/76/2/index.html': 'text' });
		await expect(mergeShards(join(work, 'out-1'), [one, two])).rejects.toThrow(`index.html differs between ${one} and ${two}`);
	});

	it('refuses a shard that has a sitemap or a search index of its own', async () => {
		const whole = site('whole', { 'index.html': 'home', 'sitemap-index.xml': '<sitemapindex/>' });
		await expect(mergeShards(join(work, 'out-2'), [whole])).rejects.toThrow(/sitemap-index\.xml is made from the whole site; build the shard with SHARD set/);
		const indexed = site('indexed', { 'index.html': 'home', 'pagefind/pagefind.js': '' });
		await expect(mergeShards(join(work, 'out-3'), [indexed])).rejects.toThrow(/pagefind\/pagefind\.js is made from the whole site/);
	});

	it('writes only into an empty folder', async () => {
		const one = site('alone', { 'index.html': 'home' });
		const out = site('full', { 'old.html': 'stale' });
		await expect(mergeShards(out, [one])).rejects.toThrow(/is not empty/);
	});
});

describe('the sitemap', () => {
	it('lists every page at its absolute URL in number order, and no 404 page', () => {
		const dir = site('sitemap', { 'index.html': '', '404.html': '', 'A/RES/76/10/index.html': '', 'A/RES/76/2/index.html': '', 'fr/A/RES/76/2/index.html': '', 'A/RES/76/2/data.json': '' });
		expect(writeSitemap(dir, 'https://example.org/resolutions/')).toBe(4);
		const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
		expect(index).toContain('<loc>https://example.org/resolutions/sitemap-0.xml</loc>');
		const listed = [...readFileSync(join(dir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		expect(listed).toEqual([
			'https://example.org/resolutions/',
			'https://example.org/resolutions/A/RES/76/2/',
			'https://example.org/resolutions/A/RES/76/10/',
			'https://example.org/resolutions/fr/A/RES/76/2/',
		]);
	});
});
