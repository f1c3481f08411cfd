// "Download as a site data folder": the published files of a build as one zip,
// ready to replace data/ (public/data) on a site. Paths sorted and one fixed
// timestamp, so the same build always zips to the same bytes.

import { zipSync, type Zippable } from 'fflate';
import type { PublishedFiles } from './protocol';

/**
 * 1980-01-01 00:00 in local time, made when zipping: the earliest zip time,
 * and the same DOS fields in every time zone (zip times are local).
 */
function fixedTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

export const SITE_ZIP_NAME = 'education-atlas-data.zip';

export function siteDataZip(files: PublishedFiles): Uint8Array {
  const mtime = fixedTime();
  const entries: Zippable = {};
  for (const path of Object.keys(files).sort()) {
    entries[path] = [files[path], { level: 6, mtime }];
  }
  return zipSync(entries, { mtime });
}
