/**
 * A cache of built resolutions, so that a build, `npm run dev` and the tests do not parse the same
 * 95,000 MDX files again when neither the files nor the code that reads them have changed.
 * Parsing is most of the cost of reading content (about 30 s for the session); a cached
 * resolution is read back with V8's structured serialisation (about 40 times faster).
 *
 * An entry is found by a hash of everything its model depends on: the path and bytes of every file
 * of its folder, and a version of the code: the sources that read and model content (src/lib,
 * src/schemas, src/i18n) and the lock file (the parsers' versions). Change any of them and the entry
 * is simply not found, so a stale model is never served. Errors are never cached: a folder that
 * fails is read again, and fails again with its message, every time.
 *
 * `CONTENT_CACHE` names the folder (default `node_modules/.cache/resolution-reader/content`);
 * `CONTENT_CACHE=off` reads everything afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where entries are kept unless `CONTENT_CACHE` says otherwise. */
export const defaultCacheFolder = 'node_modules/.cache/resolution-reader/content';

/** What the model of a folder depends on besides its files, from the project root. */
const codeSources = ['src/lib', 'src/schemas', 'src/i18n', 'package-lock.json'];

let codeVersion: string | undefined;

/** A hash of the code that turns content files into a model: computed once per process. */
export function contentCodeVersion(): string {
	if (codeVersion) return codeVersion;
	const hash = createHash('sha256');
	const add = (path: string) => {
		let entries: string[] | undefined;
		try {
			entries = readdirSync(path).sort();
		} catch {
			// A file, not a folder (or missing: then its absence is part of the version).
		}
		if (!entries) {
			hash.update(`${path}\0`);
			try {
				hash.update(readFileSync(path));
			} catch {
				hash.update('missing');
			}
			hash.update('\0');
			return;
		}
		for (const entry of entries) add(join(path, entry));
	};
	for (const source of codeSources) add(source);
	codeVersion = hash.digest('hex');
	return codeVersion;
}

/** The folder entries are kept in, or undefined when `CONTENT_CACHE=off`. */
function cacheFolder(): string | undefined {
	const setting = process.env.CONTENT_CACHE?.trim();
	if (setting === 'off') return undefined;
	return setting || defaultCacheFolder;
}

/** How many reads were served from the cache and how many were built, for the bench and tests. */
export const cacheStats = { hits: 0, misses: 0 };

/**
 * The model `build()` makes of `files` (path → text), from the cache when the same files were
 * built by the same code before; otherwise built now and kept. Cache trouble (an unreadable or
 * truncated entry, a read-only folder) only means building afresh.
 */
export function cachedBuild<T>(files: ReadonlyMap<string, string>, build: () => T): T {
	const folder = cacheFolder();
	if (!folder) return build();
	const hash = createHash('sha256').update(contentCodeVersion());
	for (const [path, text] of files) hash.update(`\0${path}\0`).update(text);
	const entry = join(folder, `${hash.digest('hex')}.v8`);
	try {
		const cached = deserialize(readFileSync(entry)) as T;
		cacheStats.hits++;
		return cached;
	} catch {
		// Not there yet, or not readable: build it.
	}
	const built = build();
	cacheStats.misses++;
	try {
		mkdirSync(folder, { recursive: true });
		// Written beside, then renamed: a reader never sees half an entry.
		const partial = `${entry}.${process.pid}.partial`;
		writeFileSync(partial, serialize(built));
		renameSync(partial, entry);
	} catch {
		// A cache that cannot be written costs time, never correctness.
	}
	return built;
}
