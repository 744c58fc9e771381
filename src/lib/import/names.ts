/**
 * Lists of names written as prose ("China, Kazakhstan and Uzbekistan"), as the UN's records give
 * sponsors, split back into names. The inverse of `joinNames()` (src/lib/lists.ts), per language.
 */

interface ListGrammar {
	/** Between names: ", " in most languages, "、" in Chinese, "، " in Arabic. */
	separators: string[];
	/** Before the last name: " and ", " et ", " y "/" e ", " и ", "和"/"及"; Arabic prefixes "و". */
	conjunctions: string[];
	/** Names that themselves contain a separator or conjunction, kept whole. */
	compounds: string[];
}

export const listGrammars: Record<'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es', ListGrammar> = {
	en: {
		separators: [', '],
		conjunctions: [' and '],
		compounds: [
			'Antigua and Barbuda',
			'Bosnia and Herzegovina',
			'Saint Kitts and Nevis',
			'Saint Vincent and the Grenadines',
			'Sao Tome and Principe',
			'Trinidad and Tobago',
			'United Kingdom of Great Britain and Northern Ireland',
		],
	},
	fr: {
		separators: [', '],
		conjunctions: [' et '],
		compounds: ['Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
	},
	es: {
		separators: [', '],
		conjunctions: [' y ', ' e '],
		compounds: [
			'Antigua y Barbuda',
			'Bosnia y Herzegovina',
			'Saint Kitts y Nevis',
			'San Vicente y las Granadinas',
			'Santo Tomé y Príncipe',
			'Trinidad y Tabago',
			'Reino Unido de Gran Bretaña e Irlanda del Norte',
		],
	},
	ru: {
		separators: [', '],
		conjunctions: [' и '],
		compounds: [
			'Антигуа и Барбуда',
			'Босния и Герцеговина',
			'Сент-Китс и Невис',
			'Сент-Винсент и Гренадины',
			'Сан-Томе и Принсипи',
			'Тринидад и Тобаго',
			'Соединенное Королевство Великобритании и Северной Ирландии',
		],
	},
	zh: {
		separators: ['、'],
		conjunctions: ['和', '及'],
		compounds: ['安提瓜和巴布达', '波斯尼亚和黑塞哥维那', '圣基茨和尼维斯', '圣文森特和格林纳丁斯', '圣多美和普林西比', '特立尼达和多巴哥', '大不列颠及北爱尔兰联合王国'],
	},
	ar: {
		separators: ['، ', ', '],
		conjunctions: [' و'],
		compounds: [
			'أنتيغوا وبربودا',
			'البوسنة والهرسك',
			'سانت كيتس ونيفس',
			'سانت فنسنت وجزر غرينادين',
			'سان تومي وبرينسيبي',
			'ترينيداد وتوباغو',
			'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
		],
	},
};

export type ListLanguage = keyof typeof listGrammars;

/** Private-use characters stand in for protected text while splitting. */
const hidden = (text: string) => text.replace(/./gu, (char) => String.fromCodePoint(0xf0000 + char.codePointAt(0)!));
const shown = (text: string) => text.replace(/[\u{f0000}-\u{fffff}]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0xf0000));

/** Hides text in parentheses and the known compound names, so that only real list breaks remain. */
function protect(prose: string, grammar: ListGrammar): string {
	let text = prose.replace(/\([^()]*\)/gu, hidden);
	for (const name of grammar.compounds) text = text.split(name).join(hidden(name));
	return text;
}

/** Whether `prose` reads as a list in this language: it has one of its conjunctions outside parentheses. */
export function isListIn(prose: string, language: ListLanguage): boolean {
	const grammar = listGrammars[language];
	const text = protect(prose, grammar);
	return grammar.conjunctions.some((conjunction) => text.includes(conjunction));
}

/**
 * Splits "A, B and C" into ["A", "B", "C"] by the grammar of `language`, never inside
 * parentheses ("Guinea (on behalf of … the Group of 77 and China)") or a compound name
 * ("Trinidad and Tobago").
 */
export function splitNames(prose: string, language: ListLanguage): string[] {
	const grammar = listGrammars[language];
	const text = protect(prose.trim(), grammar);
	if (text === '') return [];
	let parts = [text];
	for (const separator of grammar.separators) parts = parts.flatMap((part) => part.split(separator));
	const last = parts.pop()!;
	let tail = [last];
	for (const conjunction of grammar.conjunctions) {
		tail = tail.flatMap((part) => {
			const at = part.lastIndexOf(conjunction);
			return at > 0 ? [part.slice(0, at), part.slice(at + conjunction.length)] : [part];
		});
	}
	// Arabic writes the conjunction on the last name after a separator: "أ، ب، وج".
	if (language === 'ar' && parts.length > 0 && tail.length === 1 && last.startsWith('و')) tail = [last.slice(1)];
	return [...parts, ...tail].map((name) => shown(name).trim()).filter((name) => name !== '');
}
