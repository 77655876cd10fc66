import * as D from '../../test/estimate/reference-data.js';
import { cachedExistenceChecker } from '../../src/estimate/existence.js';
import { loadHighsSolver } from '../../src/estimate/highs-lp.js';
import { rankByBic } from '../../src/estimate/bic-search.js';
import { prepareTable } from '../../src/estimate/loglinear-fit.js';
const ck = cachedExistenceChecker(await loadHighsSolver());
const p = prepareTable(D.ukdat5);
for (let i = 0; i < 4; i++) { const c = process.cpuUsage(); rankByBic(p, ck, 4); console.log('cpu', process.cpuUsage(c).user / 1000); }
