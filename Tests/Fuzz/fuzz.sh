#!/usr/bin/env bash
# Runs the libFuzzer targets of Tests/Fuzz/Targets for a bounded time each.
#   Tests/Fuzz/fuzz.sh SECONDS [TARGET…]      (default: every target)
# Builds tapestry-fuzz optimised, with --sanitize=fuzzer,address, into .build-fuzz, seeds each target's
# corpus from samples/, Templates/ and ../shared/, runs two targets at a time (two cores),
# and prints executions and crashes per target. A crash, hang or out-of-memory input is kept
# in .build-fuzz/artifacts/TARGET/; copy it to Tests/Fuzz/crashes/TARGET/ with its fix, so
# the regression test replays it for good. Exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx instrument mapping project timestamp template members)
scratch=.build-fuzz
# SwiftPM's --sanitize=fuzzer links libFuzzer but does not instrument Swift code for coverage, hence
# -Xswiftc -sanitize=fuzzer too; ld.gold cannot link the ASan runtime here, lld can.
swift build -c release --product tapestry-fuzz --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld \
  --scratch-path "$scratch" 2>&1 | grep -E "error|Compiling tapestry_fuzz|Build complete" || true
binary="$scratch/release/tapestry-fuzz"
[ -x "$binary" ] || { echo "fuzz: the fuzz build failed (see above)" >&2; exit 1; }

seed() {  # seed TARGET FILES…: copies the existing files into the target's corpus
  local folder="$scratch/corpus/$1"; shift
  mkdir -p "$folder"
  for file in "$@"; do [ -f "$file" ] && cp "$file" "$folder/$(echo "$file" | tr '/' '_')"; done
  return 0
}
shopt -s nullglob globstar
seed csv samples/**/*.csv ../shared/real-exports/*.csv ../shared/reference/export-shapes/*.csv ../shared/reference/export-shapes/*.txt
seed xlsx samples/**/*.xlsx
seed instrument Templates/instruments/*.yaml
seed mapping Tests/Fuzz/seeds/mapping/*
seed project samples/**/tapestry.yaml
seed timestamp Tests/Fuzz/seeds/timestamp/*
seed template Templates/reports/*.mustache
seed members Tests/Fuzz/seeds/members/*
for target in "${targets[@]}"; do seed "$target" Tests/Fuzz/crashes/"$target"/*; done

declare -A limit=([csv]=65536 [xlsx]=262144 [instrument]=32768 [mapping]=8192 [project]=8192 [timestamp]=4096 [template]=32768 [members]=8192)
run_one() {
  local target=$1 log="$scratch/logs/$1.log"
  mkdir -p "$scratch/artifacts/$target" "$scratch/logs"
  # FoundationXML leaks a little per XML error (not ours); LeakSanitizer would report it at
  # exit as a find, so leaks are not looked for.
  ASAN_OPTIONS=detect_leaks=0 TAPESTRY_FUZZ_TARGET=$target "$binary" "$scratch/corpus/$target" -max_total_time="$seconds" -seed=1 \
    -max_len="${limit[$target]}" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$target/" >"$log" 2>&1 || true
}
rm -rf "$scratch/artifacts"
running=0
for target in "${targets[@]}"; do
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge 2 ]; then wait -n; running=$((running - 1)); fi
done
wait

found=0
printf '%-12s %14s %10s %s\n' target executions seconds found
for target in "${targets[@]}"; do
  log="$scratch/logs/$target.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || echo "?")
  artifacts=("$scratch/artifacts/$target"/*)
  printf '%-12s %14s %10s %s\n' "$target" "$runs" "$seconds" "${#artifacts[@]}"
  if [ ${#artifacts[@]} -gt 0 ]; then
    found=1
    grep -m3 -E 'ERROR|Fatal error|deadly signal|timeout|out-of-memory' "$log" | sed "s/^/  $target: /" || true
    printf '  %s\n' "${artifacts[@]}"
  fi
done
exit $found
