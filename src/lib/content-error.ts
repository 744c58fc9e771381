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
