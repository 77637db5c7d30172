#!/usr/bin/env bash
# End-to-end test of rcperm as a golangci-lint v2 module plugin (make
# golangci-test).
#
# It does what a user does: installs golangci-lint (the version
# .custom-gcl.yml names), builds a custom golangci-lint with rcperm from this
# checkout with `golangci-lint custom` and .custom-gcl.yml, and runs it with
# .golangci.example.yml on a throwaway app, checking findings and exit codes
# as the app's rcperm.yaml is edited, removed and rerun from golangci-lint's
# cache. Then the differential test (cmd/rcperm TestDifferential) runs the
# end-to-end fixtures through standalone rcperm, go vet and this build, and
# requires the same findings from each.
#
# It needs only Go and the Go module proxy. `golangci-lint custom` git-clones
# https://github.com/golangci/golangci-lint.git; the script serves that clone
# from a local git repository made of the same version's module source (from
# the module cache), through git's url.<base>.insteadOf in GIT_CONFIG_* (the
# variables golangci-lint passes on to git).
#
# One golangci-lint build per run. RCPERM_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

gcl_module=github.com/golangci/golangci-lint/v2
gcl_clone_url=https://github.com/golangci/golangci-lint.git # what `golangci-lint custom` clones
version=$(sed -n 's/^version:[[:space:]]*\([^[:space:]#]*\).*/\1/p' .custom-gcl.yml)
name=$(sed -n 's/^name:[[:space:]]*\([^[:space:]#]*\).*/\1/p' .custom-gcl.yml)
name=${name:-custom-gcl}
[ -n "$version" ] || { echo "golangci-test: no version in .custom-gcl.yml" >&2; exit 1; }

test_name=golangci-test
# shellcheck source=.ci/lib.sh
source .ci/lib.sh

# 1. golangci-lint itself.
begin "go install $gcl_module/cmd/golangci-lint@$version"
(cd "$work" && GOBIN="$work/bin" go install "$gcl_module/cmd/golangci-lint@$version")
"$work/bin/golangci-lint" version
end

# 2. The repository `golangci-lint custom` clones, served locally: the
# module's source, committed and tagged as the version it checks out.
begin "local golangci-lint repository at $version"
src=$(cd "$work" && go mod download -json "$gcl_module@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "golangci-test: no module source for $gcl_module@$version" >&2; exit 1; }
repo=$work/golangci-lint.git
mkdir -p "$repo"
cp -R "$src/." "$repo/"
chmod -R u+w "$repo" # the module cache is read-only
git -C "$repo" -c init.defaultBranch=main init -q
git -C "$repo" add -A
git -C "$repo" -c user.name=golangci-test -c user.email=golangci-test@localhost \
	commit -q -m "golangci-lint $version from the module cache"
git -C "$repo" tag "$version"
echo "$src -> $repo"
end

# 3. The custom golangci-lint, built from this checkout (.custom-gcl.yml:
# path: .). Appended to any GIT_CONFIG_* already set.
begin "golangci-lint custom ($name, rcperm from $root)"
n=${GIT_CONFIG_COUNT:-0}
env GIT_CONFIG_COUNT=$((n + 1)) \
	"GIT_CONFIG_KEY_$n=url.file://$repo.insteadOf" "GIT_CONFIG_VALUE_$n=$gcl_clone_url" \
	"$work/bin/golangci-lint" custom -v --destination "$work/bin"
gcl=$work/bin/$name
"$gcl" version
end

# 4. The app: one request that needs ReadCallLog, a .golangci.yml copied
# from .golangci.example.yml (manifest: rcperm.yaml, relative to the module
# root: the app's).
app=$work/app
write_app "$app"
cp .golangci.example.yml "$app/.golangci.yml"

# lint NAME: runs the custom golangci-lint on the app, with a cache of its
# own: the first run must analyze, and golangci-lint v2.15.0 salts its cache
# of a custom build from a local path with a hash that leaves out the
# plugin's packages, so a cache left by another build of rcperm would
# answer for this one. Sets rc, out (the report) and cached (how many
# packages golangci-lint took from its cache, from its debug log).
lint() {
	begin "$1"
	set +e
	(cd "$app" && GOLANGCI_LINT_CACHE="$work/golangci-cache" GL_DEBUG=goanalysis/issues/cache \
		"$gcl" run ./... >"$work/out" 2>"$work/log")
	rc=$?
	set -e
	out=$(<"$work/out")
	local analyzing
	analyzing=$(grep -o 'analyzing [0-9]*/[0-9]* packages' "$work/log" | tail -1 || true)
	cached=unknown
	if [[ $analyzing =~ analyzing\ ([0-9]+)/([0-9]+) ]]; then
		cached=$((BASH_REMATCH[2] - BASH_REMATCH[1]))
	fi
	echo "exit code $rc; packages from golangci-lint's cache: $cached (${analyzing:-no cache log})"
	sed 's/^/    | /' "$work/out"
	grep -v 'goanalysis/issues/cache' "$work/log" | sed 's/^/    ! /' || true
	end
}
has() { grep -qE -- "$1" <<<"$out"; }
lacks() { ! has "$1"; }
manifest() { printf '%s\n' "$1" >"$app/rcperm.yaml"; }

manifest 'permissions: [ReadAccounts]'
lint "run 1: rcperm.yaml grants ReadAccounts"
check "exit code 1" test "$rc" -eq 1
check "finding: readUserCallLog needs [ReadCallLog]" has 'readUserCallLog.*needs \[ReadCallLog\].*\(rcperm\)$'
check "no unused-permission: golangci-lint sees one package at a time (README)" lacks 'grants ReadAccounts'
check "analyzed, not cached" test "$cached" = 0

lint "run 2: unchanged"
check "exit code 1" test "$rc" -eq 1
check "finding: readUserCallLog needs [ReadCallLog]" has 'readUserCallLog.*needs \[ReadCallLog\].*\(rcperm\)$'
check "taken from golangci-lint's cache (so the cache is in play)" test "$cached" = 1

manifest 'permissions: [ReadCallLog]'
lint "run 3: rcperm.yaml edited to grant ReadCallLog"
check "exit code 0" test "$rc" -eq 0
check "no rcperm finding" lacks '\(rcperm\)$'
check "analyzed again: the edit changed the cache key" test "$cached" = 0

rm "$app/rcperm.yaml"
lint "run 4: rcperm.yaml removed"
check "exit code 1" test "$rc" -eq 1
check "finding: cannot check RingCentral permissions" has 'cannot check RingCentral permissions: .*rcperm\.yaml.*\(rcperm\)$'
check "analyzed again" test "$cached" = 0

lint "run 5: rcperm.yaml still missing, from the cache"
check "exit code 1" test "$rc" -eq 1
check "finding: cannot check RingCentral permissions" has 'cannot check RingCentral permissions: .*rcperm\.yaml.*\(rcperm\)$'
check "taken from golangci-lint's cache" test "$cached" = 1

mkdir "$app/rcperm.yaml"
lint "run 6: rcperm.yaml is a directory"
check "exit code 1" test "$rc" -eq 1
check "finding: cannot check RingCentral permissions" has 'cannot check RingCentral permissions: .*directory.*\(rcperm\)$'
check "analyzed again" test "$cached" = 0
rmdir "$app/rcperm.yaml"

manifest 'permissions: [ReadCallLog]'
lint "run 7: rcperm.yaml grants ReadCallLog again"
check "exit code 0" test "$rc" -eq 0
check "no rcperm finding" lacks '\(rcperm\)$'
check "taken from golangci-lint's cache (run 3's result)" test "$cached" = 1

# 5. The differential test, with this build as its third host (issue 10):
# every end-to-end fixture gets the same findings from standalone rcperm,
# go vet and golangci-lint, but for the differences the test allows.
begin "differential test: standalone rcperm, go vet and $name"
set +e
(cd "$root" && RCPERM_CUSTOM_GCL=$gcl go test -count=1 -run '^TestDifferential$' -v ./cmd/rcperm)
rc=$?
set -e
end
check "the same findings from every host (TestDifferential)" test "$rc" -eq 0

finish
