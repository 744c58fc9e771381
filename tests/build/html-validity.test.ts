/**
 * Every built page is valid HTML: html-validate's recommended rules (.htmlvalidate.json) and the
 * W3C Nu HTML Checker (errors only), and nothing follows `</html>` (the Nu checker stops at a
 * stray element there; html-validate does not see it).
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { hasJava, nuErrors, type NuMessage } from '../support/nu-checker';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = htmlPages().map(({ path, file }) => [path, file] as const);

describe('valid HTML (html-validate)', () => {
	it.each(pages)('%s', async (_path, file) => {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
		expect(problems).toEqual([]);
	});
});

describe('nothing after the end of the document', () => {
	it.each(pages)('%s ends with </html>', (_path, file) => {
		const html = readFileSync(file, 'utf8');
		const end = html.lastIndexOf('</html>');
		expect(end, 'no </html>').toBeGreaterThan(0);
		expect(html.slice(end + '</html>'.length).trim()).toBe('');
	});
});

describe.skipIf(!hasJava)('valid HTML (W3C Nu HTML Checker, errors only)', () => {
	let errors: Map<string, NuMessage[]>;
	beforeAll(async () => {
		errors = await nuErrors(pages.map(([, file]) => file));
	}, 600_000);

	it.each(pages)('%s', (_path, file) => {
		const problems = (errors.get(file) ?? []).map((m) => `${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${m.extract ? ` in ${JSON.stringify(m.extract.trim().slice(0, 80))}` : ''}`);
		expect(problems).toEqual([]);
	});
});
