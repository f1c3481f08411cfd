// The validator of the reported figures' file (reported.*.json): only the
// atlas's profile reads it, so it is loaded with the first request for it
// (src/data/source.ts), never by an embed.

import { array, integer, number, object, schemaVersion, SchemaError, string } from './guards';
import type { ReportedFile, ReportedFigure, ReportedReading } from './published';

function reportedFigure(v: unknown, p: string): ReportedFigure {
  const o = object(v, p);
  return {
    code: string(o.code, `${p}.code`),
    year: integer(o.year, `${p}.year`),
    metric: string(o.metric, `${p}.metric`),
    value: number(o.value, `${p}.value`),
    unit: string(o.unit, `${p}.unit`),
    source: string(o.source, `${p}.source`),
    quote: string(o.quote, `${p}.quote`),
    caveat: string(o.caveat, `${p}.caveat`),
    ...(o.caveatEn === undefined ? {} : { caveatEn: string(o.caveatEn, `${p}.caveatEn`) }),
    ...(o.reading === undefined ? {} : { reading: reading(o.reading, `${p}.reading`) }),
    origin: string(o.origin, `${p}.origin`),
  };
}

function reading(v: unknown, p: string): ReportedReading {
  if (v !== 'printed' && v !== 'restored') throw new SchemaError(p, '"printed" or "restored"');
  return v;
}

export function validateReportedFile(v: unknown): ReportedFile {
  const o = object(v, '');
  return {
    schemaVersion: schemaVersion(o.schemaVersion, 'schemaVersion'),
    figures: array(reportedFigure)(o.figures, 'figures'),
  };
}
