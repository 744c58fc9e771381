/**
 * The whole 76th session, from the UN's files as received (content/un-files/76session.tar.xz,
 * unpacked once into a temporary folder), one test per committed language folder:
 *
 *   - re-importing the UN file its resolution.mdx names, as `npm run import` does (the file's
 *     name as its label), reads every word of it (the independent completeness check of
 *     src/lib/import/completeness.ts finds nothing lost or changed, and nothing else stands in
 *     the way) and writes exactly the committed bytes, and the folder holds nothing else: the
 *     English of A/RES/76/299, authored by hand, too;
 *   - the folder builds as the build builds it (`loadFolder()`, then content.ts's `checkPlace()`),
 *     every anchor (blocks, sub-paragraphs, rows, footnotes) used once.
 *
 * The last tests check that every one of the 1,849 files of the archive was imported into a
 * folder, and that nothing lies outside the language folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlace } from '../../src/lib/content';
import { contentFolders, contentRoot, loadFolder } from '../../src/lib/content-files';
import { readDocument } from '../../src/lib/import/akn';
import { contentFiles } from '../../src/lib/import/content';
import { plainText, type Inline } from '../../src/lib/inline';
import type { AnchoredPoint } from '../../src/lib/resolution';

const unpacked = mkdtempSync(join(tmpdir(), 'un-76session-'));
execFileSync('tar', ['-xJf', new URL('../../content/un-files/76session.tar.xz', import.meta.url).pathname, '-C', unpacked]);
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

const session = join(unpacked, '76session');
const xmlFiles = readdirSync(session, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
	.map((entry) => relative(session, join(entry.parentPath, entry.name)))
	.sort();

/** Every file under `folder`, as paths relative to it. */
const filesUnder = (folder: string): string[] =>
	readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();

/** Where two texts first part, line by line: short enough to read in a failure. */
function firstDifference(committed: string | undefined, imported: string): { line: number; committed: string | undefined; imported: string | undefined } | undefined {
	if (committed === imported) return undefined;
	if (committed === undefined) return { line: 0, committed: 'no such file', imported: imported.slice(0, 120) };
	const a = committed.split('\n');
	const b = imported.split('\n');
	const line = a.findIndex((text, index) => text !== b[index]);
	const at = line < 0 ? a.length : line;
	return { line: at + 1, committed: a[at]?.slice(0, 200), imported: b[at]?.slice(0, 200) };
}

const readIfThere = (path: string): string | undefined => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
};

/** The archive's files by name: the Chinese file of 76/253 is also filed under Arabic/. */
const byName = new Map<string, string[]>();
for (const file of xmlFiles) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);

/** The UN file a folder was imported from, as its resolution.mdx names it (the importer writes the name). */
const sourceOf = (folder: string): string | undefined => /^# \((.+?)\) and DGACM/mu.exec(readIfThere(join(folder, 'resolution.mdx')) ?? '')?.[1];

const folders = contentFolders();
/** The UN files each folder's test imported, by folder. */
const importedFrom = new Map<string, string[]>();

const pointAnchors = (points: readonly AnchoredPoint[]): string[] => points.flatMap((point) => [point.anchor, ...pointAnchors(point.points)]);

describe('every language folder of the session', () => {
	it('1,848 folders from the 1,849 files of the archive', () => {
		expect(folders).toHaveLength(1848);
		expect(xmlFiles).toHaveLength(1849);
	});

	it.each(folders.map((entry) => [`${entry.slug}/${entry.language}`, entry] as const))('%s: re-imported to the same bytes, every word read; it builds, its anchors unique', (_, { slug, language, folder }) => {
		const name = sourceOf(folder);
		expect(name, `${folder}/resolution.mdx names its UN file`).toBeDefined();
		const sources = byName.get(name!) ?? [];
		expect(sources, `${name} in the archive`).not.toEqual([]);
		importedFrom.set(`${slug}/${language}`, sources);

		for (const file of sources) {
			const { document, problems } = readDocument(readFileSync(join(session, file), 'utf8'), name!);
			// The independent completeness check (completeness.ts): the file's words against the imported document's.
			expect(problems.filter((problem) => problem.kind === 'text lost or changed').map((problem) => problem.message), file).toEqual([]);
			expect(problems.map((problem) => problem.message), file).toEqual([]);
			const files = contentFiles(document!, name!);
			for (const [path, text] of files) {
				expect(path.startsWith(`${slug}/${language}/`), `${file} writes ${path}`).toBe(true);
				expect(firstDifference(readIfThere(join(contentRoot, path)), text), path).toBeUndefined();
			}
			expect(filesUnder(folder).filter((path) => !files.has(`${slug}/${language}/${path}`)), `${folder}: files the import does not write`).toEqual([]);
		}

		const resolution = checkPlace(loadFolder(folder), slug, language);
		const anchors = [
			...resolution.blocks.flatMap((block) => [block.anchor, ...(block.type === 'paragraph' ? pointAnchors(block.points) : []), ...(block.type === 'table' ? block.rowAnchors : [])]),
			...resolution.footnotes.flatMap((footnote) => [footnote.anchor, footnote.refAnchor]),
		];
		expect(anchors.filter((anchor, index) => anchors.indexOf(anchor) !== index)).toEqual([]);
		expect(resolution.blocks.length).toBeGreaterThan(0);
		// A heading reads its number once ("V. Addressing…", not "V. V. Addressing…": 76/258 in English and Russian).
		const twice = resolution.blocks.filter((block) => (block.type === 'heading' || block.type === 'section') && block.num && `${plainText(block.content)} `.startsWith(`${block.num} `));
		expect(twice.map((block) => `${block.anchor}: ${plainText((block as { content: Inline[] }).content).slice(0, 60)}`)).toEqual([]);
	});

	it('every file of the archive imported into one folder; the Chinese 76/253, also under Arabic/, gives the same bytes', () => {
		expect(importedFrom.size).toBe(folders.length);
		const used = [...importedFrom.values()].flat().sort();
		expect(xmlFiles.filter((file) => !used.includes(file))).toEqual([]);
		expect([...importedFrom].filter(([, sources]) => sources.length > 1)).toEqual([['a-res-76-253/zh', ['Arabic/A_RES_76_253-2203840C.xml', 'Chinese/A_RES_76_253-2203840C.xml']]]);
		expect(used).toHaveLength(1849);
	});

	it('the authored English of A/RES/76/299 is among them, as the importer writes it', () => {
		expect(importedFrom.get('a-res-76-299/en')).toEqual(['English/A_RES_76_299-2211873E.xml']);
		expect(filesUnder(join(contentRoot, 'a-res-76-299/en'))).toHaveLength(31);
	});

	it('nothing lies outside the language folders', () => {
		const inFolders = new Set(folders.map(({ slug, language }) => `${slug}/${language}`));
		expect(filesUnder(contentRoot).filter((path) => !inFolders.has(dirname(path)))).toEqual([]);
	});
});
