/**
 * Imports UN Akoma Ntoso resolution files into content files.
 *
 *   npm run import -- <file.xml>…             writes content/resolutions/<slug>/<language>/
 *   npm run import -- --out <dir> <file.xml>…  writes under <dir> instead
 *   npm run import -- --check <folder>         imports every .xml under <folder> without writing
 *                                              and prints what stands in the way, grouped by kind
 *
 * Before anything is written, the files are validated exactly as the build validates them
 * (Astro's frontmatter parser, the Zod schemas and the Resolution model's checks).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { ContentError } from '../src/lib/content-error';
import { buildFolder, contentRoot } from '../src/lib/content-files';
import { ImportError, ImportProblem, readDocument, readResolution } from '../src/lib/import/akn';
import { checkReport, type CheckedFile } from '../src/lib/import/check';
import { structureOf, type Structure } from '../src/lib/import/disagreement';
import { contentFiles } from '../src/lib/import/content';

/** Imports one file into content files (path relative to the content root → text), validated. */
function importFile(path: string, label = basename(path)): Map<string, string> {
	const resolution = readResolution(readFileSync(path, 'utf8'), label);
	const files = contentFiles(resolution, basename(path));
	validate(files, label);
	return files;
}

/** Validates generated files exactly as the build reads them; a failure is an import problem, not a crash. */
function validate(files: Map<string, string>, label: string): void {
	try {
		buildFolder(new Map([...files].map(([path, text]) => [`${contentRoot}/${path}`, text])));
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ImportError(label, [new ImportProblem(`content check: ${error.field.replace(/[0-9]+/gu, 'N')}`, label, `${error.file} ${error.field}`, error.expected, error.found)]);
	}
}

function write(files: Map<string, string>, root: string): void {
	const folders = new Set([...files.keys()].map((path) => dirname(path)));
	for (const folder of folders) {
		mkdirSync(join(root, folder), { recursive: true });
		// The folder holds exactly what was imported: a paragraph left from an older import would be published.
		for (const name of readdirSync(join(root, folder))) {
			if (name.endsWith('.mdx') && !files.has(`${folder}/${name}`)) {
				rmSync(join(root, folder, name));
				console.log(`removed ${join(root, folder, name)}`);
			}
		}
	}
	for (const [path, text] of files) writeFileSync(join(root, path), text);
	for (const folder of folders) console.log(`wrote ${join(root, folder)}/ (${[...files.keys()].filter((p) => dirname(p) === folder).length} files)`);
}

function xmlFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * Reads every file of a folder without writing anything: the files that import cleanly, the
 * problems of the others grouped by kind, and where the languages of a resolution disagree in
 * structure (compared over the files that import cleanly).
 */
function check(folder: string): void {
	const results: CheckedFile[] = [];
	const structures: Structure[] = [];
	for (const path of xmlFiles(folder)) {
		const file = relative(folder, path);
		try {
			const { document, problems } = readDocument(readFileSync(path, 'utf8'), file);
			results.push({ file, problems });
			if (document && problems.length === 0) structures.push(structureOf(document.facts.symbol, document.facts.language, document.blocks.map((source) => source.block), file));
		} catch (error) {
			// Never a crash: anything unexpected is a reason of its own, still grouped.
			results.push({ file, problems: [{ kind: `importer failure: ${(error as Error).message.slice(0, 80)}`, field: '' }] });
		}
	}
	process.stdout.write(checkReport(folder, results, structures));
}

function main(args: string[]): number {
	if (args[0] === '--check') {
		if (args.length !== 2) throw new Error('usage: npm run import -- --check <folder>');
		check(args[1]!);
		return 0;
	}
	let root = contentRoot;
	if (args[0] === '--out') {
		root = args[1] ?? '';
		args = args.slice(2);
	}
	if (args.length === 0 || root === '') {
		console.error('usage: npm run import -- [--out <dir>] <file.xml>…  |  npm run import -- --check <folder>');
		return 2;
	}
	let failed = false;
	for (const path of args) {
		try {
			write(importFile(path), root);
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			console.error(error.message);
			failed = true;
		}
	}
	return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
