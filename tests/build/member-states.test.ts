/**
 * The Member States' pages as built (`/member-states/`, `/fr/member-states/bolivia/`…): the index
 * names the 193 in each language as the UN does, sorted as the language sorts; a State's page
 * gives, for every recorded vote of the resolutions the build publishes, the State's vote and the
 * counts exactly as the UN's record gives them (the committed frontmatter, which
 * tests/unit/import-session.test.ts proves equal to the UN's files), linked to the resolution in
 * the page's language where it is published in it. Read here with the record's own names (English
 * capitals), not through the module that built the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { useTranslations } from '../../src/i18n/ui';
import { memberStateBySlug, memberStates } from '../../src/lib/library/member-states';
import { resolutionPath, symbolPath } from '../../src/lib/urls';
import { loadPage, pageFile, readerText, urlPath } from '../support/dist';
import { fixtureRoots } from '../support/fixtures';
import { contentFolders, contentRoot, readContentFile, resolutionFileName } from '../../src/lib/content-files';
import type { ResolutionData } from '../../src/schemas/resolution';

/** The facts of every resolution whose document page this build wrote (the published ones and any fixtures). */
const built = [contentRoot, ...fixtureRoots]
	.flatMap((root) => contentFolders(root))
	.map(({ folder }) => {
		const file = join(folder, resolutionFileName);
		const read = readContentFile(file, readFileSync(file, 'utf8'));
		return { facts: (read as { resolution: { data: ResolutionData } }).resolution.data };
	})
	.filter((r) => existsSync(pageFile(resolutionPath(r.facts.symbol, r.facts.language))))
	.sort((a, b) => a.facts.symbol.localeCompare(b.facts.symbol, 'en', { numeric: true }));
const recorded = built.filter((r) => r.facts.adopted.vote.type === 'recorded' && r.facts.adopted.vote.voters);
const symbols = [...new Set(recorded.map((r) => r.facts.symbol))];
/** The UN's order of its languages, which the site follows. */
const unOrder = languages.map((language) => language.code as string);

/** How the record names a State: its English name in capitals, except where the record says otherwise. */
const recordNames: Record<string, string[]> = {
	bolivia: ['BOLIVIA (PLURINATIONAL STATE OF)'],
	'united-states-of-america': ['UNITED STATES'],
	turkey: ['TURKEY', 'TÜRKIYE', 'TÜRKİYE', 'TURKIYE'],
	venezuela: ['VENEZUELA (BOLIVARIAN REPUBLIC OF)'],
	'cote-divoire': ["COTE D'IVOIRE", "CÔTE D'IVOIRE"],
};

describe('the index of Member States', () => {
	for (const { code } of languages) {
		it(`${code}: links the 193 by their names in the language, in its order`, () => {
			const page = loadPage(code === 'en' ? '/member-states/' : `/${code}/member-states/`);
			const links = [...page.querySelectorAll('.member-states a')];
			expect(links).toHaveLength(193);
			const names = links.map((link) => readerText(link));
			expect(names).toEqual([...names].sort(new Intl.Collator(code).compare));
			expect(new Set(names)).toEqual(new Set(memberStates.map((state) => state.names[code])));
			const bolivia = links[names.indexOf(memberStateBySlug('bolivia')!.names[code])]!;
			expect(bolivia.getAttribute('href')).toBe(urlPath(code === 'en' ? '/member-states/bolivia/' : `/${code}/member-states/bolivia/`));
		});
	}
});

describe('a Member State’s votes', () => {
	it('has votes to show in this build', () => {
		expect(symbols.length).toBeGreaterThan(0);
	});

	for (const slug of Object.keys(recordNames)) {
		for (const code of ['en', 'fr', 'ar'] as const) {
			it(`${code}: ${slug} voted as the UN's record says, in every recorded vote of the build, with its counts`, () => {
				const t = useTranslations(code);
				const page = loadPage(code === 'en' ? `/member-states/${slug}/` : `/${code}/member-states/${slug}/`);
				expect(readerText(page.querySelector('h1')!)).toBe(memberStateBySlug(slug)!.names[code]);
				const items = [...page.querySelectorAll('.state-votes > li')];
				expect(items.map((item) => readerText(item.querySelector('.meta')!).split(t('punctuation.comma'))[0])).toEqual(symbols);
				const tally = { inFavour: 0, against: 0, abstaining: 0, notVoting: 0 };
				items.forEach((item, index) => {
					const versions = recorded.filter((r) => r.facts.symbol === symbols[index]);
					const english = versions.find((r) => r.facts.language === 'en') ?? versions[0]!;
					const vote = english.facts.adopted.vote;
					if (vote.type !== 'recorded' || !vote.voters) throw new Error('expected voters');
					const sides = (['inFavour', 'against', 'abstaining'] as const).filter((side) => vote.voters![side].some((name) => recordNames[slug]!.includes(name)));
					expect(sides.length, symbols[index]).toBeLessThanOrEqual(1);
					const position = sides[0] ?? 'notVoting';
					tally[position]++;
					expect(readerText(item.querySelector('.position strong')!), symbols[index]).toBe(t(`votes.position.${position}`));
					expect(readerText(item.querySelector('.position')!), symbols[index]).toContain(`${vote.inFavour} `);
					expect(readerText(item.querySelector('.position')!)).toMatch(new RegExp(`${vote.inFavour}\\D+${vote.against}\\D+${vote.abstaining}`));
					// In the page's language where the resolution is published in it, else in English, else in the first language the UN lists (75/254 A-C has no English).
					const shown = versions.find((r) => r.facts.language === code) ?? versions.find((r) => r.facts.language === 'en') ?? [...versions].sort((a, b) => unOrder.indexOf(a.facts.language) - unOrder.indexOf(b.facts.language))[0]!;
					const link = item.querySelector('a')!;
					expect(link.getAttribute('href'), symbols[index]).toBe(urlPath(resolutionPath(symbols[index]!, shown.facts.language)));
					expect(link.getAttribute('lang'), symbols[index]).toBe(shown.facts.language === code ? null : shown.facts.language);
					expect(symbolPath(symbols[index]!)).toBe(link.getAttribute('href')!.replace(/^.*?(A\/RES\/)/, '$1').replace(/\/$/, ''));
				});
				const totals = [...page.querySelectorAll('.totals li strong')].map((strong) => Number(readerText(strong)));
				expect(totals).toEqual([tally.inFavour, tally.against, tally.abstaining, tally.notVoting]);
			});
		}
	}
});
