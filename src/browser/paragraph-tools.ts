/**
 * <paragraph-tools>: adds a share button to every paragraph and sub-paragraph (copy link, copy
 * citation, page of the paragraph) and a "Copy link to selection" button for selected words.
 * Reading never depends on it: the ¶ links in the margin work without it. Each place is named and
 * cited from the page itself: its anchor, its printed letters and the scopes around it.
 */
import { formatCitation } from '../lib/citation';
import { designate, type Locator, type LocatorStrings } from '../lib/locator';
import { selectionUrl, textDirective } from '../lib/text-fragment';
import { fillTemplate } from '../lib/template';

/** The places that have their own share button: paragraphs and their sub-paragraphs. */
const places = '.paragraph[id], .point[id]';
/** The text elements of a place, where selected words are looked for. */
const texts = '.paragraph-text, .point-text, .wrap-up';

/**
 * Where a paragraph or sub-paragraph is, read from the page: its kind from its classes, its number
 * from its anchor, its sub-paragraphs' letters as printed, and the part, annex and section around
 * it (their `data-part`, `data-annex`, `data-section`, on the scope's element or, on a paragraph's
 * own page, on the excerpt).
 */
export function locatorOf(element: HTMLElement, number: string): Locator {
	const paragraph = element.closest<HTMLElement>('.paragraph')!;
	const points: string[] = [];
	for (let point = element.closest('.point'); point && paragraph.contains(point); point = point.parentElement!.closest('.point')) {
		points.unshift(point.querySelector(':scope > .point-num')!.textContent!);
	}
	const scope = (name: 'part' | 'annex' | 'section') => paragraph.closest<HTMLElement>(`[data-${name}]`)?.dataset[name];
	const kind = paragraph.classList.contains('unnumbered') ? 'unnumbered' : paragraph.classList.contains('operative') ? 'operative' : 'preambular';
	return { kind, number, part: scope('part'), annex: scope('annex'), section: scope('section'), n: /([0-9][0-9.]*)$/.exec(paragraph.id)?.[1], points };
}

const shareIcon =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5"><rect x="5.5" y="5.5" width="8" height="8" rx="1.5"/><path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-7a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h1"/></svg>';

class ParagraphTools extends HTMLElement {
	#menu!: HTMLElement;
	#selectionButton!: HTMLButtonElement;
	#status!: HTMLElement;
	#current: HTMLElement | undefined;
	#strings!: LocatorStrings;
	#selectionLink = '';
	#statusTimer = 0;

	connectedCallback() {
		const template = this.querySelector('template')!.content.cloneNode(true) as DocumentFragment;
		this.#menu = template.querySelector('.paragraph-menu')!;
		this.#selectionButton = template.querySelector('.selection-link')!;
		this.#status = this.querySelector('.tools-status')!;
		// Only the strings this resolution's places need (resolutionLocatorStrings in src/lib/designations.ts).
		this.#strings = JSON.parse(this.dataset.strings!) as LocatorStrings;
		if (!('paragraphPages' in this.dataset)) this.#menu.querySelector('[data-action="paragraph-page"]')!.remove();
		document.body.append(this.#menu);

		for (const place of document.querySelectorAll<HTMLElement>(places)) {
			const margin = place.querySelector(':scope > .paragraph-margin');
			if (!margin) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'paragraph-share';
			button.innerHTML = shareIcon;
			button.setAttribute('aria-label', fillTemplate(this.dataset.menuLabel!, { designation: designate(locatorOf(place, this.dataset.number!), this.#strings) }));
			button.setAttribute('aria-expanded', 'false');
			button.setAttribute('popovertarget', this.#menu.id);
			button.addEventListener('click', () => this.#openFor(place, button));
			margin.append(button);
		}
		this.#menu.addEventListener('toggle', (event) => {
			const open = (event as ToggleEvent).newState === 'open';
			document.querySelectorAll('.paragraph-share').forEach((b) => b.setAttribute('aria-expanded', String(open && b.parentElement!.parentElement === this.#current)));
		});
		this.#menu.addEventListener('click', (event) => this.#act(event));

		this.#selectionButton.hidden = true;
		this.#selectionButton.addEventListener('mousedown', (event) => event.preventDefault());
		this.#selectionButton.addEventListener('click', () => this.#copy(this.#selectionLink, this.dataset.linkCopied!));
		document.addEventListener('selectionchange', () => this.#onSelection());

		landOnFragmentParagraph();
	}

	/**
	 * The document page links to the place's anchor; a paragraph's own page links to itself, and to
	 * its sub-paragraphs' anchors on it.
	 */
	#linkTo(place: HTMLElement): string {
		const page = this.dataset.pageUrl!;
		if (page === this.dataset.documentUrl) return `${page}#${place.id}`;
		return place.matches('.paragraph') ? page : `${page}#${place.id}`;
	}

	#openFor(place: HTMLElement, button: HTMLElement) {
		this.#current = place;
		const page = this.#menu.querySelector<HTMLAnchorElement>('[data-action="paragraph-page"]');
		// Relative, so it follows the host and base the page is served from: `pp16/`, `op5/#op5-a`.
		const paragraph = place.closest('.paragraph')!;
		if (page) page.setAttribute('href', paragraph === place ? `${place.id}/` : `${paragraph.id}/#${place.id}`);
		// Placed under its button, in page coordinates (the popover is in the top layer);
		// getBoundingClientRect is physical, so these are too.
		const box = button.getBoundingClientRect();
		this.#menu.style.top = `${box.bottom + window.scrollY + 4}px`;
		this.#menu.style.left = `${Math.max(8, box.left + window.scrollX)}px`;
	}

	#act(event: Event) {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		const place = this.#current;
		if (!place || !action || action === 'paragraph-page') return;
		const link = this.#linkTo(place);
		if (action === 'copy-link') this.#copy(link, this.dataset.linkCopied!);
		if (action === 'copy-citation') {
			const facts = { body: this.dataset.body!, symbol: this.dataset.symbol!, date: this.dataset.date! };
			this.#copy(formatCitation(this.#strings, facts, locatorOf(place, this.dataset.number!), link), this.dataset.citationCopied!);
		}
		this.#menu.hidePopover();
		place.querySelector<HTMLElement>(':scope > .paragraph-margin .paragraph-share')?.focus();
	}

	async #copy(text: string, success: string) {
		try {
			await navigator.clipboard.writeText(text);
			this.#announce(success);
		} catch {
			this.#announce(this.dataset.copyFailed!);
		}
	}

	#announce(message: string) {
		this.#status.textContent = message;
		clearTimeout(this.#statusTimer);
		this.#statusTimer = window.setTimeout(() => (this.#status.textContent = ''), 3000);
	}

	#onSelection() {
		const selection = document.getSelection();
		const range = selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
		const text = range?.commonAncestorContainer;
		const element = text && (text.nodeType === Node.ELEMENT_NODE ? (text as Element) : text.parentElement);
		const paragraphText = element?.closest(texts);
		const paragraph = paragraphText?.closest<HTMLElement>(places);
		if (!range || !paragraphText || !paragraph || !selection!.toString().trim()) {
			this.#selectionButton.hidden = true;
			return;
		}
		const before = document.createRange();
		before.setStart(paragraphText, 0);
		before.setEnd(range.startContainer, range.startOffset);
		const after = document.createRange();
		after.setStart(range.endContainer, range.endOffset);
		after.setEndAfter(paragraphText.lastChild!);
		const pageText = normalizeForMatch(document.body.innerText);
		const directive = textDirective({ text: selection!.toString(), before: before.toString(), after: after.toString() }, (words) => {
			const needle = normalizeForMatch(words);
			const first = pageText.indexOf(needle);
			return first !== -1 && first === pageText.lastIndexOf(needle);
		});
		this.#selectionLink = selectionUrl(this.dataset.documentUrl!, paragraph.id, directive);
		const box = range.getBoundingClientRect();
		// Placed in its paragraph, the positioned box (sub-paragraphs are not positioned).
		const host = paragraph.closest<HTMLElement>('.paragraph')!;
		host.append(this.#selectionButton);
		const origin = host.getBoundingClientRect();
		this.#selectionButton.style.top = `${box.bottom - origin.top + 6}px`;
		this.#selectionButton.style.left = `${Math.max(0, box.left - origin.left)}px`;
		this.#selectionButton.hidden = false;
	}
}

function normalizeForMatch(text: string): string {
	return text.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Browsers without text fragments keep `#op5:~:text=…` whole as the fragment, which matches no
 * id: scroll to the paragraph named before `:~:` instead.
 */
function landOnFragmentParagraph() {
	const [id, directive] = decodeURIComponent(location.hash.slice(1)).split(':~:');
	if (directive === undefined || !id) return;
	document.getElementById(id)?.scrollIntoView();
}

customElements.define('paragraph-tools', ParagraphTools);
