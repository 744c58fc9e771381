/**
 * Imports UN Akoma Ntoso resolution files into content files.
 *
 *   npm run import -- <file.xml>…             writes content/resolutions/<slug>/<language>/
 *   npm run import -- --out <dir> <file.xml>…  writes under <dir> instead
 *   npm run import -- --session <folder>       imports a session's folder: one file per resolution
 *                                              and language (copies and misfiled files sorted out)
 *   npm run import -- --check <folder>         imports every .xml under <folder> without writing
 *                                              and prints what stands in the way, grouped by kind
 *
 * Before anything is written, the files are validated exactly as the build validates them
 * (Astro's frontmatter parser, the Zod schemas and the Resolution model's checks).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ContentError } from '../src/lib/content-error';
import { buildFolder, contentRoot } from '../src/lib/content-files';
import { ImportError, ImportProblem, readResolution } from '../src/lib/import/akn';
import { checkReport } from '../src/lib/import/check';
import { readSessionFolder } from '../src/lib/import/session-files';
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

/**
 * Reads every file of a folder without writing anything: the files that import cleanly, the
 * problems of the others grouped by kind and file by file, and where the languages of a
 * resolution disagree in structure (compared over the files that import cleanly).
 */
function check(folder: string): void {
	const { choices, documents } = readSessionFolder(folder);
	const structures: Structure[] = [];
	for (const choice of choices) {
		const document = documents.get(choice.file);
		// The content checks too, as `--session` runs them before it writes: what it would refuse is not clean.
		if (document && choice.problems.length === 0 && !choice.copyOf) {
			try {
				validate(contentFiles(document, basename(choice.file)), basename(choice.file));
			} catch (error) {
				if (!(error instanceof ImportError)) throw error;
				choice.problems.push(...error.problems);
			}
		}
		if (document && choice.problems.length === 0 && !choice.copyOf) structures.push(structureOf(document.facts.symbol, document.facts.language, document.blocks.map((source) => source.block), choice.file));
	}
	process.stdout.write(checkReport(folder, choices, structures));
}

/**
 * Imports a whole session folder: every file chosen (one per resolution and language), each
 * written only if it also passes the content checks; prints the files refused and why.
 */
function importSession(folder: string, root: string): number {
	const { choices, documents } = readSessionFolder(folder);
	let refused = 0;
	for (const choice of choices) {
		if (choice.copyOf) continue;
		try {
			if (choice.problems.length > 0) throw new ImportError(choice.file, choice.problems);
			const document = documents.get(choice.file)!;
			const files = contentFiles(document, basename(choice.file));
			validate(files, basename(choice.file));
			write(files, root);
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			console.error(`refused ${choice.file}: ${error.message}`);
			refused++;
		}
	}
	console.log(`${choices.length} files: ${choices.filter((c) => c.copyOf).length} copies of another, ${refused} refused, the rest imported`);
	return 0;
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
	if (args[0] === '--session') {
		if (args.length !== 2) throw new Error('usage: npm run import -- [--out <dir>] --session <folder>');
		return importSession(args[1]!, root);
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
