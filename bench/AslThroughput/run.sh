#!/usr/bin/env bash
# Publishes the benchmark ReadyToRun (as ./mlops ships the CLI) and runs it: ours and the npm peer side by side.
# Usage: bash bench/AslThroughput/run.sh [--sizes 1000,10000,100000]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
[ -d "$root/.ci/node_modules/aws-local-stepfunctions" ] || (cd "$root/.ci" && npm ci --no-audit --no-fund >/dev/null)
rid="linux-x64"
case "$(uname -m)" in aarch64|arm64) rid="linux-arm64" ;; esac
dotnet publish "$root/bench/AslThroughput" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$root/artifacts/asl-bench" -nologo -v quiet
exec dotnet "$root/artifacts/asl-bench/AslThroughput.dll" "$@"
