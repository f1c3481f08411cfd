// Mounts <edu-share-dialog> for a view read from the URL (?chart=…&lang=…).
import '../../src/embed/share-dialog';
import type { EmbedType } from '../../src/embed/params';

const params = new URLSearchParams(location.search);
const dialog = document.createElement('edu-share-dialog');
Object.assign(dialog, {
  metric: 'preschool_gross_enrollment',
  year: null,
  region: params.get('region') ?? '410000',
  level: null,
  select: [],
  chart: (params.get('chart') ?? 'ranking') as EmbedType,
  lang: params.get('lang') === 'en' ? 'en' : 'zh',
  siteUrl: new URL('../', location.href).href,
  latestYear: 2024,
});
document.body.append(dialog);
void dialog.show();
