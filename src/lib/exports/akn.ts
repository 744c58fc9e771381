/**
 * `data.akn`: the resolution as Akoma Ntoso 3.0 XML, in the shapes the UN's own files (AKN4UN,
 * DGACM) give each construct, wherever the OASIS schema allows them:
 *
 *   one resolution          `statement name="resolution"`: meta, cover page, preface, preamble,
 *                           mainBody, conclusions, attachments
 *   a document of parts     `documentCollection name="publication"` (meta, cover page, preface,
 *                           collectionBody of `component/documentRef`s), then `components`, one
 *                           `component/statement` per part with its own preface, preamble, mainBody
 *                           and conclusions, as in 76/84 A-B
 *   preambular paragraph    `container name="<lead>"` in the preamble; in a section,
 *                           `crossHeading refersTo="#preamble"` (76/240)
 *   operative paragraph     `paragraph` with `num` and `content`; with sub-paragraphs, a `list` of
 *                           `intro`, `point`s (each `num` + `content`) and, after a point, the
 *                           `sublist` of its own points as its sibling (76/109)
 *   heading                 `paragraph` with `num` and `subheading` (76/84 B)
 *   section                 `section` with `num` and `heading`
 *   table                   `container name="table"` holding `table/tr/th|td` (76/239)
 *   annex                   `attachments/attachment/doc name="annex"` (76/7)
 *   footnote                `authorialNote` where it is called
 *   recorded vote           `count`s, each with `akn4un:voters/organization` (76/10)
 *
 * Element ids: `eId` is the UN's own id where known (`para_25`), so that the two files line up;
 * `wId` is our anchor (`op3`), the same in every language.
 */
import { useTranslations } from '../../i18n/ui';
import { escapeHtml } from '../html';
import type { Inline } from '../inline';
import type { AnchoredBlock, AnchoredPoint, Footnote, Paragraph, Resolution } from '../resolution';
import type { Annex, Part } from '../structure';
import { fillTemplate } from '../template';
import { isoDate } from './json';
import { blockTree, isContainer, type ContainerNode, type TreeNode } from './tree';

/** ISO 639-2 codes, as AKN URIs and `FRBRlanguage` use them. */
const languageCodes: Record<string, string> = { ar: 'ara', zh: 'zho', en: 'eng', fr: 'fra', ru: 'rus', es: 'spa' };

/** The namespace of the UN's own elements (`akn4un:voters`), as its files declare it. */
const akn4unNamespace = 'http://un.org/akn4un';

export interface AknOptions {
	/** When the file is generated: the date of the FRBR manifestation. */
	generated: Date;
	/** Absolute URL of the document page, named in the manifestation as where the file is published. */
	pageUrl: string;
}

/**
 * The AKN work URI of a General Assembly resolution: `/akn/un/statement/deliberation/unga/2022-07-28/76-299/`,
 * `…/76-84A-B/` for a document of parts (as the UN writes it). Other organs have other actors and
 * numbering; they are refused rather than guessed.
 */
export function aknWorkUri(resolution: Resolution, part?: string): string {
	const { symbol, number, adopted } = resolution.facts;
	if (!symbol.startsWith('A/RES/')) {
		throw new Error(`${resolution.file}: symbol: expected a General Assembly resolution (A/RES/…) to build an Akoma Ntoso work URI; found ${symbol}`);
	}
	const letters = part ?? / ([A-Z](?:-[A-Z])?)$/.exec(symbol)?.[1] ?? '';
	return `/akn/un/statement/deliberation/unga/${isoDate(adopted.date)}/${number.replace('/', '-')}${letters}/`;
}

/** The resolution number as printed before the title, as the page prints it: "76/299." (Arabic prints no full stop). */
export function printedResolutionNumber(facts: Resolution['facts']): string {
	return fillTemplate(useTranslations(facts.language)('document.titleNumber'), { number: facts.number });
}

type Attributes = Record<string, string | undefined>;

/** Attributes, escaped, in the order given; `undefined` values are left out. */
function attributes(attrs: Attributes): string {
	return Object.entries(attrs)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');
}

/** An element on one line: `<name a="…">content</name>`, or self-closed when empty. */
function element(name: string, attrs: Attributes, content = ''): string {
	return content === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** An element whose children are lines, indented one tab. */
function block(name: string, attrs: Attributes, lines: string[]): string {
	return [`<${name}${attributes(attrs)}>`, ...lines.flatMap((line) => line.split('\n')).map((line) => `\t${line}`), `</${name}>`].join('\n');
}

/** A container's name, which the schema requires: the lead phrase, as the UN names them, or this when there is none. */
const unnamed = 'preambularParagraph';

/** An eId the schema accepts (no white space): the UN's "container_546 table_1" becomes "container_546_table_1". */
export function safeId(id: string): string {
	return id.replace(/\s+/g, '_');
}

/** Writes the text of one resolution: inline markup with its footnotes, and every kind of block. */
class TextWriter {
	private readonly notes: Map<string, Footnote>;

	constructor(resolution: Resolution) {
		this.notes = new Map(resolution.footnotes.map((note) => [note.marker, note]));
	}

	/** Inline nodes as AKN inline markup, footnotes inserted where they are called. */
	inline(nodes: readonly Inline[]): string {
		return nodes
			.map((node) => {
				switch (node.type) {
					case 'text':
						return escapeHtml(node.value);
					case 'emphasis':
						return element('span', { class: 'italic' }, this.inline(node.children));
					case 'documentLink':
					case 'externalLink':
						return element('a', { href: node.href }, this.inline(node.children));
					case 'superscript':
						return element('sup', {}, this.inline(node.children));
					case 'footnoteRef': {
						const note = this.notes.get(node.marker)!;
						const text = element('p', {}, this.inline(note.content));
						return element('authorialNote', { marker: note.marker, placement: 'bottom', eId: `authorialNote_${note.marker}` }, text);
					}
				}
			})
			.join('');
	}

	p(nodes: readonly Inline[]): string {
		return element('p', {}, this.inline(nodes));
	}

	/** A preambular paragraph as a `container` named by its lead phrase; its points as a `blockList` (76/29). */
	container(paragraph: Paragraph): string {
		const eId = safeId(paragraph.akn4unId ?? paragraph.anchor);
		const attrs = { name: paragraph.lead ?? unnamed, eId, wId: paragraph.anchor };
		if (paragraph.points.length === 0) return block('container', attrs, [paragraph.content, ...paragraph.wrapUp].map((text) => this.p(text)));
		// `listWrapUp` holds one line of inline text; more lines follow the list as paragraphs.
		const [wrapUp, ...more] = paragraph.wrapUp.length === 1 ? [paragraph.wrapUp[0]!] : [undefined, ...paragraph.wrapUp];
		return block('container', attrs, [this.blockList(paragraph.content, paragraph.points, wrapUp, `${eId}_blockList`), ...more.map((text) => this.p(text!))]);
	}

	private blockList(intro: readonly Inline[], points: readonly AnchoredPoint[], wrapUp: readonly Inline[] | undefined, eId: string): string {
		return block('blockList', { eId }, [
			...(intro.length > 0 ? [element('listIntroduction', {}, this.inline(intro))] : []),
			...points.map((point) => {
				const itemId = safeId(point.akn4unId ?? point.anchor);
				return block('item', { eId: itemId, wId: point.anchor }, [
					element('num', {}, escapeHtml(point.num)),
					this.p(point.content),
					...(point.points.length > 0 ? [this.blockList([], point.points, undefined, `${itemId}_blockList`)] : []),
				]);
			}),
			...(wrapUp ? [element('listWrapUp', {}, this.inline(wrapUp))] : []),
		]);
	}

	/**
	 * A preambular paragraph inside a section, as the UN writes it: a `crossHeading` (76/240). A
	 * crossHeading holds inline text only and a section no `container`: one with sub-paragraphs is
	 * an `hcontainer` named by its lead, of the same `content` a container would hold.
	 */
	crossHeading(paragraph: Paragraph): string {
		const eId = safeId(paragraph.akn4unId ?? paragraph.anchor);
		if (paragraph.points.length === 0 && paragraph.wrapUp.length === 0) {
			return element('crossHeading', { refersTo: '#preamble', eId, wId: paragraph.anchor }, this.inline(paragraph.content));
		}
		const inner = this.container(paragraph).split('\n').slice(1, -1).map((line) => line.slice(1));
		return block('hcontainer', { name: paragraph.lead ?? unnamed, refersTo: '#preamble', eId, wId: paragraph.anchor }, [block('content', { eId: `${eId}__content` }, inner)]);
	}

	/** An operative paragraph: `num` and `content`, or `num` and a `list` of its points (76/109). */
	paragraph(paragraph: Paragraph): string {
		const eId = safeId(paragraph.akn4unId ?? paragraph.anchor);
		const num = paragraph.num === undefined ? [] : [element('num', {}, escapeHtml(paragraph.num))];
		if (paragraph.points.length === 0) {
			return block('paragraph', { eId, wId: paragraph.anchor }, [...num, block('content', { eId: `${eId}__content` }, [paragraph.content, ...paragraph.wrapUp].map((text) => this.p(text)))]);
		}
		const list = `${eId}_list`;
		return block('paragraph', { eId, wId: paragraph.anchor }, [
			...num,
			block('list', { eId: list }, [
				...(paragraph.content.length > 0 ? [block('intro', { eId: `${list}_intro` }, [this.p(paragraph.content)])] : []),
				...this.points(paragraph.points),
				// The UN's files print the words after the points as a paragraph of their own; AKN's place for them is the list's wrapUp.
				...(paragraph.wrapUp.length > 0 ? [block('wrapUp', { eId: `${list}_wrapUp` }, paragraph.wrapUp.map((text) => this.p(text)))] : []),
			]),
		]);
	}

	/** Points, each followed by the `sublist` of its own points, as the UN's files place them. */
	private points(points: readonly AnchoredPoint[]): string[] {
		return points.flatMap((point) => {
			const eId = safeId(point.akn4unId ?? point.anchor);
			const own = block('point', { eId, wId: point.anchor }, [element('num', {}, escapeHtml(point.num)), block('content', { eId: `${eId}_content` }, [this.p(point.content)])]);
			if (point.points.length === 0) return [own];
			return [own, block('sublist', { eId: `${eId}_sublist` }, this.points(point.points))];
		});
	}

	/** A heading in the text, as the UN writes it: a `paragraph` of its `num` and `subheading` (76/84 B). */
	heading(heading: AnchoredBlock & { type: 'heading' }): string {
		return block('paragraph', { eId: safeId(heading.akn4unId ?? heading.anchor), wId: heading.anchor }, [
			...(heading.num === undefined ? [] : [element('num', {}, escapeHtml(heading.num))]),
			element('subheading', {}, this.inline(heading.content)),
		]);
	}

	/**
	 * A table in its `container` (76/239): the UN's table id is `<container id>_table_1`. A section
	 * holds no `container`: there the table is in the `content` of an `hcontainer name="table"`.
	 */
	table(table: AnchoredBlock & { type: 'table' }, inSection: boolean): string {
		const tableId = safeId(table.akn4unId ?? `${table.anchor}_table`);
		const containerId = /^(.+?)[ _]table_[0-9]+$/.exec(table.akn4unId ?? '')?.[1] ?? table.anchor;
		const rows = table.rows.map((row, index) =>
			block(
				'tr',
				{ wId: table.rowAnchors[index] },
				row.cells.map((cell) => {
					const attrs = { colspan: cell.colspan?.toString(), rowspan: cell.rowspan?.toString() };
					return element(cell.header ? 'th' : 'td', attrs, cell.content.length === 0 ? '' : this.p(cell.content));
				}),
			),
		);
		const content = block('table', { eId: tableId }, rows);
		if (inSection) return block('hcontainer', { name: 'table', eId: safeId(containerId), wId: table.anchor }, [block('content', { eId: `${safeId(containerId)}__content` }, [content])]);
		return block('container', { name: 'table', eId: safeId(containerId), wId: table.anchor }, [content]);
	}
}

/** The blocks of one statement (a resolution, or one part), split as AKN places them. */
interface StatementParts {
	preamble: Paragraph[];
	body: TreeNode[];
	annexes: ContainerNode[];
}

function statementParts(nodes: readonly TreeNode[]): StatementParts {
	const preamble: Paragraph[] = [];
	const body: TreeNode[] = [];
	const annexes: ContainerNode[] = [];
	for (const node of nodes) {
		if (isContainer(node) && node.block.type === 'annex') annexes.push(node);
		else if (body.length === 0 && !isContainer(node) && node.block.type === 'paragraph' && node.block.kind === 'preambular') preamble.push(node.block);
		else body.push(node);
	}
	return { preamble, body, annexes };
}

/** The content of `data.akn` for one resolution. */
export function resolutionAkn(resolution: Resolution, options: AknOptions): string {
	const { facts } = resolution;
	const language = languageCodes[facts.language]!;
	const vote = facts.adopted.vote;
	const writer = new TextWriter(resolution);
	const tree = blockTree(resolution);

	const identification = (work: string, component = '') => {
		const expression = `${work}${language}@/`;
		return block('identification', { source: '#reader' }, [
			block('FRBRWork', {}, [
				element('FRBRthis', { value: `${work}!main${component || '/'}` }),
				element('FRBRuri', { value: work }),
				element('FRBRdate', { date: isoDate(facts.adopted.date), name: 'adoption' }),
				element('FRBRauthor', { href: '#ga', as: '#author' }),
				element('FRBRcountry', { value: 'un' }),
				element('FRBRnumber', { value: facts.number }),
				element('FRBRname', { value: facts.symbol }),
			]),
			block('FRBRExpression', {}, [
				element('FRBRthis', { value: `${expression.slice(0, -1)}!main${component || '/'}` }),
				element('FRBRuri', { value: expression }),
				element('FRBRdate', { date: isoDate(facts.issued.date), name: 'publication' }),
				element('FRBRauthor', { href: '#ga', as: '#issuingBody' }),
				element('FRBRlanguage', { language }),
			]),
			block('FRBRManifestation', {}, [
				element('FRBRthis', { value: `${work}${language}@/!main${component}.xml` }),
				element('FRBRuri', { value: `${work}${language}@.xml` }),
				element('FRBRalias', { value: options.pageUrl, name: 'documentPage' }),
				element('FRBRdate', { date: isoDate(options.generated), name: 'markup' }),
				element('FRBRauthor', { href: '#reader', as: '#editor' }),
			]),
		]);
	};
	const agenda = facts.agendaItem;
	const classification = block('classification', { source: '#un' }, [
		...facts.subjects.map((subject) => element('keyword', { value: subject, showAs: subject, dictionary: 'UNBIS Thesaurus' })),
		...[...facts.sdgs]
			.sort((a, b) => a - b)
			.map((goal) => element('keyword', { value: String(goal), href: `http://metadata.un.org/sdg/${goal}`, showAs: `sdg_${goal}`, dictionary: 'SDGO' })),
		...agenda.numbers.map((number, index) =>
			element('keyword', { refersTo: '#agenda', value: number, showAs: agenda.titles.length === agenda.numbers.length ? agenda.titles[index]! : agenda.label || number, dictionary: 'agenda' }),
		),
	]);
	const voters = (names: readonly string[] | undefined) =>
		names && names.length > 0 ? [block('akn4un:voters', {}, names.map((name) => element('organization', { refersTo: '#memberState' }, escapeHtml(name))))] : [];
	const voting =
		vote.type === 'without-vote'
			? // AKN4UN records a resolution adopted without a vote with an empty quorum, as the UN's file does.
				block('voting', { outcome: '#adoptedWithoutVote' }, [element('quorum', { value: '' })])
			: // Each count names its voters as the UN's files do, in the UN's own namespace, which the schema lets a count hold.
				block(
					'voting',
					{ outcome: '#adopted' },
					(['inFavour', 'against', 'abstaining'] as const).map((side) => block('count', { refersTo: `#${side}`, value: String(vote[side]) }, voters(vote.voters?.[side]))),
				);
	const references = block('references', { source: '#reader' }, [
		element('TLCOrganization', { eId: 'reader', href: '/akn/ontology/organization/resolutionReader', showAs: 'Resolution Reader' }),
		element('TLCOrganization', { eId: 'un', href: '/akn/ontology/organization/un', showAs: facts.organization }),
		element('TLCOrganization', { eId: 'ga', href: '/akn/ontology/organization/un/generalAssembly', showAs: facts.body }),
		element('TLCConcept', { eId: 'dateOfIssuance', href: '/akn/ontology/concept/un/dateOfIssuance', showAs: 'Date of issuance' }),
		element('TLCConcept', { eId: 'dateOfAdoption', href: '/akn/ontology/concept/un/dateOfAdoption', showAs: 'Date of adoption' }),
		element('TLCConcept', { eId: 'symbol', href: '/akn/ontology/reference/un/symbol', showAs: 'Symbol' }),
		element('TLCConcept', { eId: 'generalDistribution', href: '/akn/ontology/concept/un/generalDistribution', showAs: 'General distribution' }),
		element('TLCConcept', { eId: 'agenda', href: '/akn/ontology/concept/un/agendaItem', showAs: 'Agenda item' }),
		element('TLCConcept', { eId: 'preamble', href: '/akn/ontology/concept/un/preamble', showAs: 'Preamble' }),
		element('TLCConcept', { eId: vote.type === 'without-vote' ? 'adoptedWithoutVote' : 'adopted', href: `/akn/ontology/concept/un/voting/${vote.type === 'without-vote' ? 'adoptedWithoutVote' : 'adopted'}`, showAs: vote.type === 'without-vote' ? 'Adopted without a vote' : 'Adopted' }),
		...(vote.type === 'recorded'
			? [
					element('TLCTerm', { eId: 'inFavour', href: '/akn/ontology/concept/un/voting/inFavour', showAs: 'In favour' }),
					element('TLCTerm', { eId: 'against', href: '/akn/ontology/concept/un/voting/against', showAs: 'Against' }),
					element('TLCTerm', { eId: 'abstaining', href: '/akn/ontology/concept/un/voting/abstaining', showAs: 'Abstaining' }),
					element('TLCTerm', { eId: 'memberState', href: '/akn/ontology/organization/un/memberState', showAs: 'Member State' }),
				]
			: []),
		element('TLCRole', { eId: 'author', href: '/akn/ontology/role/un/author', showAs: 'Author' }),
		element('TLCRole', { eId: 'issuingBody', href: '/akn/ontology/role/un/issuingBody', showAs: 'Issuing body' }),
		element('TLCRole', { eId: 'editor', href: '/akn/ontology/role/un/editor', showAs: 'Editor' }),
		element('TLCRole', { eId: 'publisher', href: '/akn/ontology/role/un/publisher', showAs: 'Publisher' }),
		element('TLCTerm', { eId: 'resolutionTitle', href: '/akn/ontology/reference/un/resolutionTitle', showAs: 'Resolution title' }),
		element('TLCTerm', { eId: 'letter', href: '/akn/ontology/reference/un/letter', showAs: 'Letter of the part' }),
	]);
	const work = aknWorkUri(resolution);
	const meta = block('meta', {}, [identification(work), classification, block('analysis', { source: '#un' }, [block('parliamentary', {}, [voting])]), references]);

	const line = (content: string, attrs: Attributes = {}) => element('p', attrs, content);
	const coverPage = block('coverPage', { eId: 'coverPage_1' }, [
		line(element('docAuthority', { refersTo: '#publisher' }, escapeHtml(facts.organization))),
		line(element('docNumber', { refersTo: '#symbol' }, escapeHtml(facts.symbol))),
		line(element('docAuthority', { refersTo: '#issuingBody' }, escapeHtml(facts.body))),
		line(element('docStatus', { refersTo: '#generalDistribution' }, escapeHtml(facts.distribution))),
		line(element('docDate', { date: isoDate(facts.issued.date), refersTo: '#dateOfIssuance' }, escapeHtml(facts.issued.label))),
		line(element('session', { refersTo: '#ga', value: facts.session.number?.toString() }, escapeHtml(facts.session.title))),
		line(element('inline', { name: 'agenda item', title: agenda.numbers.length === 1 ? agenda.numbers[0] : undefined }, escapeHtml(agenda.label))),
		...agenda.titles.map((title) => line(element('inline', { name: 'agenda item name' }, escapeHtml(title)))),
		line(element('docTitle', {}, escapeHtml(facts.adopted.heading))),
		...(resolution.proponent ? [line(element('docProponent', {}, writer.inline(resolution.proponent)))] : []),
	]);
	const title = facts.title === undefined ? '' : ` ${element('docTitle', { refersTo: '#resolutionTitle' }, escapeHtml(facts.title))}`;
	const preface = block('preface', {}, [line(`${element('docNumber', {}, escapeHtml(printedResolutionNumber(facts)))}${title}`)]);
	const conclusions = (meeting: string) =>
		block('conclusions', { eId: 'conclusions' }, [
			line(
				`${element('inline', { name: 'adoptionMeeting' }, escapeHtml(meeting))}${element('eol', {})}${element('docDate', { date: isoDate(facts.adopted.date), refersTo: '#dateOfAdoption' }, escapeHtml(facts.adopted.label))}`,
			),
		]);

	/** Blocks of a mainBody or section: `inSection` places preambular paragraphs as crossHeadings. */
	const bodyLines = (nodes: readonly TreeNode[], inSection: boolean): string[] =>
		nodes.map((node) => {
			if (isContainer(node)) {
				const section = node.block;
				if (section.type !== 'section') throw new Error(`${resolution.file}: ${section.anchor}: a ${section.type} inside another block`);
				return block('section', { eId: safeId(section.akn4unId ?? section.anchor), wId: section.anchor }, [
					...(section.num === undefined ? [] : [element('num', {}, escapeHtml(section.num))]),
					...(section.content.length > 0 ? [element('heading', {}, writer.inline(section.content))] : []),
					...bodyLines(node.children, true),
				]);
			}
			const leaf = node.block;
			switch (leaf.type) {
				case 'paragraph':
					if (leaf.kind === 'operative') return writer.paragraph(leaf);
					return inSection ? writer.crossHeading(leaf) : writer.container(leaf);
				case 'heading':
					return writer.heading(leaf);
				case 'table':
					return writer.table(leaf, inSection);
			}
		});

	const attachments = (annexes: readonly ContainerNode[], statementWork: string) =>
		annexes.length === 0
			? []
			: [
					block(
						'attachments',
						{},
						annexes.map((node, index) => {
							const annex = node.block as AnchoredBlock<Annex>;
							const name = annexes.length > 1 ? `/annex_${index + 1}` : '/annex';
							const eId = safeId(annex.akn4unId ?? annex.anchor);
							// The lines at its head ("Annex", the title) as the UN writes them: paragraphs of a heading each (76/296).
							const lines = annex.lines.map((text, n) => block('paragraph', { eId: `${eId}__line_${n + 1}` }, [element('heading', {}, writer.inline(text))]));
							return block('attachment', { eId, wId: annex.anchor }, [
								block('doc', { name: 'annex' }, [block('meta', {}, [identification(statementWork, name)]), block('mainBody', {}, [...lines, ...bodyLines(node.children, false)])]),
							]);
						}),
					),
				];

	/** A statement's preamble, mainBody, conclusions and attachments. */
	const statementBody = (nodes: readonly TreeNode[], formula: Inline[] | undefined, meeting: string, statementWork: string): string[] => {
		const { preamble, body, annexes } = statementParts(nodes);
		const preambleLines = [...(formula ? [block('formula', { name: 'enactingFormula', eId: 'formula_1' }, [line(writer.inline(formula))])] : []), ...preamble.map((p) => writer.container(p))];
		return [...(preambleLines.length > 0 ? [block('preamble', {}, preambleLines)] : []), block('mainBody', {}, bodyLines(body, false)), conclusions(meeting), ...attachments(annexes, statementWork)];
	};

	let document: string;
	const parts = tree.filter((node): node is ContainerNode => isContainer(node) && node.block.type === 'part');
	if (parts.length === 0) {
		document = block('statement', { name: 'resolution' }, [meta, coverPage, preface, ...statementBody(tree, resolution.enactingFormula, facts.adopted.meeting, work)]);
	} else {
		const stray = tree.find((node) => !parts.includes(node as ContainerNode));
		if (stray) throw new Error(`${resolution.file}: ${stray.block.anchor}: expected every block of a document of parts inside a part, to place it in Akoma Ntoso; found one before or between them`);
		const ids = parts.map((node, index) => safeId(node.block.akn4unId ?? `comp_${index}`));
		const collection = block('documentCollection', { name: 'publication' }, [
			meta,
			coverPage,
			preface,
			block(
				'collectionBody',
				{},
				parts.map((node, index) => block('component', { eId: `comp_def_${index}` }, [element('documentRef', { eId: `compRef_${index}`, href: `#${ids[index]}`, showAs: `${facts.symbol.replace(/ [A-Z](?:-[A-Z])?$/, '')} ${(node.block as AnchoredBlock<Part>).num}` })])),
			),
		]);
		const components = block(
			'components',
			{},
			parts.map((node, index) => {
				const part = node.block as AnchoredBlock<Part>;
				const partWork = aknWorkUri(resolution, part.num);
				const partTitle = part.content.length > 0 ? ` ${element('docTitle', { refersTo: '#resolutionTitle' }, writer.inline(part.content))}` : '';
				return block('component', { eId: ids[index], wId: part.anchor }, [
					block('statement', { name: 'resolution' }, [
						block('meta', {}, [identification(partWork)]),
						block('preface', {}, [line(`${element('docNumber', { refersTo: '#letter' }, escapeHtml(part.num))}${partTitle}`)]),
						...statementBody(node.children, part.enactingFormula, part.meeting ?? facts.adopted.meeting, partWork),
					]),
				]);
			}),
		);
		document = `${collection}\n${components}`;
	}

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="${akn4unNamespace}">`,
		`\t<!--${notice(resolution, options.pageUrl)}-->`,
		...uniqueIds(document).split('\n').map((text) => `\t${text}`),
		'</akomaNtoso>',
		'',
	].join('\n');
}

/**
 * Each eId once in its statement, as Akoma Ntoso requires: the UN's files sometimes give two
 * elements one (Russian 75/295 has two `para_15`); the second is written `para_15__2`. Ids restart
 * in each part of a document of several resolutions, so each statement is counted on its own.
 */
export function uniqueIds(xml: string): string {
	return xml
		.split(/(?=<statement[\s>])/u)
		.map((statement) => {
			const seen = new Map<string, number>();
			return statement.replace(/ eId="([^"]*)"/gu, (whole, id: string) => {
				const count = (seen.get(id) ?? 0) + 1;
				seen.set(id, count);
				return count === 1 ? whole : ` eId="${id}__${count}"`;
			});
		})
		.join('');
}

/** The source and status of the text, as the UN's terms ask. No "--" may appear in an XML comment. */
function notice(resolution: Resolution, pageUrl: string): string {
	const { organization, symbol } = resolution.facts;
	return ` Generated by Resolution Reader (${pageUrl}) from its content. The text is that of the ${organization}, from the unofficial copies for informational purposes only that the UN Department for General Assembly and Conference Management prepares from the official electronic files; the official text is the document ${symbol} on undocs.org. `.replace(/-{2,}/g, '-');
}
