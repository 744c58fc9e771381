/**
 * Changes pages withdrawn (content/withdrawn-changes.json): a resolution whose changes pages were
 * published for a predecessor the continuity rules no longer find keeps its `/changes/` address in
 * every language, as a redirect page to its document page. Stable links are a promise.
 */
import { withdrawnChangesSchema } from '../../schemas/withdrawn-changes';
import { readCheckedJson } from '../content-error';
import { changesPath } from '../urls';

export const withdrawnChangesFile = 'content/withdrawn-changes.json';

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** The symbols whose changes pages were withdrawn, with why; a file that does not match its schema fails with the field and what was expected. */
export function readWithdrawnChanges(file = withdrawnChangesFile): ReadonlyMap<string, string> {
	const data = readCheckedJson(file, withdrawnChangesSchema);
	if (!data) return new Map();
	return new Map(Object.entries(data).filter(([symbol]) => symbol !== '$comment') as [string, string][]);
}

let cached: ReadonlyMap<string, string> | undefined;
/** The site's withdrawn changes pages, read once per build. */
export function withdrawnChanges(): ReadonlyMap<string, string> {
	cached ??= readWithdrawnChanges();
	return cached;
}

let paths: Set<string> | undefined;
/** Whether a page path (without base; the leading slash optional) is a withdrawn changes page, in any language. */
export function isWithdrawnChangesPath(path: string): boolean {
	paths ??= new Set([...withdrawnChanges().keys()].flatMap((symbol) => languages.map((language) => changesPath(symbol, language))));
	return paths.has(path.startsWith('/') ? path : `/${path}`);
}
