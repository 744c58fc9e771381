/**
 * Continuity: which resolution of the previous session a resolution continues, and which of the
 * next session continues it ("Continues A/RES/75/239 · Continued by A/RES/77/248"). Found from the
 * UN's own data, by two rules measured on hand-checked pairs (tests/fixtures/continuity-checked.json,
 * README "What changed"):
 *
 * 1. Same title. A resolution of the previous session with the same title (letters and digits
 *    compared, case, spaces and hyphens aside) is its predecessor; when several share it (a
 *    budget item adopted in parts, 75/251, 75/251 B, 75/251 C), the one that held most of its
 *    text, and at equal text the one with the same part letter.
 * 2. The same title a year on. Else one whose title is this one's with each year one less
 *    ("Special subjects relating to the proposed programme budget for 2023", 77/263, continues
 *    "… for 2022", 76/246): the yearly budget texts, whose titles name their year.
 * 3. Cited and repeated. Else a resolution of the previous session that it cites ("Recalling its
 *    resolution 75/153") and whose text it largely repeats: at least `citedShare` of the
 *    three-word sequences of the shorter of the two texts are in both (76/139 repeats 96% of 75/153).
 *
 * Each resolution has at most one predecessor and one successor: candidate pairs are taken best
 * first (same title, then a year on, then cited; then the more of the successor's text repeated), each
 * resolution once on each side, so that 76/244 B (June) takes 75/251 C (June) and 76/244 the next.
 */
import { resolutionSession } from '../symbols';

/** What continuity is computed from: one resolution in one language (English when it has it). */
export interface ContinuitySource {
	symbol: string;
	title: string | undefined;
	/** The documents it cites, as the content's links name them (`A/RES/75/250b`). */
	cites: readonly string[];
	/** Its text, every block. */
	text: string;
}

/** How a predecessor was found. */
export type ContinuityRule = 'same-title' | 'year-on' | 'cited';

/** The rules in the order their pairs are taken. */
const ruleOrder: readonly ContinuityRule[] = ['same-title', 'year-on', 'cited'];

/** A resolution's predecessor in the previous session. */
export interface Predecessor {
	symbol: string;
	rule: ContinuityRule;
	/** Share of the shorter text's three-word sequences found in both texts, 0 to 1. */
	shared: number;
	/** Share of the successor's three-word sequences found in the predecessor, 0 to 1: how much of this year's text was there last year. */
	repeated: number;
}

/** Continuity of one resolution: what it continues and what continues it, when published here. */
export interface Continuity {
	continues?: Predecessor | undefined;
	continuedBy?: string | undefined;
}

/** The share of repeated text that makes a cited resolution of the previous session a predecessor (76/245 repeats 55% of 75/252; 76/274, "Cross-cutting issues", only 51% of a budget text it cites). */
export const citedShare = 0.55;

/** A title as compared: letters and digits only, lower case ("Confidence-building" = "Confidencebuilding"). */
export function titleKey(title: string | undefined): string {
	return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The title a year earlier, as compared (`titleKey`): each year of the title (1945 to 2099) one
 * less; undefined when the title names no year.
 */
export function yearEarlierKey(title: string | undefined): string | undefined {
	const years = /\b(19[4-9]\d|20\d\d)\b/g;
	if (!years.test(title ?? '')) return undefined;
	return titleKey((title ?? '').replace(years, (year) => String(Number(year) - 1)));
}

/** The part letters of a symbol: "B" for A/RES/75/242 B, "" for A/RES/75/242. */
function partOf(symbol: string): string {
	return / ([A-Z](?:-[A-Z])?)$/.exec(symbol)?.[1] ?? '';
}

/** The symbol's number in its session: 242 for A/RES/75/242 B. */
function numberOf(symbol: string): string | undefined {
	return /^A\/RES\/[^/]+\/(\d+)/.exec(symbol)?.[1];
}

/** The session before `session` (76 → 75), for regular sessions only. */
export function previousSession(session: string): string | undefined {
	return /^\d+$/.test(session) ? String(Number(session) - 1) : undefined;
}

/** The words of a text, lower case: letters and digits; Chinese characters one by one. */
function words(text: string): string[] {
	return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
}

/** The three-word sequences of a text. */
export function trigrams(text: string): Set<string> {
	const list = words(text);
	const found = new Set<string>();
	for (let i = 0; i + 2 < list.length; i++) found.add(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
	return found;
}

/** How much a successor's text shares with a predecessor's: over the smaller text (`shared`) and over the successor's (`repeated`), 0 to 1 each. */
export function overlap(successor: ReadonlySet<string>, predecessor: ReadonlySet<string>): { shared: number; repeated: number } {
	const [small, large] = successor.size <= predecessor.size ? [successor, predecessor] : [predecessor, successor];
	if (small.size === 0) return { shared: 0, repeated: 0 };
	let both = 0;
	for (const item of small) if (large.has(item)) both++;
	return { shared: both / small.size, repeated: both / successor.size };
}

/**
 * The symbols a cited symbol names among `symbols`: `A/RES/75/250b` → A/RES/75/250 B,
 * `A/RES/75/254a-c` → A/RES/75/254 A-C, `A/RES/75/242` → A/RES/75/242 (or every part when none is unlettered).
 */
export function citedSymbols(cited: string, symbols: readonly string[]): string[] {
	const match = /^A\/RES\/([^/]+)\/(\d+)\s*([a-z](?:-[a-z])?)?$/i.exec(cited);
	if (!match) return [];
	const [, session, number, part = ''] = match;
	const sameNumber = symbols.filter((symbol) => resolutionSession(symbol) === session && numberOf(symbol) === number);
	const wanted = part.toUpperCase();
	const exact = sameNumber.filter((symbol) => partOf(symbol) === wanted);
	return exact.length > 0 || wanted !== '' ? exact : sameNumber;
}

/** Continuity of every resolution in `sources` with a predecessor or successor among them. */
export function findContinuity(sources: readonly ContinuitySource[]): Map<string, Continuity> {
	const bySymbol = new Map(sources.map((source) => [source.symbol, source]));
	const symbols = [...bySymbol.keys()];
	const byTitle = new Map<string, string[]>();
	for (const { symbol, title } of sources) {
		if (titleKey(title) === '') continue;
		const key = `${resolutionSession(symbol)} ${titleKey(title)}`;
		byTitle.set(key, [...(byTitle.get(key) ?? []), symbol]);
	}
	const grams = new Map<string, Set<string>>();
	const gramsOf = (symbol: string) => {
		let found = grams.get(symbol);
		if (!found) grams.set(symbol, (found = trigrams(bySymbol.get(symbol)!.text)));
		return found;
	};

	// Every candidate pair, then pairs taken best first, each resolution once on each side.
	const claims: { successor: string; predecessor: Predecessor; samePart: boolean }[] = [];
	for (const source of sources) {
		const session = resolutionSession(source.symbol);
		const previous = session && previousSession(session);
		if (!previous) continue;
		const sameTitle = titleKey(source.title) === '' ? [] : (byTitle.get(`${previous} ${titleKey(source.title)}`) ?? []);
		const earlier = yearEarlierKey(source.title);
		const yearOn = sameTitle.length > 0 || earlier === undefined ? [] : (byTitle.get(`${previous} ${earlier}`) ?? []);
		const cited = [...new Set(source.cites.flatMap((cite) => citedSymbols(cite, symbols)))].filter(
			(symbol) => resolutionSession(symbol) === previous && !sameTitle.includes(symbol) && !yearOn.includes(symbol),
		);
		const claim = (symbol: string, rule: ContinuityRule) => ({
			successor: source.symbol,
			predecessor: { symbol, rule, ...overlap(gramsOf(source.symbol), gramsOf(symbol)) },
			samePart: partOf(symbol) === partOf(source.symbol),
		});
		claims.push(...sameTitle.map((symbol) => claim(symbol, 'same-title')));
		claims.push(...yearOn.map((symbol) => claim(symbol, 'year-on')));
		if (sameTitle.length === 0 && yearOn.length === 0) claims.push(...cited.map((symbol) => claim(symbol, 'cited')).filter(({ predecessor }) => predecessor.shared >= citedShare));
	}
	claims.sort(
		(a, b) =>
			ruleOrder.indexOf(a.predecessor.rule) - ruleOrder.indexOf(b.predecessor.rule) ||
			b.predecessor.repeated - a.predecessor.repeated ||
			Number(b.samePart) - Number(a.samePart),
	);
	const continuity = new Map<string, Continuity>();
	const entry = (symbol: string) => {
		let found = continuity.get(symbol);
		if (!found) continuity.set(symbol, (found = {}));
		return found;
	};
	for (const { successor, predecessor } of claims) {
		if (continuity.get(successor)?.continues || continuity.get(predecessor.symbol)?.continuedBy) continue;
		entry(successor).continues = predecessor;
		entry(predecessor.symbol).continuedBy = successor;
	}
	return continuity;
}
