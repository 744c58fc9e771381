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
