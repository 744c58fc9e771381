/**
 * The search panel (`<search-panel>`, markup in SearchPanel.astro), loaded only when search
 * opens: runs Pagefind on each keystroke and lists every matching paragraph, best first.
 */
import { fillTemplate as format } from '../lib/template';
import { pagefindScriptUrl } from '../lib/search-urls';
import {
	pagefindRanking,
	pagesRead,
	parseQuery,
	restrictHits,
	searchHits,
	type PagefindResultData,
	type Restriction,
	type SearchHit,
} from '../lib/search';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this panel uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once for the page, from the site's base path. */
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ pagefindScriptUrl(import.meta.env.BASE_URL))) as Pagefind;
		// On the main thread: the index of one resolution is small, and a worker would be one more file to fetch.
		await module.options({
			baseUrl: import.meta.env.BASE_URL,
			excerptLength: 24,
			ranking: pagefindRanking,
			noWorker: true,
		});
		await module.init();
		return module;
	})();
	return pagefind;
}

const dialogPanels = new WeakMap<HTMLDialogElement, Promise<Element>>();

/**
 * The search form of the header's dialog: the search page's own panel (`searchPage`, the page of
 * the dialog's language), fetched once, placed in the dialog and set to search the resolution the
 * dialog names. Fetched rather than in every page: 90,000 pages need not each carry the form.
 */
export function dialogPanel(dialog: HTMLDialogElement, searchPage: string): Promise<Element> {
	let panel = dialogPanels.get(dialog);
	if (!panel) {
		panel = (async () => {
			const response = await fetch(searchPage);
			if (!response.ok) throw new Error(`${searchPage}: ${response.status}`);
			const found = document.adoptNode(new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('search-panel')!);
			found.removeAttribute('data-in-page');
			if (dialog.dataset['resolution']) found.setAttribute('data-resolution', dialog.dataset['resolution']);
			// The dialog's own field, with whatever the reader has typed, becomes the form's field.
			const early = dialog.querySelector<HTMLInputElement>('.early-query');
			const field = found.querySelector<HTMLInputElement>('input[type="search"]')!;
			if (early) {
				early.removeAttribute('aria-label');
				for (const { name, value } of [...field.attributes]) early.setAttribute(name, value);
				field.replaceWith(early);
			}
			dialog.querySelector('.dialog-status')!.replaceWith(found);
			return found;
		})();
		dialogPanels.set(dialog, panel);
		// A failed load is tried again at the next opening.
		panel.catch(() => dialogPanels.delete(dialog));
	}
	return panel;
}

class SearchPanel extends HTMLElement {
	#field!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#hits: SearchHit[] = [];
	/** Number of the latest search, so a slow answer never overwrites a newer one. */
	#latest = 0;

	connectedCallback() {
		this.#field = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		this.#status = this.querySelector<HTMLElement>('[role="status"]')!;
		this.#list = this.querySelector<HTMLOListElement>('.results')!;
		const form = this.querySelector('form')!;
		this.#field.addEventListener('input', () => this.search());
		form.addEventListener('change', () => this.search());
		// Results appear as the reader types; submitting moves to the first of them instead of reloading.
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#list.querySelector('a')?.focus();
		});
		this.addEventListener('keydown', (event) => this.#move(event));
		if (this.inPage) {
			const params = new URLSearchParams(location.search);
			this.#field.value = params.get('q') ?? '';
			const kind = params.get('kind');
			const radio = this.querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`);
			if (radio) radio.checked = true;
		}
		void this.search();
	}

	get inPage(): boolean {
		return this.hasAttribute('data-in-page');
	}

	get restriction(): Restriction {
		return (this.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? 'all') as Restriction;
	}

	/** Runs the field's query and shows what it finds. */
	async search(): Promise<void> {
		const number = ++this.#latest;
		const query = parseQuery(this.#field.value);
		if (this.inPage) this.#updateUrl();
		if (query.words.length === 0) return this.#show(number, [], '');
		let engine: Pagefind;
		try {
			if (!pagefind) this.#status.textContent = this.dataset['loading'] ?? '';
			engine = await loadPagefind();
		} catch {
			this.#status.textContent = this.dataset['failed'] ?? '';
			return;
		}
		// On a resolution's pages, that resolution alone (its document page is one page of the index).
		const resolution = this.dataset['resolution'];
		const response = await engine.search(query.search, resolution ? { filters: { resolution } } : {});
		if (number !== this.#latest) return;
		const results = response?.results ?? [];
		const data = await Promise.all((resolution ? results : results.slice(0, pagesRead)).map((result) => result.data()));
		this.#show(number, restrictHits(searchHits(data, query), this.restriction), this.#field.value.trim());
	}

	#show(number: number, hits: SearchHit[], query: string): void {
		if (number !== this.#latest) return;
		this.#hits = hits;
		// A reader who already moved into the results keeps their place when the list is redrawn.
		const focused = this.#list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
		this.#list.replaceChildren(
			...hits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = hit.url;
				link.dataset['anchor'] = hit.anchor;
				const title = document.createElement('span');
				title.className = 'hit-title';
				title.textContent = hit.title;
				// Across resolutions, each hit says which one it is in.
				if (!this.dataset['resolution'] && hit.resolution) {
					const where = document.createElement('span');
					where.className = 'hit-resolution';
					where.textContent = hit.resolution;
					link.append(where);
				}
				const excerpt = document.createElement('span');
				excerpt.className = 'hit-excerpt';
				// Pagefind's excerpt: the page's own escaped text, with <mark> around matched words.
				excerpt.innerHTML = hit.excerpt;
				link.append(title, excerpt);
				item.append(link);
				return item;
			}),
		);
		if (focused) ([...this.#list.querySelectorAll('a')].find((link) => link.getAttribute('href') === focused) ?? this.#field).focus();
		const strings = this.dataset;
		this.#status.textContent =
			query === ''
				? ''
				: hits.length === 0
					? format(strings['none'] ?? '', { query })
					: hits.length === 1
						? (strings['countOne'] ?? '')
						: format(strings['count'] ?? '', { count: hits.length });
		this.dispatchEvent(new CustomEvent('search-results', { detail: { count: hits.length } }));
	}

	/** Arrow keys: from the field into the results and between them; up from the first back to the field. */
	#move(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...this.#list.querySelectorAll('a')];
		if (links.length === 0) return;
		const active = document.activeElement;
		const index = links.indexOf(active as HTMLAnchorElement);
		if (active !== this.#field && index === -1) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
		if (next < 0) this.#field.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	}

	/** Keeps the search page's URL in step with the query, so it can be shared. */
	#updateUrl(): void {
		const url = new URL(location.href);
		const query = this.#field.value.trim();
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		if (this.restriction === 'all') url.searchParams.delete('kind');
		else url.searchParams.set('kind', this.restriction);
		history.replaceState(history.state, '', url);
	}

	/** The hits on show, for tests and the benchmark. */
	get hits(): readonly SearchHit[] {
		return this.#hits;
	}
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
