/** Every built page is valid HTML, by html-validate's recommended rules (.htmlvalidate.json). */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
	it.each(htmlPages().map(({ path, file }) => [path, file] as const))('%s', async (_path, file) => {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		const problems = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
		expect(problems).toEqual([]);
	});
});
