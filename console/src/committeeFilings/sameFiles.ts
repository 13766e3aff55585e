/** For each material, the other materials of the filing whose file is the same (by SHA-256); absent when none. */
export function sameFiles<M extends { id: string; sha256: string }>(materials: readonly M[]): Map<string, M[]> {
  const same = new Map<string, M[]>();
  for (const m of materials) {
    const others = materials.filter((o) => o.id !== m.id && o.sha256 === m.sha256);
    if (others.length) same.set(m.id, others);
  }
  return same;
}

/** A SHA-256 short enough to read and compare at a glance (as git shows a commit). */
export const shortDigest = (sha256: string) => sha256.slice(0, 12);
