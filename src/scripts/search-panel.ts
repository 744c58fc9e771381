/**
 * The search panel (`<search-panel>`, markup in SearchPanel.astro), loaded only when search
 * opens: runs Pagefind on each keystroke and lists every matching paragraph, best first, in one
 * resolution or the whole session; a citation typed as the query lists the place it names first.
 */
import { fillTemplate as format } from '../lib/template';
import { citedHit, type CitedHit } from './cited-place';
import { pagefindScriptUrl } from '../lib/search/urls';
import {
	escapeText,
	pagefindRanking,
	pagesRead,
	parseQuery,
	restrictHits,
	restrictionCounts,
	searchHits,
	type PagefindResultData,
	type Restriction,
	type SearchHit,
} from '../lib/search/ranking';

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
			const scope = params.get('in');
			if (scope) this.dataset['resolution'] = scope;
		}
		this.#scopeTo(this.dataset['resolution']);
		void this.search();
	}

	/** Offers one resolution beside the whole session, and searches it first; without one, the whole session. */
	#scopeTo(symbol: string | undefined): void {
		const fieldset = this.querySelector<HTMLFieldSetElement>('.scope');
		const radio = this.querySelector<HTMLInputElement>('input[name="in"][data-scope="resolution"]');
		if (!fieldset || !radio) return;
		fieldset.hidden = !symbol;
		radio.value = symbol ?? '';
		radio.checked = !!symbol;
		this.querySelector<HTMLInputElement>('input[name="in"][data-scope="session"]')!.checked = !symbol;
		const label = this.querySelector<HTMLElement>('.scope-resolution')!;
		label.textContent = symbol ? format(label.dataset['template'] ?? '{symbol}', { symbol }) : '';
	}

	/** The resolution searched, or undefined for the whole session. */
	get scope(): string | undefined {
		return this.querySelector<HTMLInputElement>('input[name="in"]:checked')?.value || undefined;
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
		if (query.words.length === 0) {
			this.#count([]);
			return this.#show(number, [], '');
		}
		let engine: Pagefind;
		try {
			if (!pagefind) this.#status.textContent = this.dataset['loading'] ?? '';
			engine = await loadPagefind();
		} catch {
			this.#status.textContent = this.dataset['failed'] ?? '';
			return;
		}
		// In one resolution, that resolution alone (its document page is one page of the index).
		const resolution = this.scope;
		// A resolution's number ("76/10") may be a citation of a place: found while Pagefind searches.
		const citation = /\d\s*\/\s*\d/.test(this.#field.value) ? citedHit(this.#field.value, this.dataset['language'] ?? 'en').catch(() => undefined) : undefined;
		const [response, cited] = await Promise.all([engine.search(query.search, resolution ? { filters: { resolution } } : {}), citation]);
		if (number !== this.#latest) return;
		const results = response?.results ?? [];
		const data = await Promise.all((resolution ? results : results.slice(0, pagesRead)).map((result) => result.data()));
		const hits = searchHits(data, query);
		this.#count(hits);
		this.#show(number, restrictHits(hits, this.restriction), this.#field.value.trim(), cited);
	}

	/** Beside each kind of paragraph, how many hits it would keep. */
	#count(hits: SearchHit[]): void {
		const counts = restrictionCounts(hits);
		for (const span of this.querySelectorAll<HTMLElement>('.kind-count')) {
			const count = counts[span.dataset['kind'] as Restriction];
			span.textContent = hits.length > 0 && count !== undefined ? ` (${count})` : '';
		}
	}

	#show(number: number, hits: SearchHit[], query: string, cited?: CitedHit): void {
		if (number !== this.#latest) return;
		this.#hits = hits;
		// A reader who already moved into the results keeps their place when the list is redrawn.
		const focused = this.#list.contains(document.activeElement) ? (document.activeElement as HTMLAnchorElement).getAttribute('href') : null;
		const item = (url: string, title: string, where: string, excerptHtml: string, hit?: SearchHit) => {
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = url;
			// The paragraph, and the place in it (a sub-paragraph) the link leads to.
			if (hit) Object.assign(link.dataset, { anchor: hit.anchor, place: hit.place });
			const heading = document.createElement('span');
			heading.className = 'hit-title';
			heading.textContent = title;
			link.append(heading);
			if (where) {
				const resolution = document.createElement('span');
				resolution.className = 'hit-resolution';
				resolution.textContent = where;
				link.append(resolution);
			}
			const excerpt = document.createElement('span');
			excerpt.className = 'hit-excerpt';
			// Pagefind's excerpt: the page's own escaped text, with <mark> around matched words.
			excerpt.innerHTML = excerptHtml;
			link.append(excerpt);
			li.append(link);
			return li;
		};
		// Across resolutions, each hit says which one it is in: "A/RES/76/169 · Operative paragraph 17 (b) · Also recognizes", then its title.
		const across = !this.scope;
		const citedItem = cited && item(cited.url, cited.title, this.dataset['cited'] ?? '', escapeText(cited.excerpt));
		citedItem?.classList.add('hit-cited');
		this.#list.replaceChildren(
			...(citedItem ? [citedItem] : []),
			...hits.map((hit) => item(hit.url, across && hit.symbol ? `${hit.symbol} · ${hit.title}` : hit.title, across ? hit.shortTitle : '', hit.excerpt, hit)),
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
		const scope = this.scope;
		if (scope) url.searchParams.set('in', scope);
		else url.searchParams.delete('in');
		history.replaceState(history.state, '', url);
	}

	/** The hits on show, for tests and the benchmark. */
	get hits(): readonly SearchHit[] {
		return this.#hits;
	}
}

if (!customElements.get('search-panel')) customElements.define('search-panel', SearchPanel);
