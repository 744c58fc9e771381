/**
 * <language-pair>: the radio buttons already choose the two languages shown (CSS does the
 * showing). This swaps the two when the reader picks in one group the language shown by the
 * other, and keeps the pair in the address (`?pair=fr-en`), so that a copied link or a reload shows
 * the same two; on arrival it shows the pair the address names.
 */
const groups = ['first', 'second'] as const;

class LanguagePair extends HTMLElement {
	/** The pair shown, to swap from. */
	#shown: string[] = [];

	connectedCallback() {
		this.#arrive();
		this.#shown = this.#chosen();
		this.addEventListener('change', (event) => this.#change(event.target as HTMLInputElement));
	}

	#radio(group: string, language: string | undefined) {
		return this.querySelector<HTMLInputElement>(`input[name="${group}"][value="${language}"]`);
	}

	#chosen(): string[] {
		return groups.map((group) => this.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`)?.value ?? '');
	}

	/** Shows the pair the address names, when the resolution has both languages. */
	#arrive() {
		const [first, second] = (new URLSearchParams(location.search).get('pair') ?? '').split('-');
		const radios = [this.#radio('first', first), this.#radio('second', second)];
		if (first === second || !radios.every((radio) => radio) || radios.every((radio) => radio!.checked)) return;
		for (const radio of radios) radio!.checked = true;
		// Other columns make other row heights: the row the address names comes back into view.
		const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
		if (target) target.scrollIntoView();
	}

	#change(radio: HTMLInputElement) {
		const index = groups.indexOf(radio.name as (typeof groups)[number]);
		const other = groups[1 - index]!;
		// The language the other group shows: that group takes the one this group showed.
		if (this.#radio(other, radio.value)?.checked) {
			const swapped = this.#radio(other, this.#shown[index]);
			if (swapped) swapped.checked = true;
		}
		this.#shown = this.#chosen();
		const url = new URL(location.href);
		url.searchParams.set('pair', this.#shown.join('-'));
		// Replaced, not pushed: choosing languages is not a step the Back button should retrace.
		history.replaceState(history.state, '', url);
	}
}

customElements.define('language-pair', LanguagePair);
