// Peer: wink-nlp 2.x with wink-eng-lite-web-model.
//   --pipeline default   the model's default pipeline (sentence boundaries,
//                        negation, sentiment, POS, named entities, custom
//                        entities): counts tokens, sentences, entities
//   --pipeline tokenize  wink-nlp with an empty pipe: its tokenizer alone
// See docs.js for the other flags and the output line.
'use strict';

const {parseArgs, run} = require('./docs.js');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const args = parseArgs(process.argv.slice(2), ['default', 'tokenize']);
const nlp = args.pipeline === 'default' ? winkNLP(model) : winkNLP(model, []);

if (args.pipeline === 'default') {
  run('wink-nlp', 'default (sbd, negation, sentiment, pos, ner, cer)', args,
      (text) => {
        const doc = nlp.readDoc(text);
        return {
          tokens: doc.tokens().length(),
          sentences: doc.sentences().length(),
          entities: doc.entities().length(),
        };
      });
} else {
  run('wink-nlp', 'tokenize (empty pipe)', args, (text) => {
    const doc = nlp.readDoc(text);
    return {tokens: doc.tokens().length()};
  });
}
