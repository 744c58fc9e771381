/**
 * Every session, from the UN's files as received (content/un-files/<session>.tar.xz, unpacked
 * once into a temporary folder), one test per committed language folder:
 *
 *   - the files of the archive are chosen as `npm run import -- --session` chooses them (one per
 *     resolution and language: src/lib/import/session-files.ts), and the files refused are
 *     exactly those listed below, each for its reason;
 *   - re-importing the UN file a folder's resolution.mdx names reads every word of it (the
 *     independent completeness check of src/lib/import/completeness.ts finds nothing lost or
 *     changed, and nothing else stands in the way) and writes exactly the committed bytes, and
 *     the folder holds nothing else: the English of A/RES/76/299, authored by hand, too;
 *   - the folder builds as the build builds it (`loadFolder()`, then content.ts's `checkPlace()`),
 *     every anchor (blocks, sub-paragraphs, rows, footnotes) used once.
 *
 * The last tests check that every file chosen was imported into a folder, and that nothing lies
 * outside the language folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlace } from '../../src/lib/content';
import { buildFolder, contentFolders, contentRoot, loadFolder } from '../../src/lib/content-files';
import { ContentError } from '../../src/lib/content-error';
import type { ImportedDocument } from '../../src/lib/import/akn';
import { contentFiles } from '../../src/lib/import/content';
import { readSessionFolder } from '../../src/lib/import/session-files';
import { plainText, type Inline } from '../../src/lib/inline';
import type { AnchoredPoint } from '../../src/lib/resolution';

/** What each archive holds and what of it is not imported, as `npm run import -- --check` reports it. */
const sessions = [
	{
		archive: '75session',
		files: 1933,
		folders: 1917,
		copies: [['English/75_274_F.xml', 'French/75_274_F.xml']],
		refused: {
			'Arabic/75_101A-B_A.xml': 'text lost or changed',
			'Arabic/75_222_A.xml': 'text lost or changed',
			'Arabic/75_243_A.xml': 'text lost or changed',
			'Arabic/A_RES_75_293-2108996A.xml': 'table cell structure',
			'Chinese/75_205_C.xml': 'several <p> in a preamble container',
			'Chinese/75_269_C.xml': 'cover symbol and printed number disagree',
			'Chinese/75_274_C.xml': 'file in the wrong language folder',
			'Chinese/75_326_C.xml': 'point without <num>',
			'English/75_254_E.xml': 'table cell structure',
			'English/75_326_E.xml': 'point without <num>',
			'French/75_326_F.xml': 'point without <num>',
			'Russian/75_326_R.xml': 'point without <num>',
			'Russian/75_57_R.xml': 'missing <conclusions>',
			'Spanish/75_326_S.xml': 'point without <num>',
			'Spanish/75_327_S.xml': 'cover: agenda item',
		} as Record<string, string>,
	},
	{ archive: '76session', files: 1849, folders: 1848, copies: [['Arabic/A_RES_76_253-2203840C.xml', 'Chinese/A_RES_76_253-2203840C.xml']], refused: {} as Record<string, string> },
	{
		archive: '77session',
		files: 2063,
		folders: 2043,
		copies: [['Chinese/A_RES_77_336-2317569A.xml', 'Arabic/A_RES_77_336-2317569A.xml']],
		refused: {
			'Arabic/A_RES_77_122-2228488A.xml': 'several <p> in a preamble container',
			'Arabic/A_RES_77_126-2228505A.xml': 'footnote marker left in the text',
			'Arabic/A_RES_77_256 A-B-2300172A.xml': 'paragraph with crossHeading',
			'Arabic/A_RES_77_261-2300156A.xml': 'missing <conclusions>',
			'Arabic/A_RES_77_293-A.xml': 'recorded vote count',
			'Chinese/A_RES_77_114-2228280C.xml': 'link to an unknown address',
			'Chinese/A_RES_77_146-2228528C.xml': 'vote',
			'Chinese/A_RES_77_256 A-B-2300172C.xml': 'paragraph with subheading,content',
			'Chinese/A_RES_77_293-C.xml': 'recorded vote count',
			'English/A_RES_77_256 A-B-2300172E.xml': 'paragraph with subheading,content',
			'English/A_RES_77_293-E.xml': 'recorded vote count',
			'French/A_RES_77_256 A-B-2300172F.xml': 'paragraph with subheading,content',
			'French/A_RES_77_293-F.xml': 'recorded vote count',
			'Russian/A_RES_77_293-R.xml': 'recorded vote count',
			'Spanish/A_RES_77_100-2228244S.xml': 'element <subheading> in text',
			'Spanish/A_RES_77_104-2228250S.xml': 'annex <preamble>',
			'Spanish/A_RES_77_256 A-B-2300172S.xml': 'paragraph with subheading,content',
			'Spanish/A_RES_77_293-S.xml': 'recorded vote count',
		} as Record<string, string>,
		/** Read cleanly, refused by the content checks `--session` runs before it writes (the Arabic 77/264 A-C prints parts A and B's meeting as a paragraph). */
		contentRefused: { 'Arabic/A_RES_77_264 A-C-2300152A.xml': 'adopted.meeting' } as Record<string, string>,
	},
];

const unpacked = mkdtempSync(join(tmpdir(), 'un-sessions-'));
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

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

/** A file chosen for import: its session and what the importer read. */
interface Chosen {
	archive: string;
	file: string;
	document: ImportedDocument;
}

/** Each archive unpacked, read and chosen as `npm run import -- --session` does. */
const readSessions = sessions.map((session) => {
	execFileSync('tar', ['-xJf', new URL(`../../content/un-files/${session.archive}.tar.xz`, import.meta.url).pathname, '-C', unpacked]);
	const { choices, documents } = readSessionFolder(join(unpacked, session.archive));
	const xmlFiles = choices.map((choice) => choice.file);
	const contentRefused: Record<string, string> = 'contentRefused' in session ? session.contentRefused : {};
	return { ...session, xmlFiles, choices, documents, contentRefused, chosen: choices.filter((c) => !c.copyOf && c.problems.length === 0 && !(c.file in contentRefused)).map((c): Chosen => ({ archive: session.archive, file: c.file, document: documents.get(c.file)! })) };
});

/** The chosen files by name, as resolution.mdx names its source (names are unique across the archives). */
const byName = new Map<string, Chosen[]>();
for (const session of readSessions) for (const chosen of session.chosen) byName.set(basename(chosen.file), [...(byName.get(basename(chosen.file)) ?? []), chosen]);

/** The UN file a folder was imported from, as its resolution.mdx names it (the importer writes the name). */
const sourceOf = (folder: string): string | undefined => /^# \((.+?)\) and DGACM/mu.exec(readIfThere(join(folder, 'resolution.mdx')) ?? '')?.[1];

const folders = contentFolders();
/** The UN file each folder's test imported, by folder. */
const importedFrom = new Map<string, Chosen>();

const pointAnchors = (points: readonly AnchoredPoint[]): string[] => points.flatMap((point) => [point.anchor, ...pointAnchors(point.points)]);

describe.each(readSessions)('the archive $archive', (session) => {
	it(`holds ${session.files} files: one refused for each reason listed, the copies set aside, the rest chosen`, () => {
		expect(session.xmlFiles).toHaveLength(session.files);
		const refused = Object.fromEntries(session.choices.filter((c) => c.problems.length > 0).map((c) => [c.file, c.problems[0]!.kind]));
		expect(refused).toEqual(session.refused);
		expect(session.choices.filter((c) => c.copyOf).map((c) => [c.file, c.copyOf])).toEqual(session.copies);
		expect(session.chosen).toHaveLength(session.folders);
	});

	it.each(Object.entries(session.contentRefused))('%s reads cleanly but fails the content checks, at %s', (file, field) => {
		const document = session.documents.get(file)!;
		expect(session.choices.find((choice) => choice.file === file)?.problems).toEqual([]);
		const files = contentFiles(document, basename(file));
		const build = () => buildFolder(new Map([...files].map(([path, text]) => [`${contentRoot}/${path}`, text])));
		expect(build).toThrow(ContentError);
		expect(build).toThrow(field);
	});
});

describe('every language folder', () => {
	it('comes from one chosen file of an archive', () => {
		expect(folders).toHaveLength(sessions.reduce((n, s) => n + s.folders, 0));
		expect([...byName.values()].filter((files) => files.length > 1)).toEqual([]);
	});

	it.each(folders.map((entry) => [`${entry.slug}/${entry.language}`, entry] as const))('%s: re-imported to the same bytes, every word read; it builds, its anchors unique', (_, { slug, language, folder }) => {
		const name = sourceOf(folder);
		expect(name, `${folder}/resolution.mdx names its UN file`).toBeDefined();
		const [source] = byName.get(name!) ?? [];
		expect(source, `${name} chosen in an archive`).toBeDefined();
		importedFrom.set(`${slug}/${language}`, source!);

		const files = contentFiles(source!.document, name!);
		for (const [path, text] of files) {
			expect(path.startsWith(`${slug}/${language}/`), `${source!.file} writes ${path}`).toBe(true);
			expect(firstDifference(readIfThere(join(contentRoot, path)), text), path).toBeUndefined();
		}
		expect(filesUnder(folder).filter((path) => !files.has(`${slug}/${language}/${path}`)), `${folder}: files the import does not write`).toEqual([]);

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

	it('every file chosen in the archives imported into one folder', () => {
		expect(importedFrom.size).toBe(folders.length);
		const used = new Set([...importedFrom.values()].map((chosen) => `${chosen.archive}/${chosen.file}`));
		expect(readSessions.flatMap((session) => session.chosen.map((chosen) => `${chosen.archive}/${chosen.file}`)).filter((file) => !used.has(file))).toEqual([]);
	});

	it('the authored English of A/RES/76/299 is among them, as the importer writes it', () => {
		expect(importedFrom.get('a-res-76-299/en')?.file).toBe('English/A_RES_76_299-2211873E.xml');
		expect(filesUnder(join(contentRoot, 'a-res-76-299/en'))).toHaveLength(31);
	});

	it('nothing lies outside the language folders', () => {
		const inFolders = new Set(folders.map(({ slug, language }) => `${slug}/${language}`));
		expect(filesUnder(contentRoot).filter((path) => !inFolders.has(dirname(path)))).toEqual([]);
	});
});
