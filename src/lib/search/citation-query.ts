/**
 * A query that is a citation: "76/10", "A/RES/76/10", "76/10 op 5", "resolution 76/299 para. 5 (a)",
 * and the same in each language's citation style ("résolution 76/299, par. 5 a)", "第76/299号决议第5(a)段",
 * "القرار 76/299، الفقرة 5 (أ)"). Search lists the place it names first. Pure: the search panel and
 * the tests share it.
 */

/** The place a citation names: a resolution, and in it a paragraph and its sub-paragraphs. */
export interface CitedPlace {
	/** The resolution's symbol as the site writes its path: `A/RES/76/299`, `A/RES/ES-11/1`. */
	symbol: string;
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
	const after = text.slice(symbol.index + symbol[0].length);
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

/** The anchor of a cited place on its document page (`op5-a-ii`, `pp3`), or undefined for the whole resolution. */
export function citedAnchor(place: CitedPlace): string | undefined {
	if (place.kind === undefined || place.n === undefined) return undefined;
	return [`${place.kind}${place.n}`, ...(place.points ?? [])].join('-');
}
