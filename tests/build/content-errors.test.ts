/**
 * A malformed content file fails the real build, naming the file, the field, what was expected
 * and what was found. Each case builds a copy of the project with one file broken.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const copies: string[] = [];

function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
	const copy = mkdtempSync(join(tmpdir(), 'broken-content-'));
	copies.push(copy);
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	writeFileSync(join(copy, file), edit(readFileSync(join(copy, file), 'utf8')));
	const result = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
	for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

const pp3 = 'content/resolutions/a-res-76-299/en/pp3.mdx';
const pp5 = 'content/resolutions/a-res-76-299/en/pp5.mdx';

describe('the build refuses broken content', () => {
	it('fails on a frontmatter field of the wrong kind, naming file and field', () => {
		const { status, output } = buildWith(pp3, (text) => text.replace('kind: preambular', 'kind: preamble'));
		expect(status).not.toBe(0);
		expect(output).toContain(pp3);
		expect(output).toMatch(/kind.*Expected 'preambular' \| 'operative'( \| '[a-z]+')*, received 'preamble'/);
	});

	it('fails on a body that does not begin with its lead phrase, naming file and field', () => {
		const { status, output } = buildWith(pp5, (text) => text.replace('*Recalling* its', 'Recalling its'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${pp5}: body: expected to begin with the lead phrase in italics, *Recalling*`);
		expect(output).toContain('found "Recalling its resolution 73/33…"');
	});
});
