/**
 * Reads content files from disk the one way the build, the importer and the tests all read them:
 * Astro's own frontmatter parser, the Zod schemas (an error names the file and the field), then
 * the Resolution model and its checks. The files are MDX read with MDX's grammar, not compiled:
 * tens of thousands of paragraph files would otherwise each become a module for Vite to build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { blockSchema, type BlockData } from '../schemas/block';
import { resolutionSchema, type ResolutionData } from '../schemas/resolution';
import { cachedBuild } from './content-cache';
import { ContentError } from './content-error';
import { buildResolution, type ContentFile, type Resolution } from './resolution';

/** Where resolutions are authored, from the project root: `<slug>/<language>/*.mdx`. */
export const contentRoot = 'content/resolutions';

/** The name of a resolution's own file in its language folder; every other `.mdx` there is a block. */
export const resolutionFileName = 'resolution.mdx';

/** Validates one content file's frontmatter against its schema; its body is kept raw. */
export function readContentFile(filePath: string, text: string): { resolution: ContentFile<ResolutionData> } | { block: ContentFile<BlockData> } {
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		throw new ContentError(filePath, 'frontmatter', 'valid YAML between --- lines', String((error as Error).message).split('\n')[0]!);
	}
	const isResolution = filePath.endsWith(`/${resolutionFileName}`);
	const result = (isResolution ? resolutionSchema : blockSchema).safeParse(parsed.frontmatter);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new ContentError(filePath, issue.path.join('.') || 'frontmatter', 'frontmatter that matches the schema', issue.message);
	}
	const file = { filePath, body: parsed.content.trim(), data: result.data };
	return isResolution ? { resolution: file as ContentFile<ResolutionData> } : { block: file as ContentFile<BlockData> };
}

/** Builds one language folder of files (path → text, paths from the project root). */
export function buildFolder(files: ReadonlyMap<string, string>): Resolution {
	let resolution: ContentFile<ResolutionData> | undefined;
	const blocks: ContentFile<BlockData>[] = [];
	let folder = '';
	for (const [filePath, text] of files) {
		folder = filePath.replace(/\/[^/]*$/, '');
		if (!filePath.endsWith('.mdx') && !filePath.endsWith('.md')) continue;
		const read = readContentFile(filePath, text);
		if ('resolution' in read) resolution = read.resolution;
		else blocks.push(read.block);
	}
	if (!resolution) {
		const [first] = blocks;
		throw new ContentError(first?.filePath ?? folder, 'location', `a ${resolutionFileName} in ${folder}/ beside it`, 'none');
	}
	return buildResolution(resolution, blocks);
}

/** Reads one language folder from disk; an unchanged folder comes from the content cache (src/lib/content-cache.ts). */
export function loadFolder(folder: string): Resolution {
	const files = new Map<string, string>();
	for (const name of readdirSync(folder).sort()) {
		if (name.endsWith('.mdx') || name.endsWith('.md')) files.set(join(folder, name), readFileSync(join(folder, name), 'utf8'));
	}
	// An empty folder has no file to name: name the folder.
	if (files.size === 0) throw new ContentError(folder, 'location', `a ${resolutionFileName} and its blocks in ${folder}/`, 'no content files');
	return cachedBuild(files, () => buildFolder(files));
}

/** The language folders of every resolution under `root`, as `{ slug, language, folder }`, sorted. */
export function contentFolders(root = contentRoot): { slug: string; language: string; folder: string }[] {
	const folders: { slug: string; language: string; folder: string }[] = [];
	for (const slug of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
		for (const language of readdirSync(join(root, slug), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
			folders.push({ slug, language, folder: join(root, slug, language) });
		}
	}
	return folders;
}
