/**
 * Which files of a session folder are imported: one per resolution and language. The UN's
 * folders are not always tidy: a file can be filed under another language's folder, as a copy
 * of the file in its own folder (the Chinese 76/253 also under Arabic/; the French 75/274 also
 * under English/), or as the only file of its language (the Chinese 75/297 under Spanish/); two
 * files can claim one resolution and language (the Spanish 75/274 under Chinese/ is not the one
 * under Spanish/). Each file is imported, set aside as a copy, or refused with its reason.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readDocument, type ImportedDocument } from './akn';
import { ImportProblem } from './context';

/** One file of the folder as the importer read it. */
export interface SessionFile {
	/** Path relative to the session folder: `Chinese/75_274_C.xml`. */
	file: string;
	/** A digest of its bytes: copies have the same. */
	digest: string;
	/** The resolution and language it holds, where it could be read: `A/RES/75/274 es`. */
	key?: string | undefined;
	/** What stands in the way of importing it, as `readDocument()` found it. */
	problems: ImportProblem[];
}

/** What becomes of a file: imported (its problems empty), a copy of another, or refused. */
export interface FileChoice {
	file: string;
	/** The file it is a byte-for-byte copy of, which is imported in its stead. */
	copyOf?: string | undefined;
	/** Empty when the file is imported. */
	problems: ImportProblem[];
	/** Why a rule of this module changed the outcome: printed by `--check`. */
	note?: string | undefined;
}

export const wrongFolder = 'file in the wrong language folder';

/** Decides, for every file, whether it is imported, a copy, or refused; in the order given. */
export function chooseFiles(files: readonly SessionFile[]): FileChoice[] {
	const byKey = new Map<string, SessionFile[]>();
	for (const file of files) if (file.key) byKey.set(file.key, [...(byKey.get(file.key) ?? []), file]);
	const misfiled = (file: SessionFile) => file.problems.some((problem) => problem.kind === wrongFolder);
	return files.map((file): FileChoice => {
		const others = file.key ? byKey.get(file.key)!.filter((other) => other !== file) : [];
		if (misfiled(file)) {
			const original = others.find((other) => other.digest === file.digest && !misfiled(other));
			if (original) return { file: file.file, copyOf: original.file, problems: [], note: `a copy of ${original.file}, filed under another language` };
			const rest = file.problems.filter((problem) => problem.kind !== wrongFolder);
			if (others.length === 0) return { file: file.file, problems: rest, note: 'the only file of its resolution and language, filed under another language: imported as its own language' };
			const problem = file.problems.find((p) => p.kind === wrongFolder)!;
			return { file: file.file, problems: [...rest, new ImportProblem(wrongFolder, file.file, problem.field, `the only file of ${file.key}, or a copy of it`, `another file of it, not the same: ${others.map((o) => o.file).join(', ')}`)] };
		}
		// Two different files of one resolution and language that both read cleanly: neither is chosen over the other silently.
		const rivals = others.filter((other) => !misfiled(other) && other.digest !== file.digest && other.problems.length === 0);
		if (file.problems.length === 0 && rivals.length > 0) {
			return { file: file.file, problems: [new ImportProblem('two files of one resolution and language', file.file, '/', `one file of ${file.key}`, rivals.map((o) => o.file).join(', '))] };
		}
		const twin = others.find((other) => !misfiled(other) && other.digest === file.digest && other.file < file.file);
		if (twin) return { file: file.file, copyOf: twin.file, problems: [], note: `a copy of ${twin.file}` };
		return { file: file.file, problems: file.problems };
	});
}

/**
 * Every .xml file under a session folder read by the importer (problems and all, never a crash)
 * and chosen: what `npm run import -- --session`/`--check` and the session test act on.
 */
export function readSessionFolder(folder: string): { choices: FileChoice[]; documents: Map<string, ImportedDocument> } {
	const files: SessionFile[] = [];
	const documents = new Map<string, ImportedDocument>();
	const paths = readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	for (const path of paths) {
		const file = relative(folder, path);
		const bytes = readFileSync(path);
		const digest = createHash('sha256').update(bytes).digest('hex');
		try {
			const { document, problems } = readDocument(bytes.toString('utf8'), file);
			if (document) documents.set(file, document);
			files.push({ file, digest, key: document ? `${document.facts.symbol} ${document.facts.language}` : undefined, problems });
		} catch (error) {
			// Never a crash: anything unexpected is a reason of its own, still grouped.
			files.push({ file, digest, problems: [new ImportProblem(`importer failure: ${(error as Error).message.slice(0, 80)}`, file, '', 'no failure', (error as Error).message)] });
		}
	}
	return { choices: chooseFiles(files), documents };
}
