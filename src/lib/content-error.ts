import { existsSync, readFileSync } from 'node:fs';

/**
 * A content file that cannot be published as it is. The message names the file, the field,
 * what was expected and what was found, so that an editor can fix it without reading code.
 */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly expected: string,
		readonly found: string,
	) {
		super(`${file}: ${field}: expected ${expected}; found ${found}`);
		this.name = 'ContentError';
	}
}

/** Shortens found text to a readable excerpt for an error message. */
export function excerpt(text: string, length = 60): string {
	const flat = text.replace(/[ \t\r\n]+/g, ' ').trim();
	return JSON.stringify(flat.length > length ? `${flat.slice(0, length)}…` : flat);
}

/**
 * A JSON file of content/ read and checked against its schema; a missing file is undefined. A file
 * that is not JSON, or does not match, fails naming the file, the field and what was expected.
 */
export function readCheckedJson<T>(file: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T | undefined {
	if (!existsSync(file)) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new ContentError(file, 'JSON', 'a JSON object', (error as Error).message);
	}
	const parsed = schema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ContentError(file, issue.path.join(' ') || '(top)', issue.message.replace(/^expected /u, ''), 'something else');
	}
	return parsed.data;
}
