/**
 * The content cache (src/lib/content-cache.ts) may only ever save time: a folder read from it is
 * the folder read afresh, any change to a file is seen at once, a broken entry is rebuilt, and a
 * content error is reported every time, never remembered as a result.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheStats } from '../../src/lib/content-cache';
import { loadFolder } from '../../src/lib/content-files';

const work = mkdtempSync(join(tmpdir(), 'content-cache-'));
const cache = join(work, 'cache');
const folder = join(work, 'a-res-76-299', 'en');
const savedSetting = process.env.CONTENT_CACHE;

beforeEach(() => {
	process.env.CONTENT_CACHE = cache;
	rmSync(cache, { recursive: true, force: true });
	rmSync(join(work, 'a-res-76-299'), { recursive: true, force: true });
	cpSync('content/resolutions/a-res-76-299/en', folder, { recursive: true });
});

afterAll(() => {
	if (savedSetting === undefined) delete process.env.CONTENT_CACHE;
	else process.env.CONTENT_CACHE = savedSetting;
	rmSync(work, { recursive: true, force: true });
});

const stats = () => ({ ...cacheStats });

describe('the content cache', () => {
	it('serves a folder read before exactly as it reads afresh', () => {
		const before = stats();
		const first = loadFolder(folder);
		const second = loadFolder(folder);
		expect(stats()).toEqual({ hits: before.hits + 1, misses: before.misses + 1 });
		process.env.CONTENT_CACHE = 'off';
		expect(second).toEqual(loadFolder(folder));
		expect(second).toEqual(first);
		expect(second).not.toBe(first);
	});

	it('sees a changed word at once: the entry is keyed by the bytes of every file', () => {
		loadFolder(folder);
		const file = join(folder, 'op5.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('living resources', 'marine resources'));
		const changed = loadFolder(folder);
		const op5 = changed.paragraphs.find((paragraph) => paragraph.anchor === 'op5')!;
		expect(JSON.stringify(op5.content)).toContain('marine resources');
		expect(JSON.stringify(op5.content)).not.toContain('living resources');
	});

	it('rebuilds an entry it cannot read instead of failing', () => {
		const fresh = loadFolder(folder);
		const [entry] = readdirSync(cache);
		writeFileSync(join(cache, entry!), 'not a serialised model');
		const before = stats();
		expect(loadFolder(folder)).toEqual(fresh);
		expect(stats().misses).toBe(before.misses + 1);
	});

	it('never remembers an error: a broken file fails with its message every time', () => {
		loadFolder(folder);
		const file = join(folder, 'op5.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('kind: operative', 'kind: [operative'));
		expect(() => loadFolder(folder)).toThrow(/op5\.mdx/);
		expect(() => loadFolder(folder)).toThrow(/op5\.mdx/);
	});

	it('is not used with CONTENT_CACHE=off', () => {
		process.env.CONTENT_CACHE = 'off';
		const before = stats();
		loadFolder(folder);
		loadFolder(folder);
		expect(stats()).toEqual(before);
		expect(() => readdirSync(cache)).toThrow();
	});
});
