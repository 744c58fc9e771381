/**
 * Continuity and changes as the site publishes them, computed once per build from the resolutions
 * it publishes: continuity from English where it is published, else the first language in the
 * UN's order (75/254 A-C has no English); the changes of a resolution in each language that both
 * it and its predecessor are published in.
 */
import { getResolutions, publishedVersions, resolutionPagePaths } from '../content';
import { plainText } from '../inline';
import type { Resolution } from '../resolution';
import { blockTexts } from '../structure';
import { alignBlocks, comparedBlocks, type Alignment } from './alignment';
import { findContinuity, type Continuity, type ContinuitySource, type Predecessor } from './continuity';

/** What continuity is computed from for one resolution: its text in one language. */
export function continuitySource(resolution: Resolution): ContinuitySource {
	return {
		symbol: resolution.facts.symbol,
		title: resolution.facts.title,
		cites: [...new Set(resolution.blocks.flatMap((block) => block.cites))],
		text: resolution.blocks.map((block) => [...blockTexts(block)].map(plainText).join(' ')).join('\n'),
	};
}

/** One resolution per symbol: English, else the first language published. */
export function continuitySources(resolutions: readonly Resolution[]): ContinuitySource[] {
	const chosen = new Map<string, Resolution>();
	for (const resolution of resolutions) {
		const symbol = resolution.facts.symbol;
		const current = chosen.get(symbol);
		if (!current || (resolution.facts.language === 'en' && current.facts.language !== 'en')) chosen.set(symbol, resolution);
	}
	return [...chosen.values()].map(continuitySource);
}

let continuity: Map<string, Continuity> | undefined;

/** What a published resolution continues and what continues it, among the resolutions of this build. */
export function continuityOf(symbol: string): Continuity {
	continuity ??= findContinuity(continuitySources(getResolutions()));
	return continuity.get(symbol) ?? {};
}

/** What changed in a resolution, in one language, since its predecessor. */
export interface Changes {
	/** The predecessor in the same language. */
	predecessor: Resolution;
	/** How it was found. */
	found: Predecessor;
	alignment: Alignment;
}

const changes = new Map<Resolution, Changes | undefined>();

/** What changed in a resolution since its predecessor, in its language; undefined when it has none published in that language. */
export function changesOf(resolution: Resolution): Changes | undefined {
	if (changes.has(resolution)) return changes.get(resolution);
	const found = continuityOf(resolution.facts.symbol).continues;
	const predecessor = found && publishedVersions(found.symbol).find((other) => other.facts.language === resolution.facts.language);
	const result = found && predecessor && { predecessor, found, alignment: alignBlocks(comparedBlocks(resolution), comparedBlocks(predecessor)) };
	changes.set(resolution, result);
	return result;
}

/** Route parameters of every changes page (and changes.json): the resolutions this build renders that have changes, with them. */
export function changesPagePaths(): { params: { symbol: string }; props: { resolution: Resolution; changes: Changes } }[] {
	return resolutionPagePaths().flatMap(({ params, props: { resolution } }) => {
		const changes = changesOf(resolution);
		return changes ? [{ params, props: { resolution, changes } }] : [];
	});
}
