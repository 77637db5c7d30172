#!/usr/bin/env bash
# End-to-end test of rcperm as a pre-commit hook (make precommit-test).
#
# It does what a user does with .pre-commit-hooks.yaml: `pre-commit try-repo`,
# then `pre-commit install` and real `git commit`s in a throwaway app whose
# one request needs ReadCallLog, checking that commits are blocked or go
# through as its rcperm.yaml is edited and removed.
#
# What it tests is this checkout as it is on disk, uncommitted changes and new
# files included: the files git would see (tracked, and untracked but not
# ignored) are copied into a throwaway repository and committed there, and
# that commit is the hook repository's rev. try-repo on the checkout itself
# would not do: it snapshots staged and modified tracked files but leaves out
# untracked ones (a new .pre-commit-hooks.yaml, say), and a `rev:` in
# .pre-commit-config.yaml must be a commit, so pointing it at the checkout's
# HEAD would test what was last committed, not what is here. On CI's clean
# clone the snapshot's tree is HEAD's.
#
# It needs pre-commit (Debian: apt-get install pre-commit), Go and git. The
# only step that may reach the network is the first `go mod download`, and
# only when the module cache lacks rcperm's dependencies; after it
# GOPROXY=off, and GOMODCACHE is pinned to the current module cache, because
# pre-commit's golang language runs `go install ./...` with GOPATH set to the
# hook's environment, which would otherwise move the module cache to an empty
# <env>/pkg/mod (which pre-commit deletes afterwards) and download every
# dependency again.
#
# PRE_COMMIT_HOME, TMPDIR and git's global config are throwaway, so the run
# is hermetic. RCPERM_KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if ! command -v pre-commit >/dev/null 2>&1; then
	echo "precommit-test: pre-commit is not on PATH; install it: apt-get install pre-commit" >&2
	exit 1
fi

test_name=precommit-test
# shellcheck source=.ci/lib.sh
source .ci/lib.sh

# 1. The hook repository: this checkout's files, committed in a throwaway
# repository. Listed with the caller's git config (a checkout may need its
# safe.directory), before git's config is made throwaway below.
begin "snapshot of the checkout"
go mod download # rcperm's dependencies, for the offline `go install ./...`
head=$(git rev-parse HEAD)
dirty=$(git status --porcelain | wc -l)
snap=$work/rcperm
mkdir -p "$snap"
git ls-files -z --cached --others --exclude-standard |
	while IFS= read -r -d '' f; do
		if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi # not deleted files
	done |
	tar --null -T - -cf - | tar -C "$snap" -xf -

# Hermetic from here on: pre-commit's store and temporary files, git's
# config, Go without network; nothing from the caller's environment that
# would skip or redirect hooks.
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp # try-repo's store and clones
export PRE_COMMIT_HOME=$work/pre-commit-home
export PRE_COMMIT_COLOR=never
unset SKIP PRE_COMMIT_ALLOW_NO_CONFIG GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=$work/gitconfig
git config --global user.name precommit-test
git config --global user.email precommit-test@localhost
git config --global init.defaultBranch main
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE GOPROXY=off GOTOOLCHAIN=local

git -C "$snap" init -q
git -C "$snap" add -A
git -C "$snap" commit -q -m "rcperm checkout snapshot"
sha=$(git -C "$snap" rev-parse HEAD)
# The same without cmd/rcperm, on a branch: `go install ./...` then installs
# no rcperm, and the hook must fail, not pass.
git -C "$snap" checkout -q -b no-rcperm
git -C "$snap" rm -rq cmd/rcperm
git -C "$snap" commit -q -m "without cmd/rcperm"
nosha=$(git -C "$snap" rev-parse HEAD)
git -C "$snap" checkout -q main
echo "checkout: $root at $head, $dirty uncommitted paths"
echo "hook repository: $snap at $sha ($(git -C "$snap" ls-files | wc -l) files)"
pre-commit --version
go version
end

begin "pre-commit validate-manifest .pre-commit-hooks.yaml"
(cd "$snap" && pre-commit validate-manifest .pre-commit-hooks.yaml)
end

# 2. The app: one request that needs ReadCallLog.
app=$work/app
write_app "$app"
manifest() { printf '%s\n' "$1" >"$app/rcperm.yaml"; }
manifest 'permissions: [ReadAccounts]'
git -C "$app" init -q
git -C "$app" add -A

# run NAME COMMAND...: runs COMMAND in the app; sets rc and out (stdout and
# stderr).
run() {
	begin "$1"
	shift
	echo "\$ $*"
	set +e
	out=$(cd "$app" && "$@" 2>&1)
	rc=$?
	set -e
	sed 's/^/    | /' <<<"$out"
	echo "exit code $rc"
	end
}
has() { grep -qE -- "$1" <<<"$out"; }
fails() { [ "$rc" -ne 0 ]; }
commits() { git -C "$app" rev-list --count HEAD 2>/dev/null || echo 0; }
finding='readUserCallLog\) needs \[ReadCallLog\], which rcperm\.yaml does not grant'
missing='cannot check RingCentral permissions: no rcperm\.yaml at this module root'

# 3. try-repo: the hook from the snapshot, on the app's files.
run "try-repo, rcperm.yaml grants ReadAccounts" \
	pre-commit try-repo "$snap" rcperm --ref "$sha" --all-files
check "pre-commit fails" fails
check "rcperm hook Failed" has '^rcperm\.+Failed$'
check "rcperm exit code 3 (findings)" has '^- exit code: 3$'
check "finding: readUserCallLog needs [ReadCallLog]" has "$finding"

# 4. The hook installed in the app, as a user installs it; real commits.
cat >"$app/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $snap
    rev: $sha
    hooks:
      - id: rcperm
EOF
git -C "$app" add .pre-commit-config.yaml

run "pre-commit install" pre-commit install
check "exit code 0" test "$rc" -eq 0
check "git hook installed" test -x "$app/.git/hooks/pre-commit"

run "pre-commit install-hooks (go install ./... in the hook repository)" pre-commit install-hooks
check "exit code 0" test "$rc" -eq 0
envbin=$(find "$PRE_COMMIT_HOME" -path '*/golangenv-*/bin' -type d | head -1)
echo "    hook environment bin: ${envbin:-none}: $(ls "${envbin:-/nonexistent}" 2>/dev/null | tr '\n' ' ')"
check "rcperm installed in the hook environment's bin" test -x "$envbin/rcperm"
check "module cache left in place" test -d "$GOMODCACHE/cache/download"

run "git commit, rcperm.yaml grants ReadAccounts" git commit -m "app: print the call log"
check "commit blocked" fails
check "rcperm hook Failed" has '^rcperm\.+Failed$'
check "finding: readUserCallLog needs [ReadCallLog]" has "$finding"
check "no commit made" test "$(commits)" -eq 0

manifest 'permissions: [ReadCallLog]'
git -C "$app" add rcperm.yaml
run "git commit, rcperm.yaml edited to grant ReadCallLog" git commit -m "app: print the call log"
check "commit goes through" test "$rc" -eq 0
check "rcperm hook Passed" has '^rcperm\.+Passed$'
check "one commit" test "$(commits)" -eq 1

manifest 'permissions: [ReadAccounts]'
git -C "$app" add rcperm.yaml
run "git commit of only rcperm.yaml, back to ReadAccounts" git commit -m "rcperm.yaml: ReadAccounts"
check "commit blocked" fails
check "finding: readUserCallLog needs [ReadCallLog]" has "$finding"
check "still one commit" test "$(commits)" -eq 1
git -C "$app" reset -q --hard

git -C "$app" rm -q rcperm.yaml
run "git commit of only the removal of rcperm.yaml" git commit -m "remove rcperm.yaml"
check "commit blocked" fails
check "rcperm exit code 3 (a manifest finding)" has '^- exit code: 3$'
check "finding: no rcperm.yaml" has "$missing"
check "still one commit" test "$(commits)" -eq 1
git -C "$app" reset -q --hard

printf 'package main\n\nfunc broken( {\n' >"$app/broken.go"
git -C "$app" add broken.go
run "git commit of Go code that does not compile" git commit -m "broken"
check "commit blocked" fails
check "rcperm exit code 1 (errors)" has '^- exit code: 1$'
check "still one commit" test "$(commits)" -eq 1
git -C "$app" reset -q --hard

run "pre-commit run --all-files, clean" pre-commit run --all-files
check "exit code 0" test "$rc" -eq 0
check "rcperm hook Passed" has '^rcperm\.+Passed$'

# 5. A hook repository without cmd/rcperm: the hook must fail, not pass.
run "try-repo without cmd/rcperm" \
	pre-commit try-repo "$snap" rcperm --ref "$nosha" --all-files
check "pre-commit fails" fails
check "rcperm hook Failed" has '^rcperm\.+Failed$'
check "Executable rcperm not found" has 'Executable `rcperm` not found'

finish
