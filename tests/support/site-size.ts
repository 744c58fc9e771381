/**
 * What the built site weighs on a host, by kind of file: every file we publish is multiplied by
 * every paragraph, language and session, so the size is watched per kind and per session. Shared
 * by the budget test (each session, with what the sessions share, under a host's limit), `npm run
 * size` (the tables; the whole site against the limit, before a workflow publishes it) and `npm run
 * bench` (the table and the projection).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isRedirectPagePath } from '../../src/lib/moved-anchors';

/** GitHub Pages publishes a site of at most 1 GB (counted here as 10^9 bytes, the stricter reading). */
export const hostLimit = 1e9;

/**
 * What one session's own pages may weigh, per language version of a resolution (a document page):
 * what a page repeats is multiplied by every paragraph, language and session. Measured on the whole
 * build of three sessions: the 75th 449 KB a version, the 76th 521 KB (its long budget and law of
 * the sea texts), the 77th 493 KB. Until issue 25 the budget was 1 GB a session (900 MB before the
 * changes pages), which the 77th's 2,043 versions (1,007 MB) passed by number of resolutions, not
 * by what its pages repeat.
 */
export const sessionLimit = 560e3;

/** A session of a few resolutions (a special session: S-32/1 is one long declaration) may weigh this much whatever its count. */
export const smallSessionLimit = 10e6;

/** The sessions whose own pages weigh more than `sessionLimit` per document page (a small one more than `smallSessionLimit`), each as "77: 1,007 MB, 2,043 versions, 493 KB each". */
export function sessionsOverBudget(sessions: Map<string, SessionSize>): string[] {
	return [...sessions]
		.filter(([session, { bytes, documents }]) => session !== 'shared' && bytes > Math.max(sessionLimit * documents, smallSessionLimit))
		.map(([session, { bytes, documents }]) => `${session}: ${megabytes(bytes)}, ${documents.toLocaleString('en')} versions, ${Math.round(bytes / Math.max(documents, 1) / 1000)} KB each`);
}

/** The kinds of file, in the order a table prints them. */
export const fileKinds = [
	'paragraph pages',
	'side-by-side pages',
	'redirect pages',
	'document pages',
	'data.json',
	'data.akn',
	'data.txt',
	'search index (Pagefind)',
	'session lists, feeds and index',
	'Member States’ pages',
	'other pages and assets',
] as const;
export type FileKind = (typeof fileKinds)[number];

// A resolution's number begins with a digit; a session's list pages begin with a letter (`/A/RES/76/subject/…`).
const resolution = '^/(?:(?:ar|zh|fr|ru|es)/)?[A-Z]+/RES/[^/]+/[0-9][^/]*/';
const patterns: [FileKind, RegExp][] = [
	['search index (Pagefind)', /^\/pagefind\//],
	['session lists, feeds and index', /^\/(?:(?:ar|zh|fr|ru|es)\/)?A\/RES\/[^/]+\/(?:[a-z][^/]*\/(?:[^/]+\/)?)?(?:index\.html|feed\.xml|data\.json)$/],
	['Member States’ pages', /^\/(?:(?:ar|zh|fr|ru|es)\/)?member-states\//],
	['data.json', new RegExp(`${resolution}data\\.json$`)],
	['data.akn', new RegExp(`${resolution}data\\.akn$`)],
	['data.txt', new RegExp(`${resolution}data\\.txt$`)],
	['side-by-side pages', new RegExp(`${resolution}compare/(?:[^/]+/)?index\\.html$`)],
	['document pages', new RegExp(`${resolution}index\\.html$`)],
	['paragraph pages', new RegExp(`${resolution}[^/]+/index\\.html$`)],
];

/** The kind of a file, by its path in the site (`/A/RES/76/299/op5/index.html`). */
export function fileKind(path: string): FileKind {
	// A side-by-side pair URL first published is a redirect page now (src/lib/urls.ts).
	if (path.endsWith('/index.html') && isRedirectPagePath(path.slice(0, -'index.html'.length))) return 'redirect pages';
	return patterns.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other pages and assets';
}

export interface KindSize {
	files: number;
	bytes: number;
}

/** The session a file belongs to (`76` for `/fr/A/RES/76/299/op5/index.html`), or `shared` (home, search index, assets). */
export function fileSession(path: string): string {
	return /^\/(?:(?:ar|zh|fr|ru|es)\/)?A\/RES\/([^/]+)\//u.exec(path)?.[1] ?? 'shared';
}

/** A session's share of a built site: its files, their bytes, and its document pages (one per language version of a resolution). */
export interface SessionSize extends KindSize {
	documents: number;
}

/** Files and bytes of a built site, by kind, by session (and what they share), and in all. */
export function siteSize(folder: string): { kinds: Map<FileKind, KindSize>; sessions: Map<string, SessionSize>; total: KindSize } {
	const kinds = new Map<FileKind, KindSize>(fileKinds.map((kind) => [kind, { files: 0, bytes: 0 }]));
	const sessions = new Map<string, SessionSize>();
	const total = { files: 0, bytes: 0 };
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const bytes = statSync(file).size;
		const path = `/${relative(folder, file)}`;
		const kind = kinds.get(fileKind(path))!;
		kind.files++;
		kind.bytes += bytes;
		const session = sessions.get(fileSession(path)) ?? { files: 0, bytes: 0, documents: 0 };
		session.files++;
		session.bytes += bytes;
		if (fileKind(path) === 'document pages') session.documents++;
		sessions.set(fileSession(path), session);
		total.files++;
		total.bytes += bytes;
	}
	return { kinds, sessions, total };
}

/** A size as a table prints it: `1,172 MB`. */
export function megabytes(bytes: number): string {
	return `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
}
