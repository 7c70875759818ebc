#!/usr/bin/env bash
# Cold start of a trivial function (and of the real MlOps.Functions bootstrap) per publish mode:
# process start → first response through the local Runtime API. Results go to stdout.
# Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev); without them the AOT row is skipped.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${RUNS:-15}"
out=artifacts/coldstart
rm -rf "$out"
pub() { dotnet publish "$@" -c Release -r linux-x64 --nologo -v q -p:TreatWarningsAsErrors=true >/dev/null; }

pub bench/ColdStart/TrivialFunction --self-contained false -o "$out/jit"
pub bench/ColdStart/TrivialFunction --self-contained false -p:PublishReadyToRun=true -o "$out/r2r"
pub bench/ColdStart/TrivialFunction --self-contained true -p:PublishReadyToRun=true -o "$out/r2r-sc"
cc=()
if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then cc=(-p:CppCompilerAndLinker=clang-14); fi
pub bench/ColdStart/TrivialFunction -p:PublishAot=true "${cc[@]}" -o "$out/aot" || echo "Native AOT publish failed (see above)"
pub functions/MlOps.Functions --self-contained false -o "$out/functions-jit"
pub functions/MlOps.Functions --self-contained false -p:PublishReadyToRun=true -o "$out/functions-r2r"
pub functions/MlOps.Functions -p:PublishAot=true "${cc[@]}" -o "$out/functions-aot" || echo "MlOps.Functions: Native AOT publish failed"

echo "published sizes:"; du -sh "$out"/* | sed 's#artifacts/coldstart/##'
dotnet run --project bench/ColdStart -c Release -- --runs "$runs" \
  "jit=$out/jit/TrivialFunction" \
  "r2r=$out/r2r/TrivialFunction" \
  "r2r-selfcont=$out/r2r-sc/TrivialFunction" \
  "aot=$out/aot/TrivialFunction" \
  "fn-jit=$out/functions-jit/MlOps.Functions@MlOps.Functions::Diagnostics::Echo" \
  "fn-r2r=$out/functions-r2r/MlOps.Functions@MlOps.Functions::Diagnostics::Echo" \
  "fn-aot=$out/functions-aot/bootstrap@MlOps.Functions::Diagnostics::Echo"
