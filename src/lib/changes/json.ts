/**
 * `changes.json`: the comparison of a resolution with its predecessor as data: for each block, its
 * status, its anchor and the UN's element id (`eId`, as data.akn writes it) on both sides, and how
 * alike the two texts are. Blocks in this year's order, dropped ones in their place.
 */
import { safeId } from '../exports/akn';
import type { Resolution } from '../resolution';
import { absoluteUrl, changesPath, resolutionPath } from '../urls';
import type { ComparedBlock } from './alignment';
import type { Changes } from './published';

function side(block: ComparedBlock | undefined) {
	return block && { anchor: block.anchor, eId: safeId(block.akn4unId ?? block.anchor), type: block.type, ...(block.num === undefined ? {} : { num: block.num }) };
}

/** The data of `changes.json`. */
export function changesJson(resolution: Resolution, changes: Changes, site: URL) {
	const { symbol, language } = resolution.facts;
	const predecessor = changes.predecessor.facts.symbol;
	return {
		symbol,
		language,
		page: absoluteUrl(changesPath(symbol, language), site),
		predecessor: {
			symbol: predecessor,
			url: absoluteUrl(resolutionPath(predecessor, language), site),
			/** How it was found: the same title, or cited with its text largely repeated. */
			foundBy: changes.found.rule,
			/** Share of the shorter text's three-word sequences in both. */
			sharedText: Number(changes.found.shared.toFixed(3)),
		},
		/** Paragraphs only. */
		counts: changes.alignment.counts,
		blocks: changes.alignment.blocks.map((aligned) => ({
			status: aligned.status,
			moved: aligned.moved,
			likeness: Number(aligned.likeness.toFixed(3)),
			...(aligned.block ? { this: side(aligned.block) } : {}),
			...(aligned.was ? { was: side(aligned.was) } : {}),
		})),
	};
}
