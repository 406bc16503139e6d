/**
 * What a part-of-speech tagger gives the tagged reading: each token with its place in the text,
 * its Universal Dependencies tag and its lemma. The tagger itself is passed in, so the core
 * imports no model: the trial script (and, were it adopted, the pane) loads one and hands it over.
 */
export interface Token {
  /** The token as written. */
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, PRON, DET, ADP, PART, CCONJ, SCONJ, PUNCT... */
  pos: string;
  /** Base form, lower case ("attends" -> "attend"). */
  lemma: string;
  /** Lower-case text, read often enough to keep. */
  lower: string;
}

export type Tagger = (text: string) => Token[];
