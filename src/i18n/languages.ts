/**
 * The six official languages of the United Nations, in the UN's order, each named in itself.
 */
export const languages = [
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'zh', name: '中文', dir: 'ltr' },
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'fr', name: 'Français', dir: 'ltr' },
	{ code: 'ru', name: 'Русский', dir: 'ltr' },
	{ code: 'es', name: 'Español', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

/** Writing direction of a language: Arabic is written right to left. */
export function textDirection(code: string): 'ltr' | 'rtl' {
	return languages.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** A language's name in itself: "Русский". */
export function languageName(code: string): string {
	return languages.find((language) => language.code === code)?.name ?? code;
}

/** Any letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const rightToLeftLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * Whether `text`, shown inside text of `language`, must be isolated so that the bidirectional
 * algorithm does not reorder it with its neighbours: in right-to-left text, any run that holds no
 * right-to-left letter (a symbol, a date printed in English, a Latin name, "76/299").
 */
export function needsIsolation(text: string, language: string): boolean {
	return textDirection(language) === 'rtl' && !rightToLeftLetter.test(text);
}

/** The same page in one official language: its site path, and whether it is the same page (for hreflang) or only the nearest one there is. */
export interface Translation {
	language: string;
	path: string;
	/** False where the language lacks this page and the link leads to the nearest place instead. */
	equivalent?: boolean;
}
