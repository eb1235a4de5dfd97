// Peer: compromise 14 (the full default build, compromise/three): one parse
// per document, then people, places, organizations and numbers.
// See docs.js for the flags and the output line.
'use strict';

const {parseArgs, run} = require('./docs.js');
const nlp = require('compromise');

const args = parseArgs(process.argv.slice(2), ['default']);
run('compromise', 'default (people, places, organizations, numbers)', args,
    (text) => {
      const doc = nlp(text);
      return {
        people: doc.people().length,
        places: doc.places().length,
        organizations: doc.organizations().length,
        numbers: doc.numbers().length,
      };
    });
