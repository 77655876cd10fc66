// The ratification timeline, bundled into one chunk (Observable Plot and d3) that Compare loads on first use.
export { findParticipationList, humanDate, participationLists } from '../../law/participation/index.js';
export { recordedThrough } from '../../law/participation/report.js';
export { timelineSvg } from '../../law/participation/timeline.js';
