/**
 * The site's continuity, computed once per build from every published resolution: English where it
 * is published, else the first language in the UN's order (75/254 A-C has no English).
 */
import { getResolutions } from '../content';
import { plainText } from '../inline';
import type { Resolution } from '../resolution';
import { blockTexts } from '../structure';
import { findContinuity, type Continuity, type ContinuitySource } from './continuity';

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
