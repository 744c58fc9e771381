/**
 * <document-outline>: marks the part of the document being read and, on narrow screens, folds
 * the outline behind a button. The links work without it.
 */
class DocumentOutline extends HTMLElement {
	#links = new Map<string, HTMLAnchorElement>();

	connectedCallback() {
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) this.#links.set(link.hash.slice(1), link);
		this.#foldOnNarrowScreens();
		this.#trackPlace();
	}

	/** On narrow screens the list folds behind the button (CSS hides it); this opens and closes it. */
	#foldOnNarrowScreens() {
		const button = this.querySelector<HTMLButtonElement>('.outline-toggle')!;
		const list = this.querySelector<HTMLElement>('.outline-list')!;
		const open = (opened: boolean) => {
			list.classList.toggle('is-open', opened);
			button.setAttribute('aria-expanded', String(opened));
		};
		button.addEventListener('click', () => open(!list.classList.contains('is-open')));
		list.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a')) open(false);
		});
	}

	#reveal(link: HTMLElement) {
		if (this.scrollHeight <= this.clientHeight) return;
		const top = link.offsetTop; // the sticky outline is the offset parent
		if (top < this.scrollTop || top > this.scrollTop + this.clientHeight - link.offsetHeight) {
			this.scrollTop = top - this.clientHeight / 2;
		}
	}

	/** The current place is the last paragraph or part whose top has passed the top fifth of the window. */
	#trackPlace() {
		const targets = [...this.#links.keys()].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e);
		let frame = 0;
		const update = () => {
			frame = 0;
			const line = window.innerHeight / 5;
			let current: HTMLElement | undefined;
			for (const target of targets) {
				if (target.getBoundingClientRect().top <= line) current = target;
			}
			for (const [id, link] of this.#links) {
				if (id !== current?.id) link.removeAttribute('aria-current');
				else if (!link.hasAttribute('aria-current')) {
					link.setAttribute('aria-current', 'location');
					this.#reveal(link);
				}
			}
		};
		window.addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
		update();
	}
}

customElements.define('document-outline', DocumentOutline);
