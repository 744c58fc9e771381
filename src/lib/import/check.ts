/**
 * The summary of `npm run import -- --check <folder>`: how many files import cleanly and, for
 * the others, what stands in the way, grouped by kind with a count and one example file each.
 */
import type { ImportProblem } from './akn';
import { disagreementReport, type Structure } from './disagreement';

export interface CheckedFile {
	/** Path relative to the checked folder: `English/A_RES_76_1-2117757E.xml`. */
	file: string;
	/** Empty when the file imports cleanly. */
	problems: Pick<ImportProblem, 'kind' | 'field'>[];
	/** The file it is a byte-for-byte copy of, imported in its stead (session-files.ts). */
	copyOf?: string | undefined;
	/** Why the session's rules changed the outcome of this file. */
	note?: string | undefined;
}

/** A Markdown table cell: pipes escaped, one line. */
const cell = (text: string) => text.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');

/**
 * The report as Markdown: a line of totals, clean files per top folder (one per language in the
 * corpus), then each kind of problem with the number of files it stops and the first such file
 * (in path order) as an example, most common first.
 */
export function checkReport(folder: string, results: readonly CheckedFile[], structures?: readonly Structure[]): string {
	const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const copies = sorted.filter((result) => result.copyOf);
	const clean = sorted.filter((result) => result.problems.length === 0 && !result.copyOf);
	const refused = sorted.filter((result) => result.problems.length > 0);
	const lines = [`Checked ${sorted.length} files in ${folder}: ${clean.length} import cleanly, ${refused.length} do not${copies.length > 0 ? `, ${copies.length} ${copies.length === 1 ? 'is a copy' : 'are copies'} of another` : ''}.`, ''];

	const groups = new Map<string, CheckedFile[]>();
	for (const result of sorted) {
		const top = result.file.includes('/') ? result.file.slice(0, result.file.indexOf('/')) : '.';
		groups.set(top, [...(groups.get(top) ?? []), result]);
	}
	lines.push('| folder | files | import cleanly |', '| --- | ---: | ---: |');
	for (const [top, files] of groups) lines.push(`| ${cell(top)} | ${files.length} | ${files.filter((f) => f.problems.length === 0 && !f.copyOf).length} |`);

	const kinds = new Map<string, { files: number; occurrences: number; example: string; element: string }>();
	for (const result of sorted) {
		const seen = new Set<string>();
		for (const problem of result.problems) {
			const entry = kinds.get(problem.kind) ?? { files: 0, occurrences: 0, example: result.file, element: problem.field };
			entry.occurrences++;
			if (!seen.has(problem.kind)) entry.files++;
			seen.add(problem.kind);
			kinds.set(problem.kind, entry);
		}
	}
	if (kinds.size > 0) {
		lines.push('', '| unsupported construct | files | occurrences | example file | example element |', '| --- | ---: | ---: | --- | --- |');
		const ordered = [...kinds].sort(([ka, a], [kb, b]) => b.files - a.files || (ka < kb ? -1 : ka > kb ? 1 : 0));
		for (const [kind, entry] of ordered) {
			lines.push(`| ${cell(kind)} | ${entry.files} | ${entry.occurrences} | ${cell(entry.example)} | ${cell(entry.element)} |`);
		}
	}
	if (refused.length > 0) {
		lines.push('', '| file refused | reason | element |', '| --- | --- | --- |');
		for (const result of refused) lines.push(`| ${cell(result.file)} | ${cell(result.problems[0]!.kind)}${result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : ''} | ${cell(result.problems[0]!.field)} |`);
	}
	const noted = sorted.filter((result) => result.note);
	if (noted.length > 0) {
		lines.push('', '| file | sorted out |', '| --- | --- |');
		for (const result of noted) lines.push(`| ${cell(result.file)} | ${cell(result.note!)} |`);
	}
	if (structures) lines.push('', ...disagreementReport(structures));
	return `${lines.join('\n')}\n`;
}
