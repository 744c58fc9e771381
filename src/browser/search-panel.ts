/**
 * The search panel (`<search-panel>`, markup in SearchPanel.astro), loaded only when search
 * opens: runs Pagefind on each keystroke and lists every matching paragraph, best first, in one
 * resolution or the whole session; a citation typed as the query lists the place it names first.
 */
import { fillTemplate as format } from '../lib/template';
import { citedHit, type CitedHit } from './cited-place';
import { inNarrowing, narrowingNames, readResolutionFilter, type Narrowing } from '../lib/search/resolution-filter';
import { pagefindScriptUrl } from '../lib/search/urls';
import {
	eitherWord,
	escapeText,
	pagefindRanking,
	groupsRead,
	parseQuery,
	restrictHits,
	restrictionCounts,
	searchHits,
	type ParsedQuery,
	type PagefindResultData,
	type Restriction,
	type SearchHit,
} from '../lib/search/ranking';

/** Counts of groups by filter value: `{ resolution: { 'A/RES/76/10|plenary|recorded-vote': 3 } }`. */
type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind answers a search with: the matching groups, best first, and the counts of each filter value without the filters. */
type PagefindResponse = { results: PagefindResult[]; totalFilters?: FilterCounts } | null;

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) this panel uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<PagefindResponse>;
	filters(): Promise<FilterCounts>;
}

type PagefindResult = { id: string; score: number; data(): Promise<PagefindResultData> };

let pagefind: Promise<Pagefind> | undefined;

let filterValues: Promise<string[]> | undefined;

/**
 * Every value of the index's `resolution` filter (`A/RES/76/10|plenary|recorded-vote`), loaded once
 * (one small file): what a scope or a narrowing names, and what the counts are read against.
 */
function resolutionValues(engine: Pagefind): Promise<string[]> {
	filterValues ??= engine.filters().then((all) => Object.keys(all['resolution'] ?? {}));
	filterValues.catch(() => (filterValues = undefined));
	return filterValues;
}

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
	#more!: HTMLButtonElement;
	#narrowing!: HTMLElement;
	#hits: SearchHit[] = [];
	/** Number of the latest search, so a slow answer never overwrites a newer one. */
	#latest = 0;
	/** The latest search: its query, every group Pagefind found, how many are read, the hits of those, the place a citation names. */
	#query: ParsedQuery = parseQuery('');
	#results: PagefindResult[] = [];
	#read = 0;
	#found: SearchHit[] = [];
	#cited: CitedHit | undefined;
	/** Whether the Main Committee and adoption counts are wanted: once the reader goes to them (their file is loaded then). */
	#counting = false;

	connectedCallback() {
		this.#field = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		this.#status = this.querySelector<HTMLElement>('[role="status"]')!;
		this.#list = this.querySelector<HTMLOListElement>('.results')!;
		this.#more = this.querySelector<HTMLButtonElement>('.more')!;
		this.#narrowing = this.querySelector<HTMLElement>('.narrowing')!;
		const form = this.querySelector('form')!;
		this.#field.addEventListener('input', () => this.search());
		form.addEventListener('change', () => {
			this.#narrowing.hidden = !!this.scope;
			void this.search();
		});
		this.#more.addEventListener('click', () => void this.#readMore(this.#latest, groupsRead, true));
		// The counts beside each Main Committee and adoption, when the reader goes there.
		const count = () => {
			if (this.#counting) return;
			this.#counting = true;
			void this.search();
		};
		this.#narrowing.addEventListener('focusin', count);
		this.#narrowing.addEventListener('pointerdown', count);
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
			for (const select of this.querySelectorAll<HTMLSelectElement>('.narrowing select')) select.value = params.get(select.name) ?? '';
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
		this.#narrowing.hidden = !!symbol;
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

	/** The session, Main Committee and way of adoption chosen over the site ('' for any; none in one resolution). */
	#narrowed(): Narrowing {
		const value = (name: keyof Narrowing) => (this.scope ? '' : (this.#narrowing.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? ''));
		return { session: value('session'), committee: value('committee'), adopted: value('adopted') };
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
			this.#results = [];
			this.#found = [];
			this.#more.hidden = true;
			this.#count([]);
			this.#countResolutions(undefined);
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
		// In one resolution, its groups alone; over the session, those of a Main Committee or a way of adoption if chosen.
		const resolution = this.scope;
		const chosen = this.#narrowed();
		const narrowed = !!(chosen.session || chosen.committee || chosen.adopted);
		const values = resolution || narrowed || this.#counting ? await resolutionValues(engine).catch(() => [] as string[]) : [];
		let filters: Record<string, string | { any: string[] }> = {};
		if (resolution) filters = { resolution: values.find((value) => readResolutionFilter(value).symbol === resolution) ?? resolution };
		else if (narrowed) {
			const any = values.filter((value) => inNarrowing(readResolutionFilter(value), chosen));
			filters = { resolution: { any: any.length > 0 ? any : ['none'] } };
		}
		// A resolution's number ("76/10") may be a citation of a place: found while Pagefind searches.
		const citation = /\d\s*\/\s*\d/.test(this.#field.value) ? citedHit(this.#field.value, this.dataset['language'] ?? 'en').catch(() => undefined) : undefined;
		const [response, cited] = await Promise.all([engine.search(query.search, { filters }), citation]);
		if (number !== this.#latest) return;
		let results = response?.results ?? [];
		let totals = response?.totalFilters?.['resolution'];
		// Pagefind lists a group only when it holds every word; when none does, the groups holding
		// most of them, best first (a Chinese name its index cut differently from the query, a word misspelt).
		if (results.length === 0 && query.words.length > 1 && !query.phrase) {
			const each = await Promise.all(query.words.map((word) => engine.search(word, { filters })));
			results = eitherWord(each);
			totals = Object.assign({}, ...each.map((one) => one?.totalFilters?.['resolution'] ?? {}));
		}
		if (number !== this.#latest) return;
		this.#countResolutions(values.length > 0 && !resolution ? totals : undefined);
		this.#query = query;
		this.#results = results;
		this.#read = 0;
		this.#found = [];
		this.#cited = cited;
		// In one resolution every group that matches; over the session the best few, more on request.
		await this.#readMore(number, resolution ? results.length : groupsRead);
	}

	/** Reads the next groups of the results for their paragraphs, adds their hits below those listed, and shows them. */
	async #readMore(number: number, groups: number, focusNew = false): Promise<void> {
		const batch = this.#results.slice(this.#read, this.#read + groups);
		this.#read += batch.length;
		const data = await Promise.all(batch.map((result) => result.data()));
		if (number !== this.#latest) return;
		const listed = new Set([...this.#list.querySelectorAll('a')].map((link) => link.getAttribute('href')));
		this.#found.push(...searchHits(data, this.#query));
		this.#count(this.#found);
		this.#show(number, restrictHits(this.#found, this.restriction), this.#field.value.trim(), this.#cited);
		this.#more.hidden = this.#read >= this.#results.length;
		// The first of the hits just added, for a reader who asked for more.
		if (focusNew) ([...this.#list.querySelectorAll('a')].find((link) => !listed.has(link.getAttribute('href'))) ?? this.#field).focus();
	}

	/**
	 * Beside each session, Main Committee and way of adoption, how many resolutions hold the words
	 * (Pagefind counts the groups of each resolution that match, without the narrowing), with the other choices kept.
	 */
	#countResolutions(totals: Record<string, number> | undefined): void {
		const found = Object.entries(totals ?? {})
			.filter(([, groups]) => groups > 0)
			.map(([value]) => readResolutionFilter(value));
		const chosen = this.#narrowed();
		for (const select of this.querySelectorAll<HTMLSelectElement>('.narrowing select')) {
			const name = select.name as keyof Narrowing;
			for (const option of select.options) {
				const label = (option.dataset['label'] ??= option.textContent ?? '');
				// This option in place of this select's choice, the other select's choice kept.
				const count = found.filter((facts) => inNarrowing(facts, { ...chosen, [name]: option.value })).length;
				option.textContent = totals ? `${label} (${count})` : label;
			}
		}
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
		const chosen = this.#narrowed();
		for (const name of narrowingNames) {
			const value = chosen[name];
			if (value) url.searchParams.set(name, value);
			else url.searchParams.delete(name);
		}
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
