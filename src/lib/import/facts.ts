/**
 * The facts of a resolution from the UN's file: the cover page, the preface (number and title),
 * the conclusions (meeting and date) and the metadata (workflow, vote, subjects, goals).
 */
import type { Inline } from '../inline';
import { isDocumentSymbol, undocsHref } from '../symbols';
import type { Language, Reader } from './context';
import { readInline, resolve, tidy, withoutRepeatedNumber } from './inline-akn';
import { isListIn, splitNames, type ListLanguage } from './names';
import { attr, children, collapse, found, normalizeSpace, text, trimAscii, type Element } from './xml';

export type Vote =
	| { type: 'without-vote' }
	| {
			type: 'recorded';
			inFavour: number;
			against: number;
			abstaining: number;
			/** Who voted how, exactly as the UN's record names them (English capitals in every language). */
			voters: { inFavour: string[]; against: string[]; abstaining: string[] };
	  };

export interface ImportedFacts {
	/** From the cover page: "A/RES/76/235 B", "A/RES/76/84 A-B", "A/RES/ES-11/1". */
	symbol: string;
	/** As printed in the preface, without its full stop: "76/10", "ES-11/1", "د إ ط-11/1". */
	number: string;
	/** As printed in the preface; absent where the file has lost it. */
	title?: string | undefined;
	language: Language;
	organization: string;
	body: string;
	session: { number?: number | undefined; title: string };
	agendaItem: { label: string; numbers: string[]; titles: string[] };
	distribution: string;
	issued: { date: string; label: string };
	adopted: {
		date: string;
		label: string;
		heading: string;
		meeting: string;
		record?: string | undefined;
		recordNote?: string | undefined;
		vote: Vote;
	};
	committee: string;
	/** The bracketed cover line, each draft linked; absent where the file has no docProponent. */
	proponent?: Inline[] | undefined;
	drafts: string[];
	/** The enacting formula; absent where the file prints none (Arabic 76/232) and for a document of parts (each part has its own). */
	enactingFormula?: Inline[] | undefined;
	sponsors: string[];
	additionalSponsors: string[];
	/** Who submitted the draft when no State sponsored it, in the words of the UN's record. */
	submittedBy?: string | undefined;
	subjects: string[];
	sdgs: number[];
	/** Targets of the Goals, as the UN writes them: "3.7". */
	sdgTargets: string[];
	/** The file is a reissue: only its name says so. */
	reissued: boolean;
}

/** Reissued files are named `…_reissue`, `…-reissue`, `…_Reissue` or `…_reisue`. */
export const isReissue = (file: string): boolean => /[_-]rei?ss?ue(?=[_.-]|$)/iu.test(file.replace(/^.*\//u, ''));

const committees: Record<string, string> = {
	'#noMainCommittee': 'without reference to a Main Committee',
	'#firstCommittee': 'on the report of the First Committee',
	'#secondCommittee': 'on the report of the Second Committee',
	'#thirdCommittee': 'on the report of the Third Committee',
	'#fourthCommittee': 'on the report of the Special Political and Decolonization Committee (Fourth Committee)',
	'#fifthCommittee': 'on the report of the Fifth Committee',
	'#sixthCommittee': 'on the report of the Sixth Committee',
};

interface FactParts {
	meta: Element | undefined;
	coverPage: Element | undefined;
	preface: Element | undefined;
	conclusions: Element | undefined;
	enactingFormula: Inline[] | undefined;
	file: string;
}

/** What the completeness check needs to know of how facts were printed. */
export interface FactsTrace {
	/** The number was not printed (no preface): it comes from the symbol. */
	numberFromSymbol: boolean;
	/** The meeting line was printed at the end of the main body, not in the conclusions. */
	meetingInBody: boolean;
	/** The letter of a separately issued part ("B") and its footnote: the preface's second line, or the end of its first (75/245 B). */
	letter?: PrefaceLetter | undefined;
}

export function one(reader: Reader, root: Element | undefined, selector: string, what: string, optional = false): Element | undefined {
	const all = root ? ([...root.querySelectorAll(selector)] as Element[]) : [];
	if (all.length === 1) return all[0];
	if (all.length === 0 && optional) return undefined;
	return reader.problem(`cover: ${what}`, root ?? '/', `${optional ? 'at most ' : ''}one ${what} (${selector})`, `${all.length}`);
}

/** The resolution's number from the preface, and the title. */
/** Where the preface prints the letter of a part issued separately: its line, and the letter's `<docNumber>` in it (what precedes it in the line is the number and title). */
export interface PrefaceLetter {
	line: Element;
	number: Element;
}

export function readPreface(preface: Element | undefined, reader: Reader, component: boolean): { number?: string | undefined; title?: Inline[] | undefined; letter?: PrefaceLetter | undefined } {
	if (!preface) return {};
	const lines = children(preface);
	const first = lines[0];
	const out: { number?: string; title?: Inline[]; letter?: PrefaceLetter } = {};
	lines.forEach((line, index) => {
		const parts = children(line).map((e) => e.localName);
		if (line.localName !== 'p') reader.problem('preface line', line, 'a <p>', `<${line.localName}>`);
		else if (index === 0) {
			// A part issued separately may print its letter and footnote on the same line (75/245 B, 75/251 B).
			const letterInLine = !component && lines.length === 1 && /^docNumber,docTitle,docNumber(,(sup|authorialNote))*$/u.test(parts.join(','));
			// …or wrapped in an <inline> (Spanish 75/251 B).
			const wrapped = children(line, 'inline')[0];
			const letterWrapped = !component && lines.length === 1 && parts.join(',') === 'docNumber,docTitle,inline' && children(wrapped)[0]?.localName === 'docNumber';
			if (letterInLine) out.letter = { line, number: children(line, 'docNumber')[1]! };
			else if (letterWrapped) out.letter = { line: wrapped!, number: children(wrapped)[0]! };
			// Two titles (75/290 A and B, one resolution on two reviews): the title is both, as DGACM's metadata joins them.
			else if (parts.join(',') === 'docNumber,docTitle,docTitle') reader.note(line, 'two titles in the preface: the title is both, joined by a space');
			else if (parts.join(',') !== 'docNumber,docTitle' && parts.join(',') !== 'docNumber') reader.problem('preface line', line, 'a <p> with <docNumber> and <docTitle>', parts.join(', ') || 'nothing');
		} else if (index === 1 && !component && attr(children(line, 'docNumber')[0], 'refersTo') === '#letter') out.letter = { line, number: children(line, 'docNumber')[0]! };
		else reader.problem('preface line', line, 'a <p> with <docNumber> and <docTitle>, and for a part issued separately, its letter', parts.join(', ') || 'nothing');
	});
	const numberElement = children(first, 'docNumber')[0];
	const printed = text(numberElement);
	if (numberElement) {
		const number = printed.replace(/\.$/u, '');
		if (number !== printed) reader.drop(numberElement, '.', 'the full stop after the resolution number');
		out.number = number;
	}
	const titleElements = children(first, 'docTitle').filter((element) => text(element) !== '');
	const titleElement = titleElements[0];
	if (titleElement) {
		const title = tidy(resolve(titleElements.flatMap((element, index) => [...(index > 0 ? [{ type: 'text' as const, value: ' ' }] : []), ...readInline(element, reader, undefined)])));
		out.title = component ? withoutRepeatedNumber(title, out.number, titleElement, reader) : title;
	}
	return out;
}

export function readFacts(reader: Reader, parts: FactParts): { facts?: ImportedFacts; trace: FactsTrace } {
	const { meta, coverPage, preface, conclusions } = parts;
	const trace: FactsTrace = { numberFromSymbol: false, meetingInBody: false };
	const cover = (selector: string, what: string, optional = false) => one(reader, coverPage, selector, what, optional);
	const symbolElement = cover('docNumber[refersTo="#symbol"]', 'document symbol');
	const symbol = text(symbolElement);
	if (symbolElement && !isDocumentSymbol(symbol)) reader.problem('cover: document symbol', symbolElement, 'a UN document symbol', found(symbol));
	const organization = cover('docAuthority[refersTo="#publisher"]', 'publisher');
	const body = cover('docAuthority[refersTo="#issuingBody"]', 'issuing body');
	const distribution = cover('docStatus', 'distribution');
	const issued = cover('docDate', 'date of issue');
	const session = cover('session', 'session');
	const agendaItem = cover('inline[name="agenda item"]', 'agenda item');
	const agendaTitles = coverPage ? ([...coverPage.querySelectorAll('inline[name="agenda item name"]')] as Element[]) : [];
	const heading = cover('docTitle', 'adoption heading');
	const proponentElement = cover('docProponent', 'proponent line', true);

	// Every cover line is one of the facts above: a line the importer does not map is a problem.
	const known = new Set(['docAuthority', 'docNumber', 'img', 'docStatus', 'docDate', 'session', 'inline', 'docTitle', 'docProponent', 'span']);
	for (const line of children(coverPage)) {
		const odd = [...line.querySelectorAll('*')].find((e) => !known.has((e as Element).localName)) as Element | undefined;
		if (line.localName !== 'p' || odd) reader.problem('cover line', odd ?? line, 'a cover line the importer maps (symbol, bodies, distribution, date, session, agenda item, heading, proponent)', `<${(odd ?? line).localName}>`);
	}

	const prefaceFacts = readPreface(preface, reader, false);
	trace.letter = prefaceFacts.letter;
	let number = prefaceFacts.number;
	if (number === undefined) {
		const fromSymbol = /^A\/RES\/(\S+)/u.exec(symbol)?.[1];
		number = fromSymbol ?? '';
		trace.numberFromSymbol = true;
		reader.note(preface ?? coverPage, `no resolution number in the preface: ${JSON.stringify(number)} taken from the symbol`);
	}
	if (!/^\S(?:.*\S)?\/[0-9]+$/u.test(number)) reader.problem('preface: resolution number', preface ?? '/', 'a number such as "76/299."', found(number));
	// The cover's symbol and the printed number name one resolution: the Chinese 75/269 has A/RES/75/268 on its cover.
	const symbolNumber = /^A\/RES\/[^/]+\/([0-9]+)/u.exec(symbol)?.[1];
	const printedNumber = /\/([0-9]+)$/u.exec(number)?.[1];
	if (!trace.numberFromSymbol && symbolNumber && printedNumber && symbolNumber !== printedNumber) reader.problem('cover symbol and printed number disagree', symbolElement ?? coverPage ?? '/', `the symbol of resolution ${number}`, found(symbol));
	const title = prefaceFacts.title ? normalizeSpace(prefaceTitleText(prefaceFacts.title)) : undefined;

	const meeting = conclusions ? one(reader, conclusions, 'inline[name="adoptionMeeting"]', 'adoption meeting', true) : undefined;
	const adoptedDate = conclusions ? one(reader, conclusions, 'docDate', 'adoption date') : undefined;
	for (const line of children(conclusions)) {
		const unknown = children(line).filter((e) => !['inline', 'eol', 'docDate'].includes(e.localName));
		if (line.localName !== 'p' || unknown.length > 0) reader.problem('conclusions line', unknown[0] ?? line, 'the meeting and the date', `<${(unknown[0] ?? line).localName}>`);
	}

	// The collection's meta, or the statement's (a part repeats it only in En 76/247 C).
	const metaOf = meta;
	const steps = metaOf ? ([...metaOf.querySelectorAll('workflow > step')] as Element[]) : [];
	const adoptedSteps = steps.filter((step) => attr(step, 'outcome') === 'adopted');
	const as = normalizeSpace(attr(adoptedSteps[0], 'as') ?? '');
	let record: string | undefined;
	let recordNote: string | undefined;
	if (adoptedSteps.length !== 1) reader.problem('workflow: adoption', metaOf ?? '/', 'one adopted step', `${adoptedSteps.length}`);
	else if (isDocumentSymbol(as)) record = as;
	else if (as !== '') {
		recordNote = as;
		reader.note(adoptedSteps[0], `the adoption record is prose, not a symbol: ${JSON.stringify(as)}`);
	} else reader.note(adoptedSteps[0]!, 'the adoption step names no record (no @as): none given'); // 75/254

	const sponsors: string[] = [];
	const additionalSponsors: string[] = [];
	let submittedBy: string | undefined;
	for (const step of steps) {
		const outcome = attr(step, 'outcome');
		if (outcome !== 'draftResolution' && outcome !== 'draftResolutionAdditionalSponsors') continue;
		const by = normalizeSpace(attr(step, 'by') ?? '');
		if (by === '') continue;
		if (/^(?:submitted by|introduced in|on the basis of)\b/iu.test(by)) {
			const words = by.replace(/^submitted by\s+/iu, '');
			if (submittedBy === undefined) submittedBy = words;
			else if (submittedBy !== words) reader.problem('workflow: submitted by', step, 'one submitter', found(by));
			if (outcome !== 'draftResolution') reader.note(step, 'the additional sponsors step names who submitted the draft: read as submittedBy');
			continue;
		}
		let names = by;
		if (/^revised\s+/u.test(names)) {
			reader.note(step, `the sponsors begin with "revised": ${JSON.stringify(by.slice(0, 40))}`);
			names = names.replace(/^revised\s+/u, '');
		}
		const language: ListLanguage = isListIn(names, reader.language) ? reader.language : 'en';
		(outcome === 'draftResolution' ? sponsors : additionalSponsors).push(...splitNames(names, language));
	}

	const vote = readVote(metaOf, reader);
	// Some files repeat the whole DHLAUTH classification (76/68 in Chinese): a subject is listed once.
	const subjects = metaOf
		? [...new Set(([...metaOf.querySelectorAll('classification[source="DHLAUTH"] > keyword')] as Element[]).filter((k) => attr(k, 'refersTo') !== 'agenda').map((k) => normalizeSpace(attr(k, 'value') ?? '')))]
		: [];
	// A Goal ("3") or one of its targets ("3.7", "14.a": the 75th session tags these too); a target counts its Goal.
	const sdgTags = metaOf
		? (([...metaOf.querySelectorAll('keyword[dictionary="SDGO"]')] as Element[]).map((keyword) => {
				const value = attr(keyword, 'value') ?? '';
				const tag = /^([0-9]{1,2})(?:\.([1-9][0-9]?|[a-z]))?$/u.exec(value);
				const goal = Number(tag?.[1]);
				if (!tag || goal < 1 || goal > 17) reader.problem('SDG', keyword, 'a goal number 1–17, or a target of one ("3.7", "14.a")', found(value));
				return { goal, target: tag?.[2] === undefined ? undefined : value };
			}))
		: [];
	const sdgs = [...new Set(sdgTags.map(({ goal }) => goal))];
	const sdgTargets = [...new Set(sdgTags.flatMap(({ target }) => (target ? [target] : [])))];

	const agendaLabel = text(agendaItem);
	const numbers = agendaNumbers(agendaLabel);
	if (agendaItem && numbers.length === 0) {
		if (agendaLabel === '') reader.note(agendaItem, 'the agenda item line is empty');
		else reader.problem('cover: agenda item number', agendaItem, 'agenda item numbers in the line', found(agendaLabel));
	}
	const sessionValue = attr(session, 'value');
	const sessionNumber = sessionValue === null || sessionValue === '' ? undefined : Number(sessionValue);
	if (sessionNumber !== undefined && (!Number.isInteger(sessionNumber) || sessionNumber < 1)) reader.problem('cover: session number', session!, 'a number in @value', found(sessionValue ?? ''));

	let proponent: ReturnType<typeof readProponent> | undefined;
	if (proponentElement) proponent = readProponent(proponentElement, reader);
	else {
		const draft = steps.find((step) => attr(step, 'outcome') === 'draftResolution');
		const committee = /^A\/C\.([1-6])\//u.exec(attr(draft, 'as') ?? '')?.[1];
		const key = committee ? ['#firstCommittee', '#secondCommittee', '#thirdCommittee', '#fourthCommittee', '#fifthCommittee', '#sixthCommittee'][Number(committee) - 1]! : '#noMainCommittee';
		reader.note(coverPage, `no proponent line on the cover: committee "${committees[key]}" from the draft's symbol ${JSON.stringify(attr(draft, 'as') ?? '')}`);
		proponent = { committee: committees[key]!, line: undefined, drafts: [] };
	}
	const date = (element: Element | undefined) => {
		const value = attr(element, 'date') ?? '';
		if (element && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u.test(value)) reader.problem('date', element, 'a date YYYY-MM-DD in @date', found(value));
		return value;
	};
	const facts: ImportedFacts = {
		symbol,
		number,
		...(title ? { title } : {}),
		language: reader.language,
		organization: text(organization),
		body: text(body),
		session: { ...(sessionNumber !== undefined ? { number: sessionNumber } : {}), title: text(session) },
		agendaItem: { label: agendaLabel, numbers, titles: agendaTitles.map((t) => text(t)).filter((t) => t !== '') },
		distribution: text(distribution),
		issued: { date: date(issued), label: text(issued) },
		adopted: {
			date: date(adoptedDate),
			label: text(adoptedDate),
			heading: text(heading),
			meeting: text(meeting) + punctuationAfter(meeting),
			...(record ? { record } : {}),
			...(recordNote ? { recordNote } : {}),
			vote: vote ?? { type: 'without-vote' },
		},
		committee: proponent?.committee ?? '',
		...(proponent?.line ? { proponent: proponent.line } : {}),
		drafts: proponent?.drafts ?? [],
		...(parts.enactingFormula ? { enactingFormula: parts.enactingFormula } : {}),
		sponsors,
		additionalSponsors,
		...(submittedBy ? { submittedBy } : {}),
		subjects,
		sdgs,
		sdgTargets,
		reissued: isReissue(parts.file),
	};
	return { facts, trace };
}

const prefaceTitleText = (nodes: readonly Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'footnoteRef' ? '' : prefaceTitleText(n.children))).join('');

/**
 * The agenda item numbers of the cover line, each with its sub-item as printed: "Agenda item 72 (b)"
 * gives ["72 (b)"], "Agenda items 20 and 78 (a)" ["20", "78 (a)"], "Point 72 b) de l’ordre du jour" ["72 b)"].
 */
/** A punctuation mark printed right after an element, before the next one: the comma after the meeting in Russian 75/245 B ("59-e пленарное заседание,"). */
function punctuationAfter(element: Element | undefined): string {
	const next = element?.nextSibling;
	const after = next && next.nodeType === 3 ? (next.textContent ?? '').trim() : '';
	return /^[,،，;.]$/u.test(after) ? after : '';
}

export function agendaNumbers(label: string): string[] {
	const plain = label.replace(/[\u200e\u200f]/gu, '');
	const out: string[] = [];
	for (const match of plain.matchAll(/([0-9]+)(?:[ \u00a0]?(\([^()\s]{1,3}(?: [^()\s]{1,2})?\)|[a-zа-я]{1,2}\)))?/gu)) out.push(match[2] ? `${match[1]}${plain.slice(match.index + match[1]!.length, match.index + match[0].length - match[2].length)}${match[2]}` : match[1]!);
	return out;
}

function readVote(meta: Element | undefined, reader: Reader): Vote | undefined {
	const votings = meta ? ([...meta.querySelectorAll('analysis voting')] as Element[]) : [];
	const voting = votings[0];
	if (votings.length > 1) reader.problem('vote', votings[1]!, 'one <voting>', `${votings.length}`);
	const outcome = attr(voting, 'outcome') ?? '';
	// Some 75th-session files put the record's words in @outcome: "Adopted without vote, 59th plenary
	// meeting", "Adopted 90-0-47, 87th plenary meeting" (in favour, against, abstaining).
	const tally = /^Adopted ([0-9]+)-([0-9]+)-([0-9]+),/u.exec(outcome);
	const withoutVote = outcome === 'adoptedWithoutVote' || /^Adopted without vote,/u.test(outcome);
	if (withoutVote && outcome !== 'adoptedWithoutVote') reader.note(voting!, `the voting outcome is the record's words: ${JSON.stringify(outcome)}, read as adopted without a vote`);
	if (withoutVote) return { type: 'without-vote' };
	if ((outcome === 'adoptedRecordedVote' || tally) && voting) {
		const voters: { inFavour: string[]; against: string[]; abstaining: string[] } = { inFavour: [], against: [], abstaining: [] };
		const count = (refersTo: 'inFavour' | 'against' | 'abstaining') => {
			const counts = children(voting, 'count').filter((c) => attr(c, 'refersTo') === refersTo);
			// DGACM leaves out a count of no votes against or no abstentions (its metadata records 0).
			if (counts.length === 0 && refersTo !== 'inFavour') return 0;
			const value = Number(attr(counts[0], 'value') ?? 'NaN');
			if (counts.length !== 1 || !Number.isInteger(value) || value < 0) {
				reader.problem('recorded vote count', counts[0] ?? voting, `one <count refersTo="${refersTo}"> with a number`, attr(counts[0], 'value') ?? 'none');
				return 0;
			}
			const names = ([...counts[0]!.querySelectorAll('organization')] as Element[]).map((o) => text(o));
			if (names.length !== value) reader.problem('recorded vote count', counts[0]!, `${value} voters listed, as counted`, `${names.length}`);
			voters[refersTo] = names;
			return value;
		};
		const vote = { type: 'recorded' as const, inFavour: count('inFavour'), against: count('against'), abstaining: count('abstaining'), voters };
		if (tally) {
			const words = `${vote.inFavour}-${vote.against}-${vote.abstaining}`;
			if (words !== tally.slice(1).join('-')) reader.problem('recorded vote count', voting, `the counts the outcome states (${tally.slice(1).join('-')})`, words);
			else reader.note(voting, `the voting outcome is the record's words: ${JSON.stringify(outcome)}, read as a recorded vote`);
		}
		return vote;
	}
	return reader.problem(`vote "${outcome || 'none'}"`, voting ?? meta ?? '/', 'voting outcome "adoptedWithoutVote" or "adoptedRecordedVote"', found(outcome));
}

/**
 * The proponent line, "[without reference to a Main Committee (A/76/L.74 and A/76/L.74/Add.1)]":
 * the committee words before the parenthesis, and each draft symbol linked.
 */
function readProponent(element: Element, reader: Reader): { committee: string; line: Inline[] | undefined; drafts: string[] } {
	const documents = children(element);
	const refersTo = attr(element, 'refersTo') ?? '';
	const fallback = committees[refersTo];
	if (documents.length !== 1 || documents[0]!.localName !== 'inline' || attr(documents[0]!, 'name') !== 'originating document') {
		reader.problem('proponent line', element, 'one <inline name="originating document">', documents.map((e) => `<${e.localName}>`).join(', ') || 'none');
		return { committee: fallback ?? '', line: undefined, drafts: [] };
	}
	const originating = documents[0]!;
	const before = collapse((originating.previousSibling?.textContent as string | undefined) ?? '');
	let committee = trimAscii(before.replace(/^[ \t\n\r\f]*\[/u, '').replace(/\([ \t\n\r\f]*$/u, ''));
	if (committee === '') {
		if (!fallback) reader.problem('proponent line', element, 'the committee words before the documents, or a known @refersTo', found(refersTo));
		else reader.note(element, `no committee words before the documents: "${fallback}" from @refersTo ${refersTo}`);
		committee = fallback ?? '';
	}
	const line: Inline[] = [];
	const drafts: string[] = [];
	const words = collapse(originating.textContent ?? '');
	let last = 0;
	for (const match of words.matchAll(/[A-Z][A-Za-z0-9./()-]*\/[A-Za-z0-9./()-]*[A-Za-z0-9)]/gu)) {
		let symbol = match[0];
		// "A/76/439، الفقرة 7(": a parenthesis the symbol does not own stays text.
		while (symbol.endsWith(')') && (symbol.match(/\(/gu) ?? []).length < (symbol.match(/\)/gu) ?? []).length) symbol = symbol.slice(0, -1);
		if (!isDocumentSymbol(symbol)) continue;
		line.push({ type: 'text', value: words.slice(last, match.index) });
		line.push({ type: 'documentLink', symbol, href: undocsHref(symbol, reader.language), children: [{ type: 'text', value: symbol }] });
		if (!drafts.includes(symbol)) drafts.push(symbol);
		last = match.index + symbol.length;
	}
	if (drafts.length === 0) reader.note(originating, `the proponent line names no document symbol: ${found(words)}`);
	line.push({ type: 'text', value: words.slice(last) });
	const after = collapse((originating.nextSibling?.textContent as string | undefined) ?? '');
	if (originating.nextSibling?.nextSibling) reader.problem('proponent line', element, 'text after the documents, then nothing', 'more');
	return { committee, line: tidy([{ type: 'text', value: before }, ...line, { type: 'text', value: after }]), drafts };
}
