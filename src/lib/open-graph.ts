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

/** Link previews and search results show about two or three lines of a description: more is never read. */
const previewLength = 300;

/**
 * A text as a page's description: whole up to 300 characters, longer ones cut after a word (or,
 * in Chinese, which has no spaces, at the length) and ended with "…". A paragraph page carries its
 * description twice (`description`, `og:description`), on 79,000 pages.
 */
export function previewDescription(text: string): string {
	const characters = Array.from(text);
	if (characters.length <= previewLength) return text;
	const cut = characters.slice(0, previewLength - 1).join('');
	const lastSpace = cut.search(/\s\S*$/);
	return `${(lastSpace > previewLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
