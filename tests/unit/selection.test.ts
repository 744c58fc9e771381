/**
 * `RESOLUTIONS` limits a build to some resolutions: by symbol, by content folder, by a range of
 * numbers in a session, or by session, so that a site can be built in shards. Every published
 * folder must fall in exactly one shard of a split, and a selection that cannot be read fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { selectedSlugs, slugNumber } from '../../src/lib/content';
import { contentRoot } from '../../src/lib/content-files';

const published = readdirSync(contentRoot);
const chosen = (selection: string) => published.filter(selectedSlugs(selection));

describe('RESOLUTIONS', () => {
	it('selects everything when unset or empty', () => {
		expect(chosen('')).toEqual(published);
		expect(published.filter(selectedSlugs(undefined))).toEqual(published);
	});

	it('selects by symbol and by content folder', () => {
		expect(chosen('A/RES/76/299,a-res-76-1')).toEqual(['a-res-76-1', 'a-res-76-299']);
		expect(chosen('A/RES/76/84 A-B')).toEqual(['a-res-76-84a-b']);
		expect(chosen('a-res-76-84a-b')).toEqual(['a-res-76-84a-b']);
	});

	it('reads the session and number from a folder name, parts and emergency sessions included', () => {
		expect(slugNumber('a-res-76-84a-b')).toEqual({ session: '76', number: 84 });
		expect(slugNumber('a-res-76-235b')).toEqual({ session: '76', number: 235 });
		expect(slugNumber('a-res-es-11-1')).toEqual({ session: 'es-11', number: 1 });
		expect(slugNumber('a-res-76-299')).toEqual({ session: '76', number: 299 });
	});

	it('selects a range of numbers, parts of a numbered resolution with it', () => {
		expect(chosen('A/RES/76/83-85')).toEqual(['a-res-76-83', 'a-res-76-84a-b', 'a-res-76-85']);
		expect(chosen('A/RES/76/235-235')).toEqual(['a-res-76-235', 'a-res-76-235b']);
		expect(chosen('A/RES/ES-11/1-4')).toEqual(['a-res-es-11-1', 'a-res-es-11-4']);
	});

	it('selects a whole session', () => {
		const session = chosen('A/RES/76/*');
		expect(session.length).toBe(published.filter((slug) => slug.startsWith('a-res-76-')).length);
		expect(session.every((slug) => slug.startsWith('a-res-76-'))).toBe(true);
		expect(chosen('A/RES/ES-11/*')).toEqual(['a-res-es-11-1', 'a-res-es-11-4', 'a-res-es-11-6']);
	});

	it('splits the sessions into shards that together hold every folder exactly once (the workflow builds one per session)', () => {
		// The shards of the publishing workflow's matrix, as written there.
		const workflow = readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8');
		const matrix = JSON.parse(/^\s+shard: (\[.*\])$/m.exec(workflow)![1]!.replace(/'/g, '"')) as string[];
		expect(matrix).toHaveLength(3);
		expect(matrix.map(chosen).flat().sort()).toEqual([...published].sort());
		const shards = ['A/RES/76/1-150,A/RES/ES-11/*', 'A/RES/76/151-400', 'A/RES/75/*,A/RES/S-32/*', 'A/RES/77/*'].map(chosen);
		expect(shards.every((shard) => shard.length > 100)).toBe(true);
		expect(shards.flat().sort()).toEqual([...published].sort());
	});

	it('fails on a selection it cannot read', () => {
		expect(() => selectedSlugs('A/RES/76/150-1')).toThrow(/lower number first/);
		expect(() => selectedSlugs('A/RES/*/1')).toThrow(/not a symbol, a content folder, a range/);
	});
});
