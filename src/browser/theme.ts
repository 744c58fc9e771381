/**
 * The reader's colour scheme. The same logic runs inline, before the first paint, from
 * `themeScript` in Page.astro; this module serves the switch.
 */
export type Theme = 'auto' | 'light' | 'dark';

const key = 'theme';

/** The scheme the reader chose, or `auto` (follow the system). */
export function savedTheme(): Theme {
	try {
		const value = localStorage.getItem(key);
		return value === 'light' || value === 'dark' ? value : 'auto';
	} catch {
		return 'auto';
	}
}

/** Applies and remembers a choice; `auto` forgets it. */
export function rememberTheme(theme: string): void {
	const root = document.documentElement;
	try {
		if (theme === 'light' || theme === 'dark') localStorage.setItem(key, theme);
		else localStorage.removeItem(key);
	} catch {
		// Private modes may refuse storage: the choice then lasts for this page only.
	}
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	else delete root.dataset.theme;
}
