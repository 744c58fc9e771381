/**
 * A small, deterministic YAML writer for frontmatter: the same data always gives the same bytes,
 * keys in the order given, short lists of symbols and numbers on one line, lists of names one
 * per line. A string is written plain only when YAML (js-yaml, Astro's parser) reads it back as
 * that same string; anything that could read as a number, date, boolean, null, comment, alias,
 * tag or mapping is double-quoted.
 */

/** A list written on one line, `[A/RES/70/1, A/RES/53/243]`, for short tokens. */
export class FlowList {
	constructor(readonly items: readonly (string | number)[]) {}
}

export type YamlValue = string | number | boolean | Date | FlowList | YamlValue[] | YamlMap;
export interface YamlMap {
	[key: string]: YamlValue | undefined;
}

/** Only letters, digits and a few inner punctuation marks: safe as a plain scalar anywhere. */
const startsSafely = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/u;
/** Characters YAML reads as syntax somewhere inside a plain scalar. */
const unsafeInside = /: |:$| #|[\t\n\r]|\s$/u;
/** In a flow list, these end or nest the scalar. */
const unsafeInFlow = /[,[\]{}]/u;
/**
 * Strings YAML 1.1/1.2 parsers read as something other than a string, or that only look like a
 * number to a human editor: numbers (any base), dates, times, "76/299", booleans, null, `~`.
 */
const looksTyped = /^(?:[-+.]?[0-9][0-9A-Za-z.:/_+-]*|[-+.\d][\d\s.:/_+-]*|[-+]?\.?(?:inf|nan)|true|false|yes|no|on|off|y|n|null|~)$/iu;

/** A string as a YAML scalar: plain when safe, else double-quoted with JSON escapes. */
export function scalar(value: string, inFlow = false): string {
	const plain =
		value.length > 0 &&
		startsSafely.test(value) &&
		!unsafeInside.test(value) &&
		!looksTyped.test(value) &&
		!(inFlow && unsafeInFlow.test(value)) &&
		// Characters YAML treats as line breaks or that editors cannot see.
		!/[\u0085\u2028\u2029\uFEFF\p{Cc}]/u.test(value);
	return plain ? value : JSON.stringify(value);
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function writeValue(value: YamlValue, indent: string): string {
	if (value instanceof FlowList) {
		return ` [${value.items.map((item) => (typeof item === 'number' ? String(item) : scalar(item, true))).join(', ')}]`;
	}
	if (typeof value === 'string') return ` ${scalar(value)}`;
	if (typeof value === 'number' || typeof value === 'boolean') return ` ${value}`;
	if (value instanceof Date) return ` ${isoDate(value)}`;
	if (Array.isArray(value)) {
		if (value.length === 0) return ' []';
		return value.map((item) => `\n${indent}  -${writeValue(item, `${indent}  `)}`).join('');
	}
	return writeMap(value, `${indent}  `).replace(/^/, '\n');
}

function writeMap(map: YamlMap, indent: string): string {
	return Object.entries(map)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `${indent}${key}:${writeValue(value!, indent)}`)
		.join('\n');
}

/** The YAML text of a mapping, one key per line, ending with a line break. */
export function toYaml(map: YamlMap): string {
	return `${writeMap(map, '')}\n`;
}
