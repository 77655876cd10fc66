// The worked example cases (examples/cases/*.json), bundled; each is loaded only when picked.
const loaders = import.meta.glob<unknown>('../../examples/cases/*.json', { import: 'default' });

export const examples = Object.entries(loaders)
  .map(([file, load]) => {
    const name = file
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    return { name, label: name.replace(/-/g, ' '), load };
  })
  .sort((a, b) => a.name.localeCompare(b.name));
