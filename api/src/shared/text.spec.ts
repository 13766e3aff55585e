import { textProblem } from './text';

describe('textProblem', () => {
  it.each([
    [''],
    ['湖州市物业服务有限公司'],
    ['emoji 😀 (a surrogate pair)'],
    ["' OR 1=1 --"],
    ['tab\tand newline\n'],
  ])('%p can be stored', (text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each([
    ['\u0000', 'NUL'],
    ['admin\u0000', 'NUL'],
    ['\ud800', 'UNPAIRED_SURROGATE'],
    ['a\udc00b', 'UNPAIRED_SURROGATE'],
    ['😀'.slice(0, 1), 'UNPAIRED_SURROGATE'],
    ['\udc00\ud800', 'UNPAIRED_SURROGATE'],
    ['😀\ud83d', 'UNPAIRED_SURROGATE'],
  ])('%p is refused as %p', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});
