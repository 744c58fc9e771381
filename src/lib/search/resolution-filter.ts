/**
 * The one Pagefind filter of the index, `resolution`: each group of paragraphs carries its
 * resolution's symbol, Main Committee and way of adoption in one value,
 * `A/RES/76/169|third|recorded-vote`. One value a resolution lets search narrow to one resolution
 * (the scope), to a session, a committee or a way of adoption (any of their values), and count, from
 * Pagefind's count of groups per value, how many resolutions each choice holds.
 */
import type { Adoption, Committee } from '../library/session';
import { resolutionSession } from '../symbols';

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

/** What a reader narrows a search over the site to: a session, a Main Committee, a way of adoption ('' for any). */
export interface Narrowing {
	session: string;
	committee: string;
	adopted: string;
}

/** The narrowings, as the search form names its selects and the URL its parameters. */
export const narrowingNames = ['session', 'committee', 'adopted'] as const;

/** Whether a resolution is among those a session, a Main Committee and a way of adoption choose ('' for any). */
export function inNarrowing(facts: { session?: string | undefined; committee?: string | undefined; adopted?: string | undefined }, chosen: Narrowing): boolean {
	return (!chosen.session || facts.session === chosen.session) && (!chosen.committee || facts.committee === chosen.committee) && (!chosen.adopted || facts.adopted === chosen.adopted);
}

/**
 * A filter value read back, with the session its symbol names (`76` for A/RES/76/169, `ES-11`);
 * a bare symbol (an index built before the value carried more) has no committee or adoption.
 */
export function readResolutionFilter(value: string): { symbol: string; session?: string | undefined; committee?: string | undefined; adopted?: string | undefined } {
	const [symbol = '', committee, adopted] = value.split('|');
	return { symbol, session: resolutionSession(symbol), committee, adopted };
}
