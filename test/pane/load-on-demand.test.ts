import { loadOnDemand } from '../../src/pane/load-on-demand';
import { errorMessage } from '../../src/ui/strings';

describe('a part of the pane loaded on first use', () => {
  it('gives what it loaded', async () => {
    await expect(loadOnDemand(async () => ({ connect: 1 }), 'saves to Teams')).resolves.toEqual({
      connect: 1,
    });
  });

  it('says in plain words what did not load and what to do, not which script file failed', async () => {
    // What webpack's loader throws when a chunk cannot be fetched.
    const chunkError = Object.assign(
      new Error(
        'Loading chunk connect failed.\n(error: https://localhost:3000/connect.1a2b3c4d.chunk.js)',
      ),
      { name: 'ChunkLoadError' },
    );
    const failed = await loadOnDemand(() => Promise.reject(chunkError), 'saves to Teams').catch(
      (e: unknown) => e,
    );
    const shown = errorMessage(failed, 'reach the plan store');
    expect(shown).toBe(
      'Could not reach the plan store: the part of the pane that saves to Teams did not load (check your connection; if it keeps failing, close and reopen the pane)',
    );
    expect(shown).not.toMatch(/chunk|\.js/i);
  });
});
