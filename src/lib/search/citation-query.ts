/**
 * A query that is a citation: "76/10", "A/RES/76/10", "76/10 op 5", "resolution 76/299 para. 5 (a)",
 * "76/84 B, para. 5", "resolution 76/246, sect. II, para. 3",
 * and the same in each language's citation style ("résolution 76/299, par. 5 a)", "第76/299号决议第5(a)段",
 * "القرار 76/299، الفقرة 5 (أ)"). Search lists the place it names first. Pure: the search panel and
 * the tests share it.
 */

/** The place a citation names: a resolution, and in it a part or section, a paragraph and its sub-paragraphs. */
export interface CitedPlace {
	/** The resolution's symbol as the site writes its path: `A/RES/76/299`, `A/RES/ES-11/1`. */
	symbol: string;
	/** The part cited after the number, as the UN writes it: `B` of "76/84 B" (a resolution in parts, or one of its own, 76/235 B). */
	part?: string | undefined;
	/** The section's number, from the Roman numeral cited: 2 for "sect. II". */
	section?: number | undefined;
	/** `op` for an operative paragraph, `pp` for a preambular one. */
	kind?: 'op' | 'pp' | undefined;
	/** The paragraph's number. */
	n?: number | undefined;
	/** The sub-paragraphs' letters as anchors write them, outermost first: `['a', 'ii']`. */
	points?: string[] | undefined;
}

/** Arabic sub-paragraph letters in the UN's order (أ، ب، ج، د، هـ، و…), as the Latin letters of the anchors. */
const arabicLetters: Record<string, string> = { أ: 'a', ا: 'a', ب: 'b', ج: 'c', د: 'd', هـ: 'e', ه: 'e', و: 'f', ز: 'g', ح: 'h', ط: 'i', ي: 'j', ك: 'k', ل: 'l', م: 'm', ن: 'n', س: 'o', ع: 'p', ف: 'q', ص: 'r', ق: 's', ر: 't', ش: 'u', ت: 'v', ث: 'w', خ: 'x', ذ: 'y', ض: 'z' };
/** Cyrillic sub-paragraph letters (а, b…: the Russian texts print Latin letters, but readers type either). */
const cyrillicLetters: Record<string, string> = { а: 'a', б: 'b', в: 'c', г: 'd', д: 'e', е: 'f', ж: 'g', з: 'h', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't' };

/** The resolution: `A/RES/76/10`, `76/10`, `ES-11/1`; a session of two or three digits, a number of at most three. */
const symbolPattern = /(?<![\p{N}/.-])(?:A\s*\/\s*RES\s*\/\s*)?(ES-\d{1,2}|\d{2,3})\s*\/\s*(\d{1,3})(?![\p{N}/])/iu;

/** Words that name a preambular paragraph, in any of the six languages (before or after the number). */
const preambular = /\bpp\b|preamb|préamb|preámb|преамбул|序言|الديباجة/iu;
/** The paragraph's number after a word for "paragraph" (op, para., par., párr., п., пункт, الفقرة) or inside 第…段. */
const paragraphPatterns = [
	/第\s*(\d{1,3})(?=[^第]*段)/u,
	/(?:\b(?:op|pp|para(?:graph)?s?|par|paragraphe|alinéa|párr(?:afo)?)|п(?:ункт)?|الفقرة)\.?\s*(\d{1,3})(?![\p{N}/])/iu,
];
/** Sub-paragraph letters after the number: "(a) (ii)", "a) ii)", "(a)(ii)", "(أ)", "-a-ii" (an anchor typed). */
const pointPattern = /^\s*(?:\(\s*([\p{L}]{1,5})\s*\)|([\p{L}]{1,5})\s*\)|-([a-z]{1,5})\b)/u;

/** The part right after the number: a capital letter standing alone ("76/84 B", "76/84 B, para. 5"). */
const partPattern = /^\s*([A-H])(?![\p{L}\p{N}])/u;
/** A section, in each language's citation style: "sect. II", "section 2", "secc. II", "разд. II", "第II节", "الجزء II". */
const sectionPattern = /(?:\b(?:sect(?:ion)?|secc(?:ión)?|sección)|разд(?:ел)?|الجزء)\.?\s*([IVXLC]+|\d{1,2})\b|第\s*([IVXLC]+|\d{1,2})\s*节/iu;

/** A section's number from its Roman numeral or digits. */
function sectionNumber(numeral: string): number | undefined {
	if (/^\d+$/.test(numeral)) return Number(numeral);
	const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
	const digits = [...numeral.toUpperCase()].map((letter) => values[letter] ?? 0);
	const number = digits.reduce((sum, value, index) => sum + (value < (digits[index + 1] ?? 0) ? -value : value), 0);
	return number > 0 ? number : undefined;
}

/** A letter or Roman numeral of a sub-paragraph as an anchor writes it. */
function pointAnchor(letters: string): string | undefined {
	const lower = letters.toLowerCase();
	if (/^[a-z]{1,5}$/.test(lower)) return lower;
	if (arabicLetters[letters]) return arabicLetters[letters];
	if (cyrillicLetters[lower]) return cyrillicLetters[lower];
	return undefined;
}

/** The place a query cites, or undefined when it is not a citation of a resolution. */
export function citedPlace(query: string): CitedPlace | undefined {
	const text = query.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
	const symbol = symbolPattern.exec(text);
	if (!symbol) return undefined;
	const session = symbol[1]!.toUpperCase();
	const place: CitedPlace = { symbol: `A/RES/${session}/${Number(symbol[2])}` };
	// The paragraph after the symbol, as citations put it, or before it ("paragraph 12 of resolution 76/72").
	let after = text.slice(symbol.index + symbol[0].length);
	const part = partPattern.exec(after);
	if (part) {
		place.part = part[1];
		after = after.slice(part[0].length);
	}
	const section = sectionPattern.exec(after);
	if (section) place.section = sectionNumber(section[1] ?? section[2]!);
	const before = text.slice(0, symbol.index);
	for (const [pattern, rest] of paragraphPatterns.flatMap((pattern) => [after, before].map((words) => [pattern, words] as const))) {
		const paragraph = pattern.exec(rest);
		if (!paragraph) continue;
		place.kind = preambular.test(rest) ? 'pp' : 'op';
		place.n = Number(paragraph[1]);
		const points: string[] = [];
		let letters = rest.slice(paragraph.index + paragraph[0].length);
		for (let match = pointPattern.exec(letters); match; match = pointPattern.exec(letters)) {
			const anchor = pointAnchor(match[1] ?? match[2] ?? match[3]!);
			if (!anchor) break;
			points.push(anchor);
			letters = letters.slice(match[0].length);
		}
		// Sub-paragraphs of a preambular paragraph are not cited apart.
		if (points.length > 0 && place.kind === 'op') place.points = points;
		break;
	}
	return place;
}

/**
 * The anchor of a cited place on its document page (`op5-a-ii`, `pp3`, `sec2-op3`; with `inPart`,
 * in the part's scope: `B-op5`, `B`), or undefined for the whole resolution. A part is in the anchor
 * only in a resolution of several parts; 76/235 B is a resolution of its own.
 */
export function citedAnchor(place: CitedPlace, inPart = false): string | undefined {
	const scope = [inPart ? place.part : undefined, place.section === undefined ? undefined : `sec${place.section}`].filter(Boolean);
	if (place.kind === undefined || place.n === undefined) return scope.length > 0 ? scope.join('-') : undefined;
	return [...scope, `${place.kind}${place.n}`, ...(place.points ?? [])].join('-');
}

/**
 * The symbols a citation may name, most likely first: the number alone, or with its part as a
 * resolution of its own (`A/RES/76/235 B`), or a resolution in parts holding it (`A/RES/76/84 A-B`,
 * `A-C`…), each with whether the part is a scope in it.
 */
export function citedSymbols(place: CitedPlace): { symbol: string; inPart: boolean }[] {
	const letters = 'ABCDEFGH';
	const from = place.part ? Math.max(letters.indexOf(place.part), 1) : 1;
	const inParts = [...letters.slice(from)].map((last) => ({ symbol: `${place.symbol} A-${last}`, inPart: !!place.part }));
	return place.part ? [{ symbol: `${place.symbol} ${place.part}`, inPart: false }, ...inParts, { symbol: place.symbol, inPart: false }] : [{ symbol: place.symbol, inPart: false }, ...inParts];
}
