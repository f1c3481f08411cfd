// Which input a chosen file is, read from its name: schools, population or
// reported, as .csv, .csv.gz or .xlsx (the names `npm run build:data` looks
// for in its input folder). The worker is given each file under that name, so
// its messages read as the CLI's (`schools.csv:12:3: …`).

export type InputRole = 'schools' | 'population' | 'reported';

export const INPUT_ROLES: readonly InputRole[] = ['schools', 'population', 'reported'];

const FORMS = ['.csv.gz', '.csv', '.xlsx'] as const;
export type InputForm = (typeof FORMS)[number];

/** Words in a file name that say which input it is, English and Chinese. */
const ROLE_WORDS: Readonly<Record<InputRole, RegExp>> = {
  schools: /school|学校|校情|基层表/i,
  population: /population|人口/i,
  reported: /reported|公报|引用/i,
};

export interface PlacedFile {
  role: InputRole;
  form: InputForm;
  file: File;
  /** The name the build reads it under: `schools.csv`, `population.xlsx` … */
  inputName: string;
}

export type UnplacedReason = 'form' | 'role' | 'twice';

export interface UnplacedFile {
  file: File;
  /** form: not .csv, .csv.gz or .xlsx; role: the name says no input; twice: another file has that role. */
  reason: UnplacedReason;
}

export interface Placement {
  placed: PlacedFile[];
  unplaced: UnplacedFile[];
}

export function formOf(name: string): InputForm | null {
  const lower = name.toLowerCase();
  return FORMS.find((form) => lower.endsWith(form)) ?? null;
}

/** The input a name stands for, or null when it names none or more than one. */
export function roleOf(name: string): InputRole | null {
  const form = formOf(name);
  const stem = form ? name.slice(0, name.length - form.length) : name;
  const roles = INPUT_ROLES.filter((role) => ROLE_WORDS[role].test(stem));
  return roles.length === 1 ? roles[0] : null;
}

/** Places every file; the first file of a role wins, a second is reported as `twice`. */
export function placeFiles(files: readonly File[]): Placement {
  const placed: PlacedFile[] = [];
  const unplaced: UnplacedFile[] = [];
  for (const file of files) {
    const form = formOf(file.name);
    const role = roleOf(file.name);
    if (!form) unplaced.push({ file, reason: 'form' });
    else if (!role) unplaced.push({ file, reason: 'role' });
    else if (placed.some((p) => p.role === role)) unplaced.push({ file, reason: 'twice' });
    else placed.push({ role, form, file, inputName: `${role}${form}` });
  }
  placed.sort((a, b) => INPUT_ROLES.indexOf(a.role) - INPUT_ROLES.indexOf(b.role));
  return { placed, unplaced };
}

/** The files as the build reads them: each under its input name. */
export function buildInputs(placed: readonly PlacedFile[]): File[] {
  return placed.map(({ file, inputName }) =>
    file.name === inputName
      ? file
      : new File([file], inputName, { type: file.type, lastModified: file.lastModified }),
  );
}

/**
 * A build needs schools; population (gross enrollment) and reported are
 * optional, as for `npm run build:data`, whose note says what is missing.
 */
export function missingRoles(placed: readonly PlacedFile[]): InputRole[] {
  return (['schools'] as const).filter((role) => !placed.some((p) => p.role === role));
}
