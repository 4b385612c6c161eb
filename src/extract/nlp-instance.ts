import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance extraction uses, built once at module load (no custom entities). */
export const nlpInstance = winkNLP(model, ['sbd', 'pos']);
