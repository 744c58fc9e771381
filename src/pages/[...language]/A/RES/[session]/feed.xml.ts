/** `/A/RES/76/feed.xml`, `/fr/A/RES/76/feed.xml`: the session's resolutions as an Atom feed (src/lib/library/session-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../../../i18n/ui';
import { sessionFeed } from '../../../../../lib/library/session-data';
import { fillTemplate } from '../../../../../lib/template';
import { languageParam, sessionContexts } from '../../../../../lib/library/views';

export const getStaticPaths = (() =>
	sessionContexts().map(({ session, language, sessionTitle }) => ({ params: { language: languageParam(language), session }, props: { language, sessionTitle } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ language: string; sessionTitle: string }> = ({ params, props, site }) => {
	const t = useTranslations(props.language);
	const title = fillTemplate(t('library.sessionTitle'), { session: props.sessionTitle });
	return new Response(sessionFeed(params.session!, props.language, site!, { title, author: t('site.name') }), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
