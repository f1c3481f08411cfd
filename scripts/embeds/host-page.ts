// A news-article-like host page with the three kinds of embed, built from the
// share dialog's own snippets (e2e test, bench, screenshots).

import { DEFAULT_VIEW, type ViewSpec } from '../../src/view/spec';
import { iframeSnippet, scriptSnippet } from '../../src/embed/snippets';

/** The strict policy a careful news site sends (the issue's, verbatim). */
export function strictCsp(atlas: string): string {
  return [
    `default-src 'none'`,
    `script-src 'self' ${atlas}`,
    `connect-src 'self' ${atlas}`,
    `img-src 'self' data: blob: ${atlas}`,
    `style-src 'self' 'unsafe-inline' ${atlas}`,
    `font-src ${atlas}`,
    `worker-src blob: ${atlas}`,
    `frame-src ${atlas}`,
  ].join('; ');
}

export const RANKING: ViewSpec = {
  ...DEFAULT_VIEW,
  metric: 'preschool_gross_enrollment',
  view: 'chart',
  chart: 'ranking',
};

export const MAP: ViewSpec = {
  ...DEFAULT_VIEW,
  metric: 'inclusive_kindergarten_coverage',
  region: '410000',
};

export const FRAME: ViewSpec = {
  ...RANKING,
  metric: 'class_multimedia_rate',
  region: '410000',
  lang: 'en',
};

function article(body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title>
<link rel="icon" href="data:,">
<style>
body { margin: 0; font: 17px/1.7 Georgia, 'Noto Serif CJK SC', serif; color: #222; background: #fbfaf7; }
main { max-width: 760px; margin: 0 auto; padding: 16px; }
figure.embed { margin: 24px 0; }
</style>
</head>
<body>
<main>
<h1>各地学前教育普及情况</h1>
${body}
</main>
</body>
</html>
`;
}

const para =
  '<p>记者从教育部门了解到，近年来各地学前教育资源持续扩大。下图显示各省份的最新情况。</p>';

export function hostPage(atlas: string): string {
  const site = `${atlas}/`;
  return article(
    [
      para,
      `<figure class="embed" id="script-chart">\n${scriptSnippet(site, RANKING)}\n</figure>`,
      para,
      `<figure class="embed" id="script-map">\n${scriptSnippet(site, MAP)}\n</figure>`,
      para,
      `<figure class="embed" id="iframe-chart">\n${iframeSnippet(site, FRAME).replace(' loading="lazy"', '')}\n</figure>`,
      para,
    ].join('\n'),
  );
}

/**
 * The iframe embed without its resize script: a test adds embed-resize.js once
 * the frame has reported its height (as a CMS that loads scripts late would).
 */
export function lateResizePage(atlas: string): string {
  const [iframe] = iframeSnippet(`${atlas}/`, FRAME).split('\n<script');
  return article(
    `${para}\n<figure class="embed" id="iframe-chart">\n${iframe}\n</figure>\n${para}`,
  );
}

/** One script ranking embed, for the load-time bench. */
export function rankingOnlyPage(atlas: string): string {
  return article(`${para}\n${scriptSnippet(`${atlas}/`, RANKING)}`);
}

/** Several embeds of the same data root, to count fetches. */
export function manyEmbedsPage(atlas: string): string {
  const site = `${atlas}/`;
  return article(
    [
      scriptSnippet(site, RANKING),
      scriptSnippet(site, { ...RANKING, lang: 'en' }).split('\n')[1],
      scriptSnippet(site, { ...RANKING, region: '410000' }).split('\n')[1],
      scriptSnippet(site, { ...RANKING, chart: 'trend', select: ['410000', '420000'] }).split(
        '\n',
      )[1],
    ].join('\n'),
  );
}

/** Bad attributes: inline messages instead of charts. */
export function problemsPage(atlas: string): string {
  const site = `${atlas}/`;
  return article(
    [
      scriptSnippet(site, RANKING).split('\n')[0],
      '<edu-chart id="bad-metric" metric="no_such_metric" lang="zh"></edu-chart>',
      '<edu-chart id="bad-year" metric="preschool_gross_enrollment" year="1999" lang="en"></edu-chart>',
      '<edu-chart id="bad-code" type="trend" metric="preschool_gross_enrollment" codes="999999"></edu-chart>',
      '<edu-chart id="bad-type" type="pie" metric="preschool_gross_enrollment" lang="en"></edu-chart>',
    ].join('\n'),
  );
}
