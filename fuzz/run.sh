#!/usr/bin/env bash
# Run every fuzz target (or those named) for SECONDS each (default 600), seeded with
# the sample corpus. Needs a nightly toolchain and cargo-fuzz:
#   rustup toolchain install nightly && cargo install cargo-fuzz
#   bash fuzz/run.sh            # all targets, 10 minutes each
#   SECONDS_EACH=60 bash fuzz/run.sh query annotate
set -euo pipefail
cd "$(dirname "$0")"
each=${SECONDS_EACH:-600}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(ingest_txt ingest_md ingest_html ingest_json ingest_jsonl brat annotate query)
seed() { # target, glob
  mkdir -p "corpus/$1"
  for f in ../assets/corpus/$2; do [ -f "$f" ] && cp -n "$f" "corpus/$1/" || true; done
}
seed ingest_txt '*.txt'; seed ingest_md '*.md'; seed ingest_html '*.htm*'
seed ingest_json '*.json'; seed ingest_jsonl '*.jsonl'; seed annotate '*.txt'
mkdir -p corpus/query corpus/brat
printf 'speaker:varga border -drones after:2025-03-01' > corpus/query/seed1
printf '"peace talks" actor:lavrov in:quotes cea' > corpus/query/seed2
printf 'He said "no".\0T1\tSource 0 2\tHe\nT2\tContent 9 13\t"no"\nT3\tCue 3 7\tsaid\nE1\tAttribution:T3 Source:T1 Content:T2\n' > corpus/brat/seed1
for t in "${targets[@]}"; do
  echo "== $t for ${each}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$each" -rss_limit_mb=4096 -max_len=65536 2>&1 \
    | tee "/tmp/saywho-fuzz-$t.log" | grep -E '^(#[0-9]+ +DONE|==|SUMMARY|artifact_prefix|Test unit)' || true
done
