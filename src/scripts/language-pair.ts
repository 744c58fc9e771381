/**
 * <language-pair>: the radio buttons already choose the two languages shown (CSS does the
 * showing); this keeps the pair in the address (`?pair=fr-en`), so that a copied link or a reload
 * shows the same two, and on arrival shows the pair the address names.
 */
const pairParameter = 'pair';

class LanguagePair extends HTMLElement {
	connectedCallback() {
		this.#arrive();
		this.addEventListener('change', () => this.#remember());
	}

	#radio(group: string, language: string | undefined) {
		return this.querySelector<HTMLInputElement>(`input[name="${group}"][value="${language}"]`);
	}

	/** Shows the pair the address names, when the resolution has both languages. */
	#arrive() {
		const [first, second] = (new URLSearchParams(location.search).get(pairParameter) ?? '').split('-');
		const radios = [this.#radio('first', first), this.#radio('second', second)];
		if (first === second || !radios.every((radio) => radio) || radios.every((radio) => radio!.checked)) return;
		for (const radio of radios) radio!.checked = true;
		// Other columns make other row heights: the row the address names comes back into view.
		const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
		if (target) target.scrollIntoView();
	}

	/** Writes the pair shown into the address, keeping the place (`#op5`) and the history as they are. */
	#remember() {
		const chosen = ['first', 'second'].map((group) => this.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`)?.value);
		if (chosen.includes(undefined)) return;
		const url = new URL(location.href);
		url.searchParams.set(pairParameter, chosen.join('-'));
		history.replaceState(history.state, '', url);
	}
}

customElements.define('language-pair', LanguagePair);
