import { sameFiles, shortDigest } from './sameFiles';

describe('sameFiles', () => {
  it('names, for each material, the others uploaded from the same file', () => {
    const materials = [
      { id: '1', kind: 'MINUTES', sha256: 'aa' },
      { id: '2', kind: 'COVENANT', sha256: 'aa' },
      { id: '3', kind: 'RULES', sha256: 'bb' },
      { id: '4', kind: 'MEMBER_LIST', sha256: 'aa' },
    ];
    const same = sameFiles(materials);
    expect(same.get('1')?.map((m) => m.kind)).toEqual(['COVENANT', 'MEMBER_LIST']);
    expect(same.get('4')?.map((m) => m.kind)).toEqual(['MINUTES', 'COVENANT']);
    expect(same.has('3')).toBe(false);
  });

  it('shortens a digest to its first 12 characters', () => {
    expect(shortDigest('0123456789abcdef0123')).toBe('0123456789ab');
  });
});
