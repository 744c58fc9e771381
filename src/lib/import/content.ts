/**
 * Turns an imported resolution into the project's content files: `resolution.mdx` and one file
 * per block, named after its anchor (`pp1.mdx`, `op5.mdx`, `sec2-op3.mdx`, `t1.mdx`), in
 * `content/resolutions/<slug>/<language>/`. The same input always gives the same bytes.
 */
import { assignAnchors } from '../anchors';
import { parseBlock } from '../block-content';
import { ContentError } from '../content-error';
import { parseLine, walkInline, type Inline } from '../inline';
import { blockTexts, type SourceBlock } from '../structure';
import { resolutionSlug } from '../urls';
import type { ResolutionData } from '../../schemas/resolution';
import { ImportError, ImportProblem, tidy } from './akn';
import { blockMarkdown, inlineMarkdown } from './markdown';
import { FlowList, toYaml, type YamlMap } from './yaml';

/** The facts of a resolution as the importer reads them: dates as `YYYY-MM-DD`, printed lines as inline text. */
export type ImportedFacts = Omit<ResolutionData, 'issued' | 'adopted' | 'proponent' | 'enactingFormula'> & {
	issued: { date: string; label: string };
	adopted: Omit<ResolutionData['adopted'], 'date'> & { date: string };
	proponent?: Inline[] | undefined;
	enactingFormula?: Inline[] | undefined;
};

/** A resolution in one language as the importer reads it from the UN's file. */
export interface ImportedDocument {
	facts: ImportedFacts;
	/** The blocks of its text, in the order printed, with the footnotes each defines. */
	blocks: SourceBlock[];
}

const frontmatter = (yaml: string, comment = '') => `---\n${comment}${yaml}---\n`;
const day = (date: string) => new Date(`${date}T00:00:00Z`);

function resolutionFile(facts: ImportedFacts, sourceName: string): string {
	const comment = "# Facts and printed lines of the resolution, taken from the UN's Akoma Ntoso file\n" + `# (${sourceName}) and DGACM's metadata record.\n`;
	const vote = facts.adopted.vote;
	const yaml = toYaml({
		symbol: facts.symbol,
		number: facts.number,
		title: facts.title,
		language: facts.language,
		organization: facts.organization,
		body: facts.body,
		session: { number: facts.session.number, title: facts.session.title },
		agendaItem: { label: facts.agendaItem.label, numbers: new FlowList(facts.agendaItem.numbers), titles: facts.agendaItem.titles },
		distribution: facts.distribution,
		issued: { date: day(facts.issued.date), label: facts.issued.label },
		adopted: {
			date: day(facts.adopted.date),
			label: facts.adopted.label,
			heading: facts.adopted.heading,
			meeting: facts.adopted.meeting,
			record: facts.adopted.record,
			recordNote: facts.adopted.recordNote,
			vote:
				vote.type === 'without-vote'
					? { type: vote.type }
					: {
							type: vote.type,
							inFavour: vote.inFavour,
							against: vote.against,
							abstaining: vote.abstaining,
							voters: vote.voters && { inFavour: vote.voters.inFavour, against: vote.voters.against, abstaining: vote.voters.abstaining },
						},
		},
		committee: facts.committee,
		proponent: facts.proponent && inlineMarkdown(facts.proponent),
		drafts: new FlowList(facts.drafts),
		enactingFormula: facts.enactingFormula && inlineMarkdown(facts.enactingFormula),
		sponsors: facts.sponsors,
		additionalSponsors: facts.additionalSponsors,
		submittedBy: facts.submittedBy,
		subjects: facts.subjects,
		sdgs: new FlowList(facts.sdgs),
		sdgTargets: facts.sdgTargets.length > 0 ? new FlowList(facts.sdgTargets) : undefined,
		reissued: facts.reissued || undefined,
	});
	return frontmatter(yaml, comment);
}

/** Documents a block or its footnotes link, in the order first printed. */
function citesOf(source: SourceBlock): string[] {
	const texts = [...blockTexts(source.block), ...source.footnotes.map((note) => note.content)];
	return [...new Set(texts.flatMap((text) => [...walkInline(text)]).filter((node) => node.type === 'documentLink').map((node) => node.symbol))];
}

function blockFile(source: SourceBlock, position: number): string {
	const { block } = source;
	const map: YamlMap = {
		kind: block.type === 'paragraph' ? block.kind : block.type,
		position,
		num: 'num' in block ? block.num : undefined,
		lead: block.type === 'paragraph' ? block.lead : undefined,
		akn4unId: block.akn4unId,
		cites: block.type === 'paragraph' || citesOf(source).length > 0 ? new FlowList(citesOf(source)) : undefined,
		enactingFormula: block.type === 'part' && block.enactingFormula ? inlineMarkdown(block.enactingFormula) : undefined,
		meeting: block.type === 'part' ? block.meeting : undefined,
	};
	const body = blockMarkdown(block, source.footnotes);
	return `${frontmatter(toYaml(map))}${body === '' ? '' : `${body}\n`}`;
}

const inlineTypes = new Set(['text', 'emphasis', 'documentLink', 'externalLink', 'superscript', 'footnoteRef']);
const isInlineList = (value: unknown): value is Inline[] =>
	Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && inlineTypes.has((item as { type?: string }).type ?? ''));

/**
 * A block as `parseBlock()` gives it back, for comparison: text runs joined and folded as MDX
 * folds them, keys in one order, absent and undefined fields alike.
 */
function comparable(value: unknown): string {
	const canonical = (item: unknown): unknown => {
		if (isInlineList(item)) return tidy(item).map(canonical);
		if (Array.isArray(item)) return item.map(canonical);
		if (item && typeof item === 'object') {
			return Object.fromEntries(
				Object.entries(item)
					.filter(([, inner]) => inner !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
					.map(([key, inner]) => [key, canonical(inner)]),
			);
		}
		return item;
	};
	return JSON.stringify(canonical(value));
}

/**
 * The content files of one resolution in one language, as paths relative to the content root
 * (`a-res-76-299/fr/op1.mdx`) → text. Every block is read back with the site's own reader and
 * must give the same text, so that escaping can never change a word.
 */
export function contentFiles(document: ImportedDocument, sourceName: string): Map<string, string> {
	const { facts, blocks } = document;
	const folder = `${resolutionSlug(facts.symbol)}/${facts.language}`;
	const files = new Map<string, string>();
	const problems: ImportProblem[] = [];
	const readsBack = (path: string, field: string, ok: () => boolean, written: string) => {
		let same = false;
		try {
			same = ok();
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
		}
		if (!same) problems.push(new ImportProblem('text MDX would read differently', sourceName, `${path} ${field}`, 'MDX that reads back as the same text', JSON.stringify(written.slice(0, 200))));
	};
	files.set(`${folder}/resolution.mdx`, resolutionFile(facts, sourceName));
	for (const line of ['proponent', 'enactingFormula'] as const) {
		const nodes = facts[line];
		if (!nodes) continue;
		const written = inlineMarkdown(nodes);
		readsBack(`${folder}/resolution.mdx`, line, () => JSON.stringify(tidy(parseLine(written, sourceName, line))) === JSON.stringify(tidy(nodes)), written);
	}
	const { anchors } = assignAnchors(blocks.map((source) => source.block));
	blocks.forEach((source, index) => {
		const path = `${folder}/${anchors[index]!.anchor}.mdx`;
		if (files.has(path)) problems.push(new ImportProblem('anchor used twice', sourceName, path, 'one block per anchor', 'a second block with the same anchor'));
		const text = blockFile(source, index + 1);
		const body = text.replace(/^---\n[\s\S]*?\n---\n/u, '');
		const kind = source.block.type === 'paragraph' ? source.block.kind : source.block.type;
		const data = {
			kind,
			position: index + 1,
			num: 'num' in source.block ? source.block.num : undefined,
			lead: source.block.type === 'paragraph' ? source.block.lead : undefined,
			akn4unId: source.block.akn4unId,
			cites: [] as string[],
			enactingFormula: source.block.type === 'part' && source.block.enactingFormula ? inlineMarkdown(source.block.enactingFormula) : undefined,
			meeting: source.block.type === 'part' ? source.block.meeting : undefined,
		};
		readsBack(path, 'body', () => comparable(parseBlock(data, body.trim(), path)) === comparable(source), body);
		files.set(path, text);
	});
	if (problems.length > 0) throw new ImportError(sourceName, problems);
	return files;
}
