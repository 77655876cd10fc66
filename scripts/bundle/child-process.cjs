// node:child_process for commander in the bundled command line: commander needs it only to run a
// subcommand as a separate executable, which Continuum never does, yet loading it costs every
// start-up ~6 ms of CPU. scripts/bundle.mjs resolves commander's require('node:child_process') here;
// the real module is loaded on first use.
module.exports = {
  get spawn() {
    return require('node:child_process').spawn;
  },
};
