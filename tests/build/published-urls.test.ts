/**
 * Stable links are a promise: every URL and anchor in tests/published-urls.json is still served,
 * and every page the build makes is in the list (so that it becomes a promise too).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { isFixturePage } from '../support/fixtures';
import { resolves } from '../support/links';

const published = JSON.parse(readFileSync(new URL('../published-urls.json', import.meta.url), 'utf8')) as {
	pages: string[];
	anchors: Record<string, string[]>;
};

describe('published URLs', () => {
	it.each(published.pages)('%s is still served', (path) => {
		expect(resolves(path), `${path} is gone: restore it or add a redirect page`).toBe(true);
	});

	it.each(Object.entries(published.anchors).flatMap(([path, ids]) => ids.map((id) => `${path}#${id}`)))('%s still lands', (url) => {
		const [path, id] = url.split('#') as [string, string];
		expect(resolves(path, id), `${url} no longer has its anchor`).toBe(true);
	});

	it('lists every page the build makes (but the made-up fixtures built for the tests)', () => {
		const built = htmlPages()
			.map((page) => page.path)
			.filter((path) => path !== '/404.html' && !isFixturePage(path));
		expect(built.filter((path) => !published.pages.includes(path))).toEqual([]);
	});
});
