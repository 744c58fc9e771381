/**
 * Reads content the one way the build does (src/lib/content-files.ts through src/lib/content.ts):
 * every language folder with `loadFolder()` (Astro's frontmatter parser, the Zod schemas, the
 * block reader and the Resolution model's checks), then `checkPlace()`. A tree of files made in a
 * test is laid out in a temporary folder and read from there, so that nothing is read differently.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { checkPlace, loadResolutions, readingOrder } from '../../src/lib/content';
import { ContentError } from '../../src/lib/content-error';
import { contentFolders, contentRoot, loadFolder } from '../../src/lib/content-files';
import type { Resolution } from '../../src/lib/resolution';
import { nextTurn } from './turn';

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

/** The valid fixture (tests/fixtures/content/valid) with one broken case's files laid over it. */
export function brokenFixture(name: string): Map<string, string> {
	const files = readTree(join(fixtures, 'content/valid'));
	for (const [path, text] of readTree(join(fixtures, 'content/broken', name))) files.set(path, text);
	return files;
}

/**
 * Builds a tree of content files (paths from the content root: `a-res-99-1/en/op1.mdx`) as the
 * build builds content/resolutions/: `loadResolutions()` over a temporary copy. Throws the first
 * problem, as the build would.
 */
export function buildFromFiles(files: ReadonlyMap<string, string>): Resolution[] {
	const root = mkdtempSync(join(tmpdir(), 'content-'));
	try {
		for (const [path, text] of files) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		try {
			return loadResolutions(root, () => true);
		} catch (error) {
			// Name files from the content root, as the build's errors name them from the project root.
			if (!(error instanceof ContentError)) throw error;
			const fromRoot = (text: string) => text.replaceAll(`${root}/`, '');
			throw new ContentError(fromRoot(error.file), error.field, fromRoot(error.expected), fromRoot(error.found));
		}
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The error building `files` fails with: its file (from the content root), field, expectation and finding. */
export function contentError(files: ReadonlyMap<string, string>): Pick<ContentError, 'file' | 'field' | 'expected' | 'found'> {
	try {
		buildFromFiles(files);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { file: error.file, field: error.field, expected: error.expected, found: error.found };
	}
	throw new Error('the content built without an error');
}

/** The committed content of one resolution in one language (`a-res-76-299`, `fr`), read as the build reads it. */
export function loadContent(slug: string, language: string): Resolution {
	return checkPlace(loadFolder(join(contentRoot, slug, language)), slug, language);
}

/**
 * Every resolution of content/resolutions/ (the published content, without the made-up fixtures),
 * read as the build reads it, twenty resolutions at a time with a turn of the event loop between:
 * read in one go, the session takes most of a minute (tests/support/turn.ts says why that fails).
 */
export async function loadPublishedContent(): Promise<Resolution[]> {
	const slugs = [...new Set(contentFolders(contentRoot).map(({ slug }) => slug))];
	const loaded: Resolution[] = [];
	for (let start = 0; start < slugs.length; start += 20) {
		const batch = new Set(slugs.slice(start, start + 20));
		loaded.push(...loadResolutions(contentRoot, (slug) => batch.has(slug)));
		await nextTurn();
	}
	return loaded.sort(readingOrder);
}
