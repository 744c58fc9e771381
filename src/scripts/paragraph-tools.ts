/**
 * <paragraph-tools>: adds a share button to every paragraph (copy link, copy citation, page of
 * the paragraph) and a "Copy link to selection" button for selected words. Reading never depends
 * on it: the ¶ links in the margin work without it.
 */
import { formatCitation } from '../lib/citation';
import { selectionUrl, textDirective } from '../lib/text-fragment';
import { fillTemplate } from '../lib/template';

const shareIcon =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5"><rect x="5.5" y="5.5" width="8" height="8" rx="1.5"/><path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-7a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h1"/></svg>';

class ParagraphTools extends HTMLElement {
	#menu!: HTMLElement;
	#selectionButton!: HTMLButtonElement;
	#status!: HTMLElement;
	#current: HTMLElement | undefined;
	#selectionLink = '';
	#statusTimer = 0;

	connectedCallback() {
		const template = this.querySelector('template')!.content.cloneNode(true) as DocumentFragment;
		this.#menu = template.querySelector('.paragraph-menu')!;
		this.#selectionButton = template.querySelector('.selection-link')!;
		this.#status = this.querySelector('.tools-status')!;
		if (!('paragraphPages' in this.dataset)) this.#menu.querySelector('[data-action="paragraph-page"]')!.remove();
		document.body.append(this.#menu);

		for (const paragraph of document.querySelectorAll<HTMLElement>('.paragraph[id]')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'paragraph-share';
			button.innerHTML = shareIcon;
			button.setAttribute('aria-label', fillTemplate(this.dataset.menuLabel!, { designation: this.#designation(paragraph) }));
			button.setAttribute('aria-expanded', 'false');
			button.setAttribute('popovertarget', this.#menu.id);
			button.addEventListener('click', () => this.#openFor(paragraph, button));
			paragraph.querySelector('.paragraph-margin')!.append(button);
		}
		this.#menu.addEventListener('toggle', (event) => {
			const open = (event as ToggleEvent).newState === 'open';
			document.querySelectorAll('.paragraph-share').forEach((b) => b.setAttribute('aria-expanded', String(open && b.closest('.paragraph') === this.#current)));
		});
		this.#menu.addEventListener('click', (event) => this.#act(event));

		this.#selectionButton.hidden = true;
		this.#selectionButton.addEventListener('mousedown', (event) => event.preventDefault());
		this.#selectionButton.addEventListener('click', () => this.#copy(this.#selectionLink, this.dataset.linkCopied!));
		document.addEventListener('selectionchange', () => this.#onSelection());

		landOnFragmentParagraph();
	}

	#designation(paragraph: HTMLElement): string {
		const kind = paragraph.classList.contains('operative') ? 'Operative' : 'Preambular';
		return fillTemplate(this.dataset[`designation${kind}`]!, { n: paragraph.dataset.number! });
	}

	/** The document page links to the paragraph's anchor; a paragraph's own page links to itself. */
	#linkTo(paragraph: HTMLElement): string {
		const page = this.dataset.pageUrl!;
		return page === this.dataset.documentUrl ? `${page}#${paragraph.id}` : page;
	}

	#openFor(paragraph: HTMLElement, button: HTMLElement) {
		this.#current = paragraph;
		const page = this.#menu.querySelector<HTMLAnchorElement>('[data-action="paragraph-page"]');
		// Relative, so it follows the host and base the page is served from: `pp16/`.
		if (page) page.setAttribute('href', `${paragraph.id}/`);
		// Placed under its button, in page coordinates (the popover is in the top layer);
		// getBoundingClientRect is physical, so these are too.
		const box = button.getBoundingClientRect();
		this.#menu.style.top = `${box.bottom + window.scrollY + 4}px`;
		this.#menu.style.left = `${Math.max(8, box.left + window.scrollX)}px`;
	}

	#act(event: Event) {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		const paragraph = this.#current;
		if (!paragraph || !action || action === 'paragraph-page') return;
		const link = this.#linkTo(paragraph);
		if (action === 'copy-link') this.#copy(link, this.dataset.linkCopied!);
		if (action === 'copy-citation') {
			const kind = paragraph.classList.contains('operative') ? 'Operative' : 'Preambular';
			const facts = { body: this.dataset.body!, number: this.dataset.number!, symbol: this.dataset.symbol!, date: this.dataset.date! };
			this.#copy(formatCitation(this.dataset[`citation${kind}`]!, facts, Number(paragraph.dataset.number), link), this.dataset.citationCopied!);
		}
		this.#menu.hidePopover();
		paragraph.querySelector<HTMLElement>('.paragraph-share')?.focus();
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
		const paragraphText = element?.closest('.paragraph-text');
		const paragraph = paragraphText?.closest<HTMLElement>('.paragraph[id]');
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
		paragraph.append(this.#selectionButton);
		const origin = paragraph.getBoundingClientRect();
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
