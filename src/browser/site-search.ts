/**
 * The header's search control: opens the search dialog on click, Ctrl/⌘+K or "/". (With
 * JavaScript, the page's `js` class shows the button instead of the link from the first paint.)
 * Kept tiny because every page loads it: the form (the search page's panel) and the search itself
 * (`search-panel.ts`, Pagefind) are fetched only when the dialog first opens.
 */

/** Whether a key press belongs to a field the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

class SiteSearch extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector<HTMLButtonElement>('.search-button')!;
		const dialog = this.querySelector('dialog')!;
		button.addEventListener('click', () => this.open());
		this.querySelector('.close')!.addEventListener('click', () => dialog.close());
		// A click on the backdrop (the dialog element itself, outside its content) closes it.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		// Escape closes even when the search field would swallow it to clear itself.
		dialog.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') {
				event.preventDefault();
				dialog.close();
			}
		});
		dialog.addEventListener('close', () => button.focus());
		document.addEventListener('keydown', (event) => {
			const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
			if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)) {
				event.preventDefault();
				this.open();
			}
		});
	}

	/** Opens the dialog, or on the search page moves to its own field. */
	async open() {
		const inPage = document.querySelector<HTMLInputElement>('search-panel[data-in-page] input[type="search"]');
		if (inPage) return inPage.focus();
		const dialog = this.querySelector('dialog')!;
		if (!dialog.open) dialog.showModal();
		dialog.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
		try {
			const { dialogPanel } = await import('./search-panel');
			const panel = await dialogPanel(dialog, this.querySelector<HTMLAnchorElement>('.search-link')!.href);
			panel.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
		} catch {
			dialog.querySelector('.dialog-status')!.textContent = dialog.dataset['failed'] ?? '';
		}
	}
}

customElements.define('site-search', SiteSearch);
