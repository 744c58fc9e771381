/**
 * The made-up resolutions built beside the published ones for the tests (`EXTRA_CONTENT`, set by
 * `npm test`), never in content/resolutions: those that hold every construct of the text model
 * (tests/fixtures/content/constructs), and one in two languages whose structures differ, with the
 * facts a file may lack and a wide table (tests/fixtures/content/views).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolPath } from '../../src/lib/urls';
import { fixtures } from './content';
import { loadPage } from './dist';
import { servedFile } from './links';

export const fixtureRoots = [join(fixtures, 'content/constructs'), join(fixtures, 'content/views')];

/** The symbols of the fixtures: `A/RES/76/901`, `A/RES/76/902 A-B`, `A/RES/76/903`. */
export const fixtureSymbols = fixtureRoots.flatMap((root) =>
	readdirSync(root).map((slug) => /^symbol: (.+)$/m.exec(readFileSync(join(root, slug, 'en/resolution.mdx'), 'utf8'))![1]!.trim()),
);

/** The path of a fixture's page: `fixturePath('A/RES/76/902 A-B', 'B-op1/')` → `/A/RES/76/902A-B/B-op1/`. */
export function fixturePath(symbol: string, rest = ''): string {
	return `/${symbolPath(symbol)}/${rest}`;
}

/** Whether a site path is one of a fixture's pages (in any language), not a published one. */
export function isFixturePage(path: string): boolean {
	if (fixtureSymbols.some((symbol) => new RegExp(`^/(?:[a-z]{2}/)?${symbolPath(symbol)}/`).test(path))) return true;
	// A session's filtered list that holds a fixture (the month of 2030 of 76/903, a subject it makes one of two): the test build's own.
	if (!/^\/(?:[a-z]{2}\/)?A\/RES\/[^/]+\/[a-z][^/]*\/[^/]+\/$/.test(path)) return false;
	return [...loadPage(path).querySelectorAll('.session-entries a')].some((a) => fixtureSymbols.some((symbol) => (a.getAttribute('href') ?? '').includes(`/${symbolPath(symbol)}/`)));
}

/** Fails clearly when the build under test left the fixtures out, instead of every assertion failing. */
export function assertFixturesBuilt(): void {
	for (const symbol of fixtureSymbols) {
		if (!servedFile(fixturePath(symbol))) {
			throw new Error(`${fixturePath(symbol)} was not built: build with EXTRA_CONTENT=tests/fixtures/content/constructs,tests/fixtures/content/views (npm run build:test does).`);
		}
	}
}

/** The DOM of a fixture's page. */
export function loadFixturePage(symbol: string, rest = ''): Document {
	assertFixturesBuilt();
	return loadPage(fixturePath(symbol, rest));
}
