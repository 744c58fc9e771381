/**
 * Where the languages of one resolution disagree in structure: the anchors (src/lib/anchors.ts)
 * each language's file gives, compared across the languages that have the resolution. An anchor
 * that some languages have and others lack is a place where a link would reach a paragraph in
 * one language and nothing in another.
 */
import { assignAnchors, type BlockAnchors, type NumberingNote, type PointAnchor } from '../anchors';
import type { Block } from '../structure';
import type { Language } from './context';

export const languageOrder: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** One file's structure: its symbol, language and anchors in order. */
export interface Structure {
	symbol: string;
	language: Language;
	/** The file, to tell apart two files of one language (a reissue beside the original). */
	file?: string | undefined;
	anchors: string[];
	notes: NumberingNote[];
}

/** Every anchor of a document in order: blocks, their sub-paragraphs depth first, table rows. */
export function structureOf(symbol: string, language: Language, blocks: readonly Block[], file?: string): Structure {
	const { anchors, notes } = assignAnchors(blocks);
	const out: string[] = [];
	const points = (list: readonly PointAnchor[]) => {
		for (const point of list) {
			out.push(point.anchor);
			points(point.points);
		}
	};
	for (const block of anchors as BlockAnchors[]) {
		out.push(block.anchor);
		points(block.points);
		out.push(...block.rows);
	}
	return { symbol, language, file, anchors: out, notes };
}

export interface Disagreement {
	symbol: string;
	/** The languages compared (a language with two files for the symbol appears as "en (file)"). */
	languages: string[];
	/** Groups of anchors missing in the same languages, in text order. */
	missing: { in: string[]; anchors: string[] }[];
	notes: { language: string; note: NumberingNote }[];
}

const byLanguage = (a: Language, b: Language) => languageOrder.indexOf(a) - languageOrder.indexOf(b);

/** The anchors of all languages in one order: each language's order, merged (first language first). */
function union(lists: readonly string[][]): string[] {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const list of lists) {
		let insertAt = 0;
		for (const anchor of list) {
			if (seen.has(anchor)) {
				insertAt = out.indexOf(anchor) + 1;
				continue;
			}
			out.splice(insertAt, 0, anchor);
			seen.add(anchor);
			insertAt++;
		}
	}
	return out;
}

/** Compares the languages of each symbol; resolutions whose languages agree are left out. Sorted by symbol. */
export function disagreements(structures: readonly Structure[]): Disagreement[] {
	const bySymbol = new Map<string, Structure[]>();
	for (const structure of structures) bySymbol.set(structure.symbol, [...(bySymbol.get(structure.symbol) ?? []), structure]);
	const out: Disagreement[] = [];
	for (const [symbol, list] of [...bySymbol].sort(([a], [b]) => compareSymbols(a, b))) {
		const sorted = [...list].sort((a, b) => byLanguage(a.language, b.language) || ((a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0));
		const twice = (language: Language) => sorted.filter((s) => s.language === language).length > 1;
		const languages = sorted.map((s) => (twice(s.language) ? `${s.language} (${s.file ?? '?'})` : s.language));
		const sets = sorted.map((s) => new Set(s.anchors));
		const all = union(sorted.map((s) => s.anchors));
		const missing: Disagreement['missing'] = [];
		for (const anchor of all) {
			const lacking = languages.filter((_, i) => !sets[i]!.has(anchor));
			if (lacking.length === 0) continue;
			const last = missing.at(-1);
			if (last && last.in.join() === lacking.join()) last.anchors.push(anchor);
			else missing.push({ in: lacking, anchors: [anchor] });
		}
		const notes = sorted.flatMap((s, i) => s.notes.map((note) => ({ language: languages[i]!, note })));
		if (missing.length > 0 || notes.length > 0) out.push({ symbol, languages, missing, notes });
	}
	return out;
}

/** "A/RES/76/9" before "A/RES/76/10": numbers compared as numbers. */
export function compareSymbols(a: string, b: string): number {
	const key = (s: string) => s.replace(/[0-9]+/gu, (n) => n.padStart(6, '0'));
	const ka = key(a);
	const kb = key(b);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A run of anchors, compactly: "op1–op7 (7)", "pp3, pp4". */
function compact(anchors: readonly string[]): string {
	if (anchors.length <= 4) return anchors.join(', ');
	return `${anchors[0]}–${anchors.at(-1)} (${anchors.length})`;
}

/** The report section, as Markdown lines. */
export function disagreementReport(structures: readonly Structure[]): string[] {
	const found = disagreements(structures);
	const symbols = new Set(structures.map((s) => s.symbol));
	const structural = found.filter((d) => d.missing.length > 0);
	const lines = [
		'## Languages that disagree in structure',
		'',
		`${symbols.size} resolutions compared; ${structural.length} have anchors that some languages lack, ${found.filter((d) => d.notes.length > 0).length} have numbering notes.`,
		'',
	];
	for (const d of found) {
		const parts: string[] = [];
		for (const group of d.missing) {
			const have = d.languages.filter((l) => !group.in.includes(l));
			const where = have.length === 1 && d.languages.length > 2 ? `only in ${have[0]}` : `not in ${group.in.join(', ')}`;
			parts.push(`${where}: ${compact(group.anchors)}`);
		}
		const notes: string[] = [];
		for (const language of d.languages) {
			const own = d.notes.filter((n) => n.language === language).map(({ note }) => `${note.anchor} printed ${JSON.stringify(note.printed)}`);
			if (own.length === 0) continue;
			notes.push(own.length <= 3 ? `${language} ${own.join(', ')}` : `${language} ${own.length} numbers out of sequence (${own[0]} … ${own.at(-1)})`);
		}
		lines.push(`- **${d.symbol}** (${d.languages.join(' ')})${parts.length > 0 ? `: ${parts.join('; ')}` : ''}${notes.length > 0 ? `. Numbering: ${notes.join('; ')}` : ''}`);
	}
	return lines;
}
