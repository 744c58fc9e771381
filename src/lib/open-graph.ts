/**
 * Open Graph needs a locale with a territory (`en_GB`). The UN's English is British English;
 * each other official language gets the usual territory of its locale.
 */
const locales: Record<string, string> = { ar: 'ar_AR', zh: 'zh_CN', en: 'en_GB', fr: 'fr_FR', ru: 'ru_RU', es: 'es_ES' };

/** The `og:locale` of a page in one of the six official languages: "en" → "en_GB". */
export function openGraphLocale(language: string): string {
	const locale = locales[language];
	if (!locale) throw new Error(`No Open Graph locale for language "${language}": expected one of ${Object.keys(locales).join(', ')}`);
	return locale;
}
