/**
 * The one Pagefind filter of the index, `resolution`: each group of paragraphs carries its
 * resolution's symbol, Main Committee and way of adoption in one value,
 * `A/RES/76/169|third|recorded-vote`. One value a resolution lets search narrow to one resolution
 * (the scope), to a committee or a way of adoption (any of their values), and count, from
 * Pagefind's count of groups per value, how many resolutions each choice holds.
 */
import type { Adoption, Committee } from '../library/session';

/** A resolution as the search filter knows it. */
export interface FilteredResolution {
	/** `A/RES/76/84 A-B`. */
	symbol: string;
	committee: Committee;
	adopted: Adoption;
}

/** The filter's value for a resolution. */
export function resolutionFilterValue({ symbol, committee, adopted }: FilteredResolution): string {
	return `${symbol}|${committee}|${adopted}`;
}

/** Whether a resolution is among those a Main Committee and a way of adoption choose ('' for any). */
export function inNarrowing(facts: { committee?: string | undefined; adopted?: string | undefined }, chosen: { committee: string; adopted: string }): boolean {
	return (!chosen.committee || facts.committee === chosen.committee) && (!chosen.adopted || facts.adopted === chosen.adopted);
}

/** A filter value read back; a bare symbol (an index built before the value carried more) has no committee or adoption. */
export function readResolutionFilter(value: string): { symbol: string; committee?: string | undefined; adopted?: string | undefined } {
	const [symbol = '', committee, adopted] = value.split('|');
	return { symbol, committee, adopted };
}
