/**
 * The lexicon audit's reading (`npm run concern-triggers`): which word gave each concern, so a
 * person can see a word read in another sense.
 */
import { concernTriggers } from '../../scripts/concern-triggers';

describe('which word gave each concern', () => {
  it('names the word a concern was read from', () => {
    expect(concernTriggers('Dad drinks most evenings.').get('alcohol')).toBe('drinks');
  });

  it('says "(several)" when two words each give the concern', () => {
    expect(concernTriggers('Dad drinks and is often drunk.').get('alcohol')).toBe('(several)');
  });

  it('lists nothing for a text that touches no concern', () => {
    expect(concernTriggers('The plan will be reviewed.').size).toBe(0);
  });
});
