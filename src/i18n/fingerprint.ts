// A short, stable fingerprint of a text, for catalogue keys of texts written in English beside the
// code they describe (a regime's conditions, a rule's label): a reworded English gets a new key, so
// the completeness tests ask for its translation again. FNV-1a (32 bits) in base 36; not for
// security.
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
