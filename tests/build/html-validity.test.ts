/**
 * Valid HTML: on the fixed set of pages that holds every construct in every language
 * (tests/support/page-sets.ts), html-validate's recommended rules (.htmlvalidate.json); on the
 * smallest set that still shows every construct in every language, the W3C Nu HTML Checker
 * (errors only); on every page, that nothing follows `</html>` (the Nu checker
 * stops at a stray element there; html-validate does not see it). Every page comes from the same
 * few templates, so the set covers their markup; validating all 90,000 would take most of an hour.
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, inBatches } from '../support/dist';
import { samplePages, smallestPages } from '../support/page-sets';
import { hasJava, nuErrors, type NuMessage } from '../support/nu-checker';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const everyPage = htmlPages().map(({ path, file }) => [path, file] as const);
const sample = new Set(samplePages());
const pages = everyPage.filter(([path]) => sample.has(path));
const smallest = new Set(smallestPages());
/** The Nu checker (a Java process) reads the smallest set that shows every construct in every language. */
const nuPages = everyPage.filter(([path]) => smallest.has(path));

describe('valid HTML (html-validate)', () => {
	it.each(pages)('%s', async (_path, file) => {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
		expect(problems).toEqual([]);
	});
});

describe.each(inBatches(everyPage, ([path]) => path))('pages %s', (_label, batch) => {
	it('end with </html>, with nothing after it', () => {
		const wrong = batch.filter(([, file]) => {
			const html = readFileSync(file, 'utf8');
			const end = html.lastIndexOf('</html>');
			return end < 0 || html.slice(end + '</html>'.length).trim() !== '';
		});
		expect(wrong.map(([path]) => path)).toEqual([]);
	});
});

describe.skipIf(!hasJava)('valid HTML (W3C Nu HTML Checker, errors only)', () => {
	let errors: Map<string, NuMessage[]>;
	beforeAll(async () => {
		errors = await nuErrors(nuPages.map(([, file]) => file));
	}, 600_000);

	it.each(nuPages)('%s', (_path, file) => {
		const problems = (errors.get(file) ?? []).map((m) => `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` in ${JSON.stringify(m.extract.trim().slice(0, 80))}` : ''}`);
		expect(problems).toEqual([]);
	});
});
