/**
 * The made-up resolutions that hold every construct of the text model
 * (tests/fixtures/content/constructs): not published, so never in content/resolutions, but built
 * beside the published ones for the tests (`EXTRA_CONTENT`, set by `npm test`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolPath } from '../../src/lib/urls';
import { fixtures } from './content';
import { loadPage } from './dist';
import { servedFile } from './links';

export const constructsRoot = join(fixtures, 'content/constructs');

/** The symbols of the fixtures: `A/RES/76/901`, `A/RES/76/902 A-B`. */
export const fixtureSymbols = readdirSync(constructsRoot).map((slug) => /^symbol: (.+)$/m.exec(readFileSync(join(constructsRoot, slug, 'en/resolution.mdx'), 'utf8'))![1]!.trim());

/** The path of a fixture's page: `fixturePath('A/RES/76/902 A-B', 'B-op1/')` → `/A/RES/76/902A-B/B-op1/`. */
export function fixturePath(symbol: string, rest = ''): string {
	return `/${symbolPath(symbol)}/${rest}`;
}

/** Whether a site path is one of a fixture's pages (in any language), not a published one. */
export function isFixturePage(path: string): boolean {
	return fixtureSymbols.some((symbol) => new RegExp(`^/(?:[a-z]{2}/)?${symbolPath(symbol)}/`).test(path));
}

/** Fails clearly when the build under test left the fixtures out, instead of every assertion failing. */
export function assertFixturesBuilt(): void {
	for (const symbol of fixtureSymbols) {
		if (!servedFile(fixturePath(symbol))) {
			throw new Error(`${fixturePath(symbol)} was not built: build with EXTRA_CONTENT=tests/fixtures/content/constructs (npm test does).`);
		}
	}
}

/** The DOM of a fixture's page. */
export function loadFixturePage(symbol: string, rest = ''): Document {
	assertFixturesBuilt();
	return loadPage(fixturePath(symbol, rest));
}
