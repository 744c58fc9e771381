/**
 * What Pagefind indexes of a document page: its text cut into groups of consecutive paragraphs,
 * each handed to Pagefind as a page of its own. Pagefind ranks pages and each result's fragment
 * carries its page's whole text, so with one page a resolution a search over the session fetched
 * whole resolutions (20 of them: 233 KB for "United Nations") and ranked long ones first. A group
 * of about `wordsPerGroup` words is a fragment of 1 to 2 KB, ranked on its own words; each text
 * is still indexed once, and each group's hits lead to the document page's anchors.
 *
 * A group keeps the article's own markup for each paragraph, footnote or heading (an element with
 * an id that Pagefind makes a sub-result of), so anchors, sub-paragraphs and titles are what the
 * page has; what sits between them (the title, the "General Assembly," line) goes with the
 * paragraph before it, as Pagefind credits it; what the page keeps out of the index
 * (`data-pagefind-ignore`) stays out.
 */
import { readMarkup, textOf, type MarkupElement } from './markup';

/** About how many words a group holds: a fragment of 1 to 2 KB gzip, and a few thousand groups a language. */
export const wordsPerGroup = 600;

/** One group of a document page, as Pagefind is handed it. */
export interface IndexGroup {
	/** The page's path, and after the first group the anchor it begins at (`/A/RES/76/72/#op45`): Pagefind keeps one page per URL. */
	url: string;
	/** A small HTML page: the resolution's title (outside the indexed text) and the group's part of the article. */
	html: string;
}

/** What Pagefind makes a sub-result of: an element with an id and a title, or a heading with an id. */
const isUnit = (element: MarkupElement) => element.attributes.has('id') && (element.attributes.has('data-pagefind-title') || /^h[1-6]$/.test(element.name));
/** Whether a unit lies inside `element`. */
const holdsUnit = (element: MarkupElement): boolean => element.children.some((child) => typeof child !== 'string' && (isUnit(child) || holdsUnit(child)));
/** Pagefind's settings, which belong on the article alone. */
const settingNames = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort', 'data-pagefind-weight'];

interface Block {
	html: string;
	words: number;
	/** The id of a paragraph, footnote or heading that begins here; undefined for what sits between them. */
	unit?: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Words as Pagefind counts them: between spaces, or, in Chinese, as a word segmenter finds them. */
function wordCounter(language: string): (text: string) => number {
	if (!/^zh\b/u.test(language)) return (text) => text.split(/\s+/u).filter(Boolean).length;
	const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
	return (text) => {
		let count = 0;
		for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
		return count;
	};
}

/**
 * Cuts the indexed article of a document page (`path`, `/fr/A/RES/76/10/`) into groups of whole
 * paragraphs of about `size` words. Fails, naming the page, where the page is not what the index
 * expects: no indexed article, no title, Pagefind settings outside the article (they would be lost).
 */
export function indexGroups(html: string, path: string, size = wordsPerGroup): IndexGroup[] {
	const document = readMarkup(html);
	const articles = document.elements.filter((element) => element.attributes.has('data-pagefind-body'));
	if (articles.length !== 1) throw new Error(`${path}: ${articles.length} elements with data-pagefind-body; expected the one article of the resolution`);
	const article = articles[0]!;
	const stray = document.elements.filter((element) => element !== article && settingNames.some((name) => element.attributes.has(name)));
	if (stray.length > 0) throw new Error(`${path}: Pagefind settings on <${stray[0]!.name}> inside or outside the article; expected them on the article alone, which each group copies`);
	const heading = document.elements.find((element) => element.name === 'h1' && element.start > article.start && element.end <= article.end);
	const title = heading && textOf(heading).replace(/\s+/gu, ' ').trim();
	if (!title) throw new Error(`${path}: the indexed article has no <h1> title`);
	const language = document.elements.find((element) => element.name === 'html')?.attributes.get('lang');
	if (!language) throw new Error(`${path}: no lang on <html>; Pagefind files each page under its language`);
	const wordCount = wordCounter(language);
	const settings = [...article.attributes]
		.filter(([name]) => name.startsWith('data-pagefind-') && name !== 'data-pagefind-body')
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');

	// The article in reading order, as blocks: each paragraph, footnote or heading whole (its markup as
	// the page has it), and what lies between them.
	const blocks: Block[] = [];
	const walk = (parent: MarkupElement) => {
		for (const child of parent.children) {
			if (typeof child === 'string') {
				if (child.trim()) blocks.push({ html: escapeHtml(child), words: wordCount(child) });
				continue;
			}
			if (child.attributes.has('data-pagefind-ignore')) continue;
			const outer = html.slice(child.start, child.end);
			if (isUnit(child)) blocks.push({ html: outer, words: wordCount(textOf(child)), unit: child.attributes.get('id')! });
			else if (holdsUnit(child)) walk(child);
			else blocks.push({ html: outer, words: wordCount(textOf(child)) });
		}
	};
	walk(article);

	// Whole paragraphs, a new group at a paragraph once the group holds `size` words; a short last one joins the one before.
	const groups: Block[][] = [];
	let current: Block[] = [];
	let words = 0;
	for (const block of blocks) {
		if (block.unit && words >= size && current.some((earlier) => earlier.unit)) {
			groups.push(current);
			current = [];
			words = 0;
		}
		current.push(block);
		words += block.words;
	}
	if (current.length > 0) {
		if (groups.length > 0 && words < size / 3) groups.at(-1)!.push(...current);
		else groups.push(current);
	}
	return groups.map((group, index) => ({
		url: index === 0 ? path : `${path}#${group.find((block) => block.unit)!.unit}`,
		html: `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1 hidden>${escapeHtml(title)}</h1><article data-pagefind-body${settings}>\n${group.map((block) => block.html).join('\n')}\n</article></body></html>`,
	}));
}
