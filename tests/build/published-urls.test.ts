/**
 * Stable links are a promise: every URL and anchor in tests/published-urls.json is still served,
 * and every page and anchor the build makes is in the list (so that it becomes a promise too;
 * `npx tsx scripts/published-urls.ts` adds them after a build). Checked in batches.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocumentPath } from '../../src/lib/urls';
import { dist, htmlPages, inBatches } from '../support/dist';
import { isFixturePage } from '../support/fixtures';
import { resolves } from '../support/links';
import { documentAnchors, readPublished } from '../support/published';

const published = readPublished();
const listed = new Set(published.pages);

describe('published URLs', () => {
	describe.each(inBatches(published.pages, (path) => path, 2000))('pages %s', (_label, batch) => {
		it('are still served', () => {
			expect(batch.filter((path) => !resolves(path)).map((path) => `${path} is gone: restore it or add a redirect page`)).toEqual([]);
		});
	});

	describe.each(inBatches(Object.entries(published.anchors), ([path]) => path, 50))('anchors of %s', (_label, batch) => {
		it('still land', () => {
			const gone = batch.flatMap(([path, ids]) => ids.filter((id) => !resolves(path, id)).map((id) => `${path}#${id} no longer has its anchor`));
			expect(gone).toEqual([]);
		});
	});

	const built = htmlPages().map((page) => page.path).filter((path) => path !== '/404.html' && !isFixturePage(path));

	it('lists every page the build makes (but the made-up fixtures built for the tests)', () => {
		expect(built.filter((path) => !listed.has(path))).toEqual([]);
	});

	describe.each(inBatches(built.filter((path) => isDocumentPath(path) && existsSync(join(dist, path, 'data.json'))), (path) => path, 100))('document pages %s', (_label, batch) => {
		it('list every anchor they have', () => {
			const unlisted = batch.flatMap((path) => {
				const promised = new Set(published.anchors[path] ?? []);
				return documentAnchors(path).filter((id) => !promised.has(id)).map((id) => `${path}#${id}`);
			});
			expect(unlisted).toEqual([]);
		});
	});
});
