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

	/**
	 * The current place is the paragraph (or section, heading…) at the top of the reading area: the
	 * last one whose top has passed a line 3rem below the top of the window (a paragraph reached by
	 * its anchor sits 1.5rem below it). While the place arrived at (the `:target`, or the paragraph
	 * holding the sub-paragraph arrived at) is in view, it is the place, even where the page cannot
	 * scroll it to the top (near its end).
	 */
	#trackPlace() {
		// In document order, so their tops only grow: the place is found by halving, however long the text.
		const targets = [...this.#links.keys()].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e);
		let line = 0;
		let frame = 0;
		let marked: HTMLAnchorElement | undefined;
		const update = () => {
			frame = 0;
			line ||= 3 * parseFloat(getComputedStyle(document.documentElement).fontSize);
			let target = document.querySelector<HTMLElement>(':target');
			while (target && !this.#links.has(target.id)) target = target.parentElement?.closest<HTMLElement>('[id]') ?? null;
			const box = target?.getBoundingClientRect();
			let current = box && box.bottom > 0 && box.top < innerHeight ? target : undefined;
			if (!current) {
				let [low, high] = [0, targets.length - 1];
				while (low <= high) {
					const middle = (low + high) >> 1;
					if (targets[middle]!.getBoundingClientRect().top <= line) {
						current = targets[middle];
						low = middle + 1;
					} else high = middle - 1;
				}
			}
			// Only the link marked before and the one marked now change: the work of a scroll is the same for 10 paragraphs or 450.
			const link = current ? this.#links.get(current.id) : undefined;
			if (link === marked) return;
			marked?.removeAttribute('aria-current');
			marked = link;
			if (link) {
				link.setAttribute('aria-current', 'location');
				this.#reveal(link);
			}
		};
		const schedule = () => (frame ||= requestAnimationFrame(update));
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('hashchange', schedule);
		// In the first frame, with the page's first layout, rather than forcing one while the page loads.
		schedule();
	}
}

customElements.define('document-outline', DocumentOutline);
