import type { OwnDataStrings } from '../types/own-data';
import { strings as app } from './app';

export const strings: OwnDataStrings = {
  title: app.ownData,
  close: 'Close',
  privacy:
    'Your files are read and computed in this browser only; nothing is uploaded to any server. The data is gone when you close the page unless you choose “Keep in this browser”.',
  expects:
    'Needs a schools file; population (ages 3–5, for gross enrollment) and reported are optional; as .csv, .csv.gz or .xlsx, UTF-8 or GB18030, Chinese or English headers.',
  choose: 'Choose files…',
  dropHere: 'You can also drop the files anywhere on the page.',
  chosen: 'Chosen files',
  noFiles: 'No files chosen yet.',
  role: { schools: 'Schools', population: 'Population', reported: 'Reported figures' },
  unplaced: {
    form: (name) => `${name}: not a .csv, .csv.gz or .xlsx file; it will not be read.`,
    role: (name) =>
      `${name}: the name does not say which data it holds; rename it to contain schools, population or reported.`,
    twice: (name) => `${name}: there is already a file of this kind; it will not be read.`,
  },
  missing: (roles) => `Still missing: ${roles}.`,
  remove: (name) => `Remove ${name}`,
  skipInvalid: 'Skip invalid rows',
  skipInvalidNote:
    'Invalid rows are left out and can be downloaded as rejected.csv (as --skip-invalid on the command line).',
  build: 'Build',
  cancel: 'Cancel',
  progressLabel: 'Build progress',
  step: (step) =>
    step.startsWith('reading ')
      ? `Reading ${step.slice('reading '.length)}`
      : step === 'aggregating'
        ? 'Aggregating'
        : step === 'writing'
          ? 'Writing the files'
          : step,
  progress: (rows, perSecond) => `${rows} rows read · ${perSecond} rows per second`,
  cancelled: 'Cancelled; nothing was built.',
  failed: (message) => `The build failed: ${message}`,
  problemsTitle: 'Problems in the data',
  nothingBuilt: 'Nothing was built. Fix these problems, or tick “Skip invalid rows”.',
  more: (count) => `and ${count} more`,
  tryAgain: 'Choose again',
  built: (rows, seconds) => `${rows} rows read in ${seconds} s.`,
  shown: 'The map and charts now show your data.',
  rejected: 'Download the skipped rows (rejected.csv)',
  keep: 'Keep in this browser',
  kept: 'Kept in this browser (IndexedDB); it opens again on your next visit.',
  keepFailed: 'Could not keep the data in this browser.',
  forget: app.ownForget,
  forgotten: 'Deleted from this browser.',
  zip: 'Download as a site data folder (.zip)',
  zipNote: 'The same files npm run build:data writes; they can replace the data/ folder of a site.',
  backToPublished: app.ownReturn,
};
