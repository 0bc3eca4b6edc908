#!/usr/bin/env bash
# k.sh "Name" ["Short form" ...]: rows of known-entities.tsv whose name or an alias contains each argument (case-insensitive).
for n in "$@"; do echo "== $n"; grep -i -F -- "$n" /work/reach16/known-entities.tsv | awk -F'\t' '{print $1"\t"$3"\t"$5" facts\t"substr($4,1,120)"\t"$6}' | head -8; done
