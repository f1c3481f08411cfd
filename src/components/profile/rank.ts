// Rank among siblings: the atlas's one rank rule (src/data/rank.ts).

export { rankAmong, type Rank, type RankEntry } from '../../data/rank';
