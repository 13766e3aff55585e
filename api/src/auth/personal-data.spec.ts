import { maskIdNumber, maskPhone } from './personal-data';

describe('masking personal data', () => {
  it.each([
    ['13857212345', '138****2345'],
    ['0572-2345678', '057****5678'],
    ['123', '****'],
  ])('phone %s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('masks an ID number as docs/domain-rules.md#personal-data shows (3305**********0014)', () => {
    expect(maskIdNumber('330502198001010014')).toBe('3305**********0014');
  });
});
