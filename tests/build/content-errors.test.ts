/**
 * A malformed content file fails the real build, naming the file, the field, what was expected
 * and what was found. Each case builds a copy of the project with one file broken.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../support/astro-build';

const root = new URL('../../', import.meta.url).pathname;
const copies: string[] = [];

/**
 * Builds a copy of the project with `file` edited, and of the content only that file's
 * resolution. The lock file comes too, so the copy shares the content cache
 * (src/lib/content-cache.ts) and only the broken folder is read afresh.
 */
async function buildWith(file: string, edit: (text: string) => string): Promise<BuildResult> {
	const copy = mkdtempSync(join(tmpdir(), 'broken-content-'));
	copies.push(copy);
	// Only the broken file's resolution: the build reads and checks content before it renders
	// anything, and copying the whole session's 95,000 files took most of a minute.
	const resolution = /^content\/resolutions\/[^/]+/.exec(file)![0];
	for (const entry of ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'content/pages', resolution, 'public']) {
		await cp(join(root, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
	return astroBuild(copy);
}

afterAll(() => {
	for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** Copying the project and failing its build takes some seconds, more on a busy two-core machine: more than Vitest's default. */
const buildTimeout = 5 * 60_000;

const pp3 = 'content/resolutions/a-res-76-299/en/pp3.mdx';
const pp5 = 'content/resolutions/a-res-76-299/en/pp5.mdx';

describe('the build refuses broken content', () => {
	it('fails on a frontmatter field of the wrong kind, naming file and field', async () => {
		const { status, output } = await buildWith(pp3, (text) => text.replace('kind: preambular', 'kind: preamble'));
		expect(status).not.toBe(0);
		expect(output).toContain(pp3);
		expect(output).toMatch(/kind.*Expected 'preambular' \| 'operative'( \| '[a-z]+')*, received 'preamble'/);
	}, buildTimeout);

	it('fails on a body that does not begin with its lead phrase, naming file and field', async () => {
		const { status, output } = await buildWith(pp5, (text) => text.replace('*Recalling* its', 'Recalling its'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${pp5}: body: expected to begin with the lead phrase in italics, *Recalling*`);
		expect(output).toContain('found "Recalling its resolution 73/33…"');
	}, buildTimeout);
});
