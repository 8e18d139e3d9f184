#!/bin/sh
# Rebuilds src/main/ner/*.train from the hand-written markup in src/build/ner/hand/ and the
# template generator src/build/ner/generate.py. Deterministic. Run from the project root:
#   sh src/build/ner/build-corpus.sh
# then retrain the model (see org.parley.nlp.ner.NerTrainer).
set -e
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
rm -rf target/ner-markup
mkdir -p target/ner-markup
cp src/build/ner/hand/*.txt target/ner-markup/
python3 src/build/ner/generate.py target/ner-markup/generated.txt
rm -f src/main/ner/*.train
java -cp "target/classes:$(cat target/cp.txt)" src/build/ner/CorpusBuilder.java src/main/ner target/ner-markup/*.txt
