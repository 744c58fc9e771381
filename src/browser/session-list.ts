/**
 * <session-list>: on the page of a whole session, the filters beside the list (Main Committee,
 * adoption, month, SDG) and the orders filter and sort the list in place, at once, instead of
 * loading the filter's page; the address becomes that page's, so a reload, a copied link or the
 * Back button give the same list. Without JavaScript the same links load the same lists.
 */
class SessionList extends HTMLElement {
	#items: HTMLLIElement[] = [];
	#heading = '';
	#title = '';
	#count: HTMLElement | null = null;

	connectedCallback() {
		// Only where the whole session is listed: a filter's page lists a part, and its links load pages.
		const list = this.querySelector('.session-entries');
		if (!list || !this.hasAttribute('data-whole')) return;
		this.#items = [...list.children] as HTMLLIElement[];
		this.#heading = this.querySelector('h1')?.textContent ?? '';
		this.#title = document.title;
		this.#count = this.querySelector('.session-count');
		this.addEventListener('click', (event) => {
			if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter], a[data-order]');
			if (!link) return;
			event.preventDefault();
			history.pushState(null, '', link.href);
			this.#show(link);
		});
		addEventListener('popstate', () => this.#show(this.#linkFor(location.pathname)));
	}

	/** The filter or order link whose page the address is. */
	#linkFor(path: string): HTMLAnchorElement | undefined {
		return [...this.querySelectorAll<HTMLAnchorElement>('a[data-filter], a[data-order]')].find((link) => new URL(link.href).pathname === path);
	}

	#show(link: HTMLAnchorElement | undefined) {
		const filter = link?.dataset['filter'];
		const order = link?.dataset['order'] ?? 'number';
		const list = this.#items[0]?.parentElement;
		if (!list) return;
		const sorted = [...this.#items];
		if (order === 'date') sorted.sort((a, b) => (b.querySelector('time')?.dateTime ?? '').localeCompare(a.querySelector('time')?.dateTime ?? ''));
		if (order === 'title') {
			const collator = new Intl.Collator(document.documentElement.lang);
			// The link's words without the symbol before them.
			const title = (item: Element) => (item.querySelector('a')?.textContent ?? '').replace(item.querySelector('.entry-symbol')?.textContent ?? '', '').trim();
			sorted.sort((a, b) => collator.compare(title(a), title(b)));
		}
		let shown = 0;
		for (const item of sorted) {
			const match = !filter || (item.dataset['f'] ?? '').split(' ').includes(filter);
			item.hidden = !match;
			if (match) shown++;
			list.append(item);
		}
		for (const each of this.querySelectorAll('a[data-filter], a[data-order]')) each.removeAttribute('aria-current');
		const current = link ?? this.querySelector<HTMLAnchorElement>('a[data-order="number"]');
		current?.setAttribute('aria-current', 'page');
		if (!filter) this.querySelector('a[data-all]')?.setAttribute('aria-current', 'page');
		const heading = this.querySelector('h1');
		if (heading) heading.textContent = filter ? (link?.textContent?.trim() ?? this.#heading) : this.#heading;
		if (this.#count) this.#count.textContent = (filter ? this.dataset['filtered'] ?? '' : this.dataset['count'] ?? '').replace('{count}', String(shown)).replace('{total}', String(this.#items.length));
		document.title = filter ? `${heading?.textContent ?? ''} · ${this.#title}` : this.#title;
	}
}

customElements.define('session-list', SessionList);
