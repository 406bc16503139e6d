import { readFormAnswer } from './form-answers';

describe('a form question and its answer', () => {
  it.each([
    ['Do the parents agree with the plan?  Yes ☐  No ☒', 'no', 'No'],
    ['Do the parents agree with the plan?  Yes ☒  No ☐', 'yes', 'Yes'],
    ['Do the parents agree with the plan? ☒ Yes ☐ No', 'yes', 'Yes'],
    ['Parent agrees with the plan: [ ] Agree [x] Disagree', 'no', 'Disagree'],
    ['Has the plan been agreed? \uF0A8 Yes \uF0FE No', 'no', 'No'],
    ['Do you agree with the plan? No, I do not think I drink too much.', 'no', undefined],
  ])('"%s" is answered %s', (line, answer, given) => {
    const read = readFormAnswer(line);
    expect(read?.answer).toBe(answer);
    if (given) expect(read?.given).toBe(given);
  });

  it('a question with no box ticked is unanswered', () => {
    expect(readFormAnswer('Do the parents agree with the plan?  Yes ☐  No ☐')).toEqual({
      question: 'Do the parents agree with the plan?',
      answer: 'unanswered',
    });
  });

  it('"Yes / No (delete as appropriate)" with neither deleted is unanswered', () => {
    expect(
      readFormAnswer('Do you agree with this plan? Yes / No (delete as appropriate)')?.answer,
    ).toBe('unanswered');
    expect(readFormAnswer('Do you agree with this plan? Yes (delete as appropriate)')?.answer).toBe(
      'yes',
    );
  });

  it('reads an answer written on the line below the question', () => {
    expect(readFormAnswer('Does Shelley agree with the plan?', 'Yes')).toMatchObject({
      answer: 'yes',
      below: true,
    });
  });

  it.each([
    '☐ Mum will ring the school every Monday.',
    'Ruby-Mae will be collected from school by Shelley every day.',
    'What are we worried about?',
  ])('"%s" is no form question', (line) => {
    expect(readFormAnswer(line)).toBeUndefined();
  });
});
