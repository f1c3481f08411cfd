// Province-level inputs of the synthetic model. Population: 2020 census,
// millions. `development` is a logit offset (east coast ahead of the west);
// `childFactor` scales the share of 3–5-year-olds (lower in the north-east and
// the big municipalities, higher in the south-west and west).

export interface ProvinceProfile {
  population: number;
  development: number;
  childFactor: number;
  /** Yearly drift of the province's share of children (north-east shrinks). */
  childTrend: number;
}

function profile(
  population: number,
  development: number,
  childFactor: number,
  childTrend = 0,
): ProvinceProfile {
  return { population, development, childFactor, childTrend };
}

const PROVINCES: Readonly<Record<string, ProvinceProfile>> = {
  '11': profile(21.89, 1.0, 0.7),
  '12': profile(13.87, 0.8, 0.7),
  '13': profile(74.61, 0.0, 1.0),
  '14': profile(34.92, -0.1, 0.95),
  '15': profile(24.05, 0.0, 0.8, -0.01),
  '21': profile(42.59, 0.3, 0.6, -0.02),
  '22': profile(24.07, 0.1, 0.6, -0.025),
  '23': profile(31.85, 0.0, 0.55, -0.03),
  '31': profile(24.87, 1.0, 0.7),
  '32': profile(84.75, 0.8, 0.9),
  '33': profile(64.57, 0.9, 0.95, 0.005),
  '34': profile(61.03, 0.1, 1.1),
  '35': profile(41.54, 0.5, 1.1),
  '36': profile(45.19, 0.0, 1.15),
  '37': profile(101.53, 0.5, 1.05),
  '41': profile(99.37, -0.1, 1.15),
  '42': profile(57.75, 0.2, 0.95),
  '43': profile(66.45, 0.0, 1.05),
  '44': profile(126.01, 0.6, 1.15, 0.01),
  '45': profile(50.13, -0.3, 1.3),
  '46': profile(10.08, 0.0, 1.2),
  '50': profile(32.05, 0.2, 0.95),
  '51': profile(83.67, -0.2, 1.0),
  '52': profile(38.56, -0.4, 1.3),
  '53': profile(47.21, -0.5, 1.2),
  '54': profile(3.65, -1.0, 1.5),
  '61': profile(39.53, 0.0, 1.0),
  '62': profile(25.02, -0.5, 1.15),
  '63': profile(5.92, -0.7, 1.25),
  '64': profile(7.2, -0.3, 1.25),
  '65': profile(25.85, -0.5, 1.3),
};

const AVERAGE: ProvinceProfile = profile(45, 0, 1);

export function provinceProfile(provinceCode: string): ProvinceProfile {
  return PROVINCES[provinceCode.slice(0, 2)] ?? AVERAGE;
}
