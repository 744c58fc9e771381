/**
 * The reference pages of `docs/` that the site publishes too, at `/docs/<name>/`: what the people
 * who use the data need (the URL scheme, the data formats). One text, read in the repository and
 * on the site; the rest of `docs/` is for those who work on the code and stays in the repository.
 */
import type { Element, ElementContent, Root } from 'hast';

export interface ReferencePage {
	/** The page's name in its URL (`/docs/urls/`) and the file's in `docs/` (`docs/urls.md`). */
	name: string;
	/** One or two sentences for search engines and link previews. */
	description: string;
}

export const referencePages: ReferencePage[] = [
	{ name: 'urls', description: 'The URLs, anchors and citations of the site, and the promise that a published URL keeps answering.' },
	{ name: 'data-formats', description: 'The resolutions as data: data.json, data.akn (Akoma Ntoso), data.txt, each session as JSON and as an Atom feed, field by field.' },
	{ name: 'changes', description: 'How a resolution is matched with the one it continues, how its paragraphs are compared with last year\'s, and changes.json.' },
];

/** The site path of a reference page (without the base). */
export const referencePagePath = (name: string): string => `/docs/${name}/`;

/** A link from one file of `docs/` to another: `changes.md`, `./changes.md#changes-json`. */
const docsLink = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/;

/**
 * A rehype plugin: a link between files of `docs/` leads, on the site, to the page of the file
 * linked when the site publishes it (`data-formats.md#data-json` → `../data-formats/#data-json`,
 * relative, so it holds under any base path), and is left as its words when it does not: the
 * repository's links keep working in both places, and the site never links a file it lacks.
 */
export function rehypeReferenceLinks() {
	const published = new Set(referencePages.map(({ name }) => name));
	const rewrite = (parent: Element): void => {
		parent.children = parent.children.flatMap((node): ElementContent[] => {
			if (node.type !== 'element') return [node];
			rewrite(node);
			const href = node.tagName === 'a' ? docsLink.exec(String(node.properties.href ?? '')) : null;
			if (!href) return [node];
			if (!published.has(href[1]!)) return node.children;
			node.properties.href = `../${href[1]}/${href[2] ?? ''}`;
			return [node];
		});
	};
	// Markdown puts every link inside a block (a paragraph, a list item, a table cell).
	return (tree: Root) => {
		for (const node of tree.children) if (node.type === 'element') rewrite(node);
	};
}
