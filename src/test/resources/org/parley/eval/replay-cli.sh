#!/bin/sh
# Stands in for the parley CLI under the reference scripts (PARLEY_CMD="sh replay-cli.sh KEPT"):
# "build --store W/ID/store W/ID/in" checks that the scorer wrote the article and metadata.csv the
# Java eval built from and exits as that build did; "query NAME --store W/ID/store --format csv"
# prints the CSV the Java eval read back for that article.
kept=$1
shift
id=$(basename "$(dirname "$3")")
if [ "$1" = build ]; then
  for f in "$4"/*; do
    cmp -s "$f" "$kept/$id/in/$(basename "$f")" || { echo "replay: $f differs from the Java eval's input" >&2; exit 97; }
  done
  tail -n +2 "$kept/$id/build.log" >&2
  exit "$(head -n 1 "$kept/$id/build.log" | cut -d ' ' -f 2)"
fi
id=$(basename "$(dirname "$4")")
cat "$kept/$id/$2.csv"
