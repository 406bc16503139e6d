/**
 * The wink-nlp tagger (with its English lite web model, about 1 MB gzipped): tokens, UD tags and
 * lemmas with their offsets in the text. Loaded only by whoever asks for the tagged reading.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Tagger, Token } from './tokens';

/** Loads the model (tens of milliseconds) and returns a tagger over it. */
export function winkTagger(): Tagger {
  // Only sentence breaks and tags: the entity, negation and sentiment pipes cost time and are
  // not read.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const { its } = nlp;
  // wink's typings give the lemma helper a signature that out() does not accept, though out()
  // calls it with the model's add-ons as documented; the cast only restates that.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  return (text: string): Token[] => {
    const doc = nlp.readDoc(text);
    const words = doc.tokens().out();
    const tags = doc.tokens().out(its.pos);
    const lemmas = doc.tokens().out(lemmaOf);
    const out: Token[] = [];
    let at = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // wink keeps each token as written, so its place is the next occurrence after the last.
      const found = text.indexOf(word, at);
      const start = found < 0 ? at : found;
      const end = found < 0 ? at : found + word.length;
      at = end;
      out.push({
        text: word,
        start,
        end,
        pos: tags[i],
        lemma: lemmas[i].toLowerCase(),
        lower: word.toLowerCase(),
      });
    }
    return out;
  };
}
