/**
 * Turns an imported resolution into the project's content files: `resolution.mdx` and one
 * `ppN.mdx` / `opN.mdx` per paragraph, in `content/resolutions/<slug>/<language>/`. The same
 * input always gives the same bytes.
 */
import { paragraphAnchor } from '../anchors';
import { ContentError } from '../content-error';
import { parseBody, parseLine, type Inline } from '../inline';
import { ImportError, ImportProblem, tidy, type ImportedParagraph, type ImportedResolution } from './akn';
import { bodyMarkdown, inlineMarkdown } from './markdown';
import { FlowList, toYaml } from './yaml';

/** The folder of a resolution: `A/RES/76/299` → `a-res-76-299`. */
export function resolutionSlug(symbol: string): string {
	return symbol.toLowerCase().replaceAll('/', '-');
}

const frontmatter = (yaml: string, comment = '') => `---\n${comment}${yaml}---\n`;

function resolutionFile(resolution: ImportedResolution, sourceName: string): string {
	const { facts } = resolution;
	const comment =
		"# Facts and printed lines of the resolution, taken from the UN's Akoma Ntoso file\n" + `# (${sourceName}) and DGACM's metadata record.\n`;
	const yaml = toYaml({
		symbol: facts.symbol,
		number: facts.number,
		title: facts.title,
		language: facts.language,
		organization: facts.organization,
		body: facts.body,
		session: { number: facts.session.number, title: facts.session.title },
		agendaItem: { number: facts.agendaItem.number, label: facts.agendaItem.label, title: facts.agendaItem.title },
		distribution: facts.distribution,
		issued: { date: new Date(`${facts.issued.date}T00:00:00Z`), label: facts.issued.label },
		adopted: {
			date: new Date(`${facts.adopted.date}T00:00:00Z`),
			label: facts.adopted.label,
			heading: facts.adopted.heading,
			meeting: facts.adopted.meeting,
			record: facts.adopted.record,
			vote: { ...facts.adopted.vote },
		},
		committee: facts.committee,
		proponent: inlineMarkdown(facts.proponent),
		drafts: new FlowList(facts.drafts),
		enactingFormula: inlineMarkdown(facts.enactingFormula),
		sponsors: facts.sponsors,
		additionalSponsors: facts.additionalSponsors,
		subjects: facts.subjects,
		sdgs: new FlowList(facts.sdgs),
	});
	return frontmatter(yaml, comment);
}

function paragraphFile(paragraph: ImportedParagraph): string {
	const yaml = toYaml({
		kind: paragraph.kind,
		number: paragraph.number,
		lead: paragraph.lead,
		akn4unId: paragraph.akn4unId,
		cites: new FlowList(paragraph.cites),
	});
	return `${frontmatter(yaml)}${bodyMarkdown(paragraph.content, paragraph.footnotes)}\n`;
}

/** The model as parseBody() gives it back: text runs joined and folded as MDX folds them. */
const comparable = (nodes: readonly Inline[]): unknown => JSON.stringify(tidy(nodes));

/**
 * The content files of one resolution in one language, as paths relative to the content root
 * (`a-res-76-299/fr/op1.mdx`) → text. Every body and line is parsed back with the site's own
 * parser and must give the same text, so that escaping can never change a word.
 */
export function contentFiles(resolution: ImportedResolution, sourceName: string): Map<string, string> {
	const folder = `${resolutionSlug(resolution.facts.symbol)}/${resolution.facts.language}`;
	const files = new Map<string, string>();
	const problems: ImportProblem[] = [];
	const roundTrip = (path: string, field: string, expected: Inline[], read: () => Inline[]) => {
		let back: Inline[] | undefined;
		try {
			back = read();
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
		}
		if (!back || comparable(back) !== comparable(expected)) {
			problems.push(new ImportProblem('text MDX would read differently', sourceName, `${path} ${field}`, 'Markdown that reads back as the same text', JSON.stringify(inlineMarkdown(expected))));
		}
	};
	files.set(`${folder}/resolution.mdx`, resolutionFile(resolution, sourceName));
	for (const line of ['proponent', 'enactingFormula'] as const) {
		const nodes = resolution.facts[line];
		roundTrip(`${folder}/resolution.mdx`, line, nodes, () => parseLine(inlineMarkdown(nodes), sourceName, line));
	}
	for (const paragraph of resolution.paragraphs) {
		const path = `${folder}/${paragraphAnchor(paragraph.kind, paragraph.number)}.mdx`;
		const markdown = bodyMarkdown(paragraph.content, paragraph.footnotes);
		roundTrip(path, 'body', paragraph.content, () => parseBody(markdown, sourceName).content);
		paragraph.footnotes.forEach((note, index) => {
			roundTrip(path, `footnote [^${note.marker}]`, note.content, () => parseBody(markdown, sourceName).footnotes[index]?.content ?? []);
		});
		files.set(path, paragraphFile(paragraph));
	}
	if (problems.length > 0) throw new ImportError(sourceName, problems);
	return files;
}
