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
	const clean = sorted.filter((result) => result.problems.length === 0);
	const lines = [`Checked ${sorted.length} files in ${folder}: ${clean.length} import cleanly, ${sorted.length - clean.length} do not.`, ''];

	const groups = new Map<string, CheckedFile[]>();
	for (const result of sorted) {
		const top = result.file.includes('/') ? result.file.slice(0, result.file.indexOf('/')) : '.';
		groups.set(top, [...(groups.get(top) ?? []), result]);
	}
	lines.push('| folder | files | import cleanly |', '| --- | ---: | ---: |');
	for (const [top, files] of groups) lines.push(`| ${cell(top)} | ${files.length} | ${files.filter((f) => f.problems.length === 0).length} |`);

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
	if (structures) lines.push('', ...disagreementReport(structures));
	return `${lines.join('\n')}\n`;
}
