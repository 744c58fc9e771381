/**
 * Loads a folder of content files the way the build does: Astro's frontmatter parser, the
 * project's Zod schemas, then the Resolution model and its checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { buildResolutions, type ContentFile } from '../../src/lib/resolution';
import { blockSchema, type BlockData } from '../../src/schemas/block';
import { resolutionSchema, type ResolutionData } from '../../src/schemas/resolution';

export const fixtures = new URL('../fixtures/', import.meta.url).pathname;

/** Every file under `folder`, as relative path → text. */
export function readTree(folder: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(folder, path), readFileSync(path, 'utf8'));
	}
	return files;
}

/** The valid fixture with one broken case's files laid over it. */
export function brokenFixture(name: string): Map<string, string> {
	const files = readTree(join(fixtures, 'content/valid'));
	for (const [path, text] of readTree(join(fixtures, 'content/broken', name))) files.set(path, text);
	return files;
}

/** Validates and builds content files; throws the first problem, as the build would. */
export function buildFromFiles(files: Map<string, string>, root = 'content/resolutions') {
	const resolutions: ContentFile<ResolutionData>[] = [];
	const blocks: ContentFile<BlockData>[] = [];
	for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
		const filePath = `${root}/${path}`;
		const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		const isResolution = path.endsWith('/resolution.mdx');
		const result = (isResolution ? resolutionSchema : blockSchema).safeParse(frontmatter);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new Error(`${filePath}: ${issue.path.join('.')}: ${issue.message}`);
		}
		const file = { filePath, body: content.trim(), data: result.data };
		if (isResolution) resolutions.push(file as ContentFile<ResolutionData>);
		else blocks.push(file as ContentFile<BlockData>);
	}
	return buildResolutions(resolutions, blocks);
}
