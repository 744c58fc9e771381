/**
 * The recorded votes of the session as the Member States' pages read them: one entry per
 * resolution adopted by a recorded vote, with the versions of it this build publishes and how
 * each of the 193 voted. Paths of those pages too: `/member-states/`, `/fr/member-states/bolivia/`.
 */
import type { Resolution } from '../resolution';
import { statesVoting, votePositions, type MemberState, type StatesVoting, type VotePosition } from './member-states';
import { linkedVersion } from '../content';

export interface SessionVote {
	/** The resolution's symbol: `A/RES/76/10`. */
	symbol: string;
	/** Its versions, in the UN's order of languages. */
	versions: Resolution[];
	/** The counts as the UN's record gives them. */
	counts: { inFavour: number; against: number; abstaining: number };
	/** Who voted how. */
	states: StatesVoting;
}

const computed = new WeakMap<readonly Resolution[], SessionVote[]>();

/**
 * Every recorded vote of `resolutions` whose record names the voters, in reading order (the order
 * given). Worked out once per list: each of the 1,164 Member States' pages asks for it.
 */
export function sessionVotes(resolutions: readonly Resolution[]): SessionVote[] {
	let found = computed.get(resolutions);
	if (!found) computed.set(resolutions, (found = readVotes(resolutions)));
	return found;
}

function readVotes(resolutions: readonly Resolution[]): SessionVote[] {
	const votes = new Map<string, SessionVote>();
	for (const resolution of resolutions) {
		const known = votes.get(resolution.facts.symbol);
		if (known) {
			known.versions.push(resolution);
			continue;
		}
		const vote = resolution.facts.adopted.vote;
		const states = statesVoting(resolution.facts, resolution.file);
		if (vote.type !== 'recorded' || !states) continue;
		votes.set(resolution.facts.symbol, {
			symbol: resolution.facts.symbol,
			versions: [resolution],
			counts: { inFavour: vote.inFavour, against: vote.against, abstaining: vote.abstaining },
			states,
		});
	}
	return [...votes.values()];
}

/** How a State voted in a vote. */
export function positionOf(vote: SessionVote, state: MemberState): VotePosition {
	return votePositions.find((position) => vote.states[position].includes(state))!;
}

/** The version of a vote's resolution to link from a page in `language`: that language's, else English, else the first. */
export function versionFor(vote: SessionVote, language: string): Resolution {
	return linkedVersion(vote.versions, language)!;
}

/** Path of the index of Member States in a language, without base: `/member-states/`, `/fr/member-states/`. */
export function memberStatesPath(language: string): string {
	return language === 'en' ? '/member-states/' : `/${language}/member-states/`;
}

/** Path of a Member State's page in a language, without base: `/member-states/bolivia/`. */
export function memberStatePath(slug: string, language: string): string {
	return `${memberStatesPath(language)}${slug}/`;
}
