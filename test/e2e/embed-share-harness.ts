// Mounts <edu-share-dialog> for a view read from the URL with the atlas's own
// codec (?chart=…&lang=…; default: the ranking of 河南's prefectures).
import '../../src/embed/share-dialog';
import { paramsOfQuery, parseView } from '../../src/view/codec';
import { DEFAULT_VIEW } from '../../src/view/spec';

const { spec } = parseView(paramsOfQuery(location.search), {
  ...DEFAULT_VIEW,
  metric: 'preschool_gross_enrollment',
  region: '410000',
  view: 'chart',
});
const dialog = document.createElement('edu-share-dialog');
Object.assign(dialog, {
  spec,
  siteUrl: new URL('../', location.href).href,
  latestYear: 2024,
});
document.body.append(dialog);
void dialog.show();
