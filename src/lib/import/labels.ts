/**
 * The letters and numbers of sub-paragraphs as the six languages print them ("(a)", "a)", "(أ)",
 * "㈠", "’1‘", "(子)", "(i)"), read into a series and a place in it, so that the importer can
 * tell a sub-paragraph (a) from its own sub-paragraph (i) when the file's nesting is missing or
 * wrong (Russian files mix Cyrillic "а", "с", "е" into Latin series and nest lists wrongly).
 */

/** Cyrillic letters that look like Latin ones, as Russian files type them into Latin series. */
const homoglyphs: Record<string, string> = { а: 'a', в: 'b', с: 'c', е: 'e', һ: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', о: 'o', р: 'p', ѕ: 's', т: 't', х: 'x', у: 'y' };
export const repairHomoglyphs = (label: string): string => label.replace(/[авсеһіјкморѕтху]/gu, (c) => homoglyphs[c] ?? c);

const abjad = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';
const branches = '子丑寅卯辰巳午未申酉戌亥';
const stems = '甲乙丙丁戊己庚辛壬癸';
const circled = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
const chineseDigits = '一二三四五六七八九';

export type Series = 'latin' | 'roman' | 'arabic' | 'number-quoted' | 'branch' | 'stem' | 'chinese-number';

export interface Reading {
	series: Series;
	/** 0 for the first of the series: (a), (i), (أ), ㈠, ’1‘, (子), (甲). */
	index: number;
}

function romanValue(text: string): number | undefined {
	if (!/^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/u.test(text)) return undefined;
	const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
	let total = 0;
	for (let i = 0; i < text.length; i++) {
		const value = values[text[i]!]!;
		const next = values[text[i + 1] ?? ''] ?? 0;
		total += value < next ? -value : value;
	}
	return total;
}

function chineseNumber(text: string): number | undefined {
	if (/^十$/u.test(text)) return 10;
	const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
	if (!match || text === '') return undefined;
	const tens = match[2] ? (match[1] ? chineseDigits.indexOf(match[1]) + 1 : 1) : 0;
	const units = match[2] ? (match[3] ? chineseDigits.indexOf(match[3]) + 1 : 0) : match[1] ? chineseDigits.indexOf(match[1]) + 1 : 0;
	if (!match[2] && match[3]) return undefined;
	return tens * 10 + units || undefined;
}

/** A sub-paragraph label's possible readings ("(i)" is the ninth letter or the first roman numeral). */
export function readLabel(label: string): Reading[] {
	const bare = repairHomoglyphs(label.replace(/[\u200e\u200f\u0640]/gu, '').replace(/\ufeeb/gu, 'ه').trim().toLowerCase());
	if (bare.length === 1 && circled.includes(bare)) return [{ series: 'chinese-number', index: circled.indexOf(bare) }];
	const quoted = /^’([0-9]+)‘$|^‘([0-9]+)’$/u.exec(bare);
	if (quoted) return [{ series: 'number-quoted', index: Number(quoted[1] ?? quoted[2]) - 1 }];
	const inner = /^\(([^()]+)\)$/u.exec(bare)?.[1] ?? /^([^()\s]+)\)$/u.exec(bare)?.[1];
	if (!inner) return [];
	const readings: Reading[] = [];
	if (/^([a-z])\1*$/u.test(inner)) readings.push({ series: 'latin', index: (inner.length - 1) * 26 + inner.charCodeAt(0) - 97 });
	const roman = romanValue(inner);
	if (roman !== undefined) readings.push({ series: 'roman', index: roman - 1 });
	const arabic = inner.replace(/\s+/gu, '');
	if (/^([\u0621-\u064a])\1?$/u.test(arabic) || arabic === 'هـ' || arabic === 'هه' || arabic === 'هـهـ') {
		const letter = arabic[0]!;
		const index = abjad.indexOf(letter === 'ا' ? 'أ' : letter);
		if (index >= 0) readings.push({ series: 'arabic', index: (arabic.replace(/ـ/gu, '').length > 1 ? 28 : 0) + index });
	}
	if (inner.length === 1 && branches.includes(inner)) readings.push({ series: 'branch', index: branches.indexOf(inner) });
	if (inner.length === 1 && stems.includes(inner)) readings.push({ series: 'stem', index: stems.indexOf(inner) });
	const chinese = chineseNumber(inner);
	if (chinese !== undefined) readings.push({ series: 'chinese-number', index: chinese - 1 });
	return readings;
}

/** Whether a label is a sub-paragraph label at all. */
export const isLabel = (label: string): boolean => readLabel(label).length > 0;

/**
 * The depth (0: sub-paragraph, 1: its sub-paragraph) of each label of a run of sub-paragraphs,
 * from the series of the labels: the first label's series is the outer one; a label that
 * continues it is outer, one that starts or continues another series is inner. `hints` are the
 * depths the file gives; they decide where the labels do not ((i) after (h): outer or inner).
 */
export function inferDepths(labels: readonly string[], hints?: readonly number[]): { depths: number[]; overridden: number[] } {
	const depths: number[] = [];
	const overridden: number[] = [];
	let outer: Series | undefined;
	let outerNext = 0;
	let innerSeries: Series | undefined;
	let innerNext = 0;
	labels.forEach((label, at) => {
		const readings = readLabel(label);
		const hint = hints?.[at];
		if (outer === undefined) {
			const first = readings.find((r) => r.index === 0) ?? readings[0];
			outer = first?.series;
			outerNext = (first?.index ?? 0) + 1;
			depths.push(0);
			if (hint !== undefined && hint !== 0) overridden.push(at);
			return;
		}
		const asOuter = readings.some((r) => r.series === outer && r.index === outerNext);
		const asInner = readings.find((r) => r.series !== outer && (innerSeries === undefined ? r.index === 0 : r.series === innerSeries && r.index === innerNext));
		let depth: number;
		if (asOuter && asInner) depth = hint !== undefined ? Math.min(hint, 1) : 0;
		else if (asOuter) depth = 0;
		else if (asInner) depth = 1;
		else if (readings.length === 0 || readings.some((r) => r.series === outer)) depth = hint !== undefined ? Math.min(hint, 1) : 0;
		else depth = 1;
		if (depth === 0) {
			const reading = readings.find((r) => r.series === outer);
			outerNext = (reading?.index ?? outerNext) + 1;
			innerSeries = undefined;
			innerNext = 0;
		} else {
			const reading = asInner ?? readings.find((r) => r.series !== outer) ?? readings[0];
			innerSeries = reading?.series ?? innerSeries;
			innerNext = (reading?.index ?? innerNext) + 1;
		}
		if (hint !== undefined && Math.min(hint, 1) !== depth) overridden.push(at);
		depths.push(depth);
	});
	return { depths, overridden };
}
