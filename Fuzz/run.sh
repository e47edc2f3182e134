#!/usr/bin/env bash
# Runs each fuzz target for a number of seconds (make fuzz SECONDS=N), at the lowest
# priority, with seeds from every fixture; keeps the corpus in .build-fuzz/corpus/<target>,
# any finding in .build-fuzz/findings/<target>/, the log in .build-fuzz/logs/<target>.log,
# and prints executions, corpus size and findings per target.
#
# Usage: Fuzz/run.sh SECONDS TARGET...   (targets: csv xlsx config templates)
# With FUZZ_PARALLEL=1 the targets run at the same time instead of one after another.
set -euo pipefail
duration=$1
shift
root=.build-fuzz
bin=$root/build/release

seed() { # seed TARGET FILE...: copies the files into the target's seed folder
  local target=$1
  shift
  mkdir -p "$root/seeds/$target"
  local file
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "$root/seeds/$target/$(echo "$file" | tr '/' '_')"
  done
  return 0
}

seeds() {
  local target=$1
  rm -rf "$root/seeds/$target"
  mkdir -p "$root/seeds/$target"
  case $target in
  csv)
    seed csv $(find Tests -path '*Fixtures*' -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' \)) \
      $(find sample-data -name '*.csv')
    ;;
  xlsx)
    python3 Fuzz/make-xlsx-seeds.py "$root/seeds/xlsx" \
      $(find Tests -path '*Fixtures*' -name '*.csv') $(find sample-data -name '*.csv')
    seed xlsx $(find Tests sample-data reports -name '*.xlsx')
    ;;
  config)
    seed config $(find Tests -path '*Fixtures*' -name '*.yml') $(find sample-data reports -name '*.yml')
    ;;
  templates)
    seed templates reports/templates/*.mustache Sources/ImpactApp/Pages/Templates/*.mustache
    # A labels file alone: the template is empty, the labels follow the NUL byte.
    { printf '\0'; cat reports/templates/labels.txt; } >"$root/seeds/templates/labels.txt"
    ;;
  esac
  # Every finding kept as a regression fixture is a seed too.
  if [ -d "Fuzz/Regressions/$target" ]; then
    seed "$target" $(find "Fuzz/Regressions/$target" -type f ! -name "*.expected")
  fi
}

max_len() {
  case $1 in
  xlsx) echo 65536 ;;
  templates) echo 32768 ;;
  *) echo 16384 ;;
  esac
}

campaign() {
  local target=$1
  seeds "$target"
  mkdir -p "$root/corpus/$target" "$root/findings/$target" "$root/logs"
  local log=$root/logs/$target.log last executions
  echo "fuzz-$target: $duration s, $(ls "$root/seeds/$target" | wc -l) seeds, log in $log"
  # fork=1 with ignore_*: a finding is saved and the run goes on. Leak detection is off: the
  # one leak seen is inside FoundationEssentials (FileManager.contents), not impact's.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
    IMPACT_FUZZ_DATA=${IMPACT_FUZZ_DATA:-Tests/ImpactIngestTests/Fixtures/folders/messy} \
    nice -n 19 "$bin/fuzz-$target" "$root/corpus/$target" "$root/seeds/$target" \
    -max_total_time="$duration" -max_len="$(max_len "$target")" -timeout=20 -rss_limit_mb=2048 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -detect_leaks=0 \
    -artifact_prefix="$root/findings/$target/" >"$log" 2>&1 || true
  last=$(grep -E '^#[0-9]+: cov' "$log" | tail -1 || true)
  executions=$(echo "$last" | sed -E 's/^#([0-9]+):.*/\1/')
  echo "fuzz-$target: ${executions:-0} executions; corpus $(ls "$root/corpus/$target" | wc -l) inputs," \
    "$(du -sh "$root/corpus/$target" | cut -f1); findings $(ls "$root/findings/$target" | wc -l)" \
    "(${last:-no status line})"
}

for target in "$@"; do
  if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then campaign "$target" & else campaign "$target"; fi
done
wait
