import { maskIdNumber, maskPhone } from './personal-data';

describe('masking personal data', () => {
  it.each([
    ['13857212345', '138****2345'],
    // a landline keeps its area code; four digits of its local number are hidden whatever its length
    ['0572-2345678', '0572-****678'],
    ['05722345678', '0572-****678'],
    ['(0572)2345678', '0572-****678'],
    ['0572-23456789', '0572-****6789'],
    ['010-87654321', '010-****4321'],
    ['021 8765 4321', '021-****4321'],
    // what no phone rule wrote (stored before validation): never more shown than four hidden allow
    ['2345678', '****678'],
    ['23456789', '****6789'],
    ['１３８12345678', '１３８****5678'],
    ['12 34', '****'],
    ['123', '****'],
  ])('phone %s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('masks an ID number as docs/domain-rules.md#personal-data shows (3305**********0014)', () => {
    expect(maskIdNumber('330502198001010014')).toBe('3305**********0014');
  });
});
