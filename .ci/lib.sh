# Shared by the end-to-end host tests (.ci/*-test.sh), sourced from the
# repository root after setting $test_name: a throwaway work directory,
# step timings, and assertions counted into the closing "N passed, N failed".

# work: a temporary directory removed on exit (kept with RCPERM_KEEP=1).
work=$(mktemp -d "${TMPDIR:-/tmp}/rcperm-${test_name}.XXXXXX")
cleanup() {
	if [ -n "${RCPERM_KEEP:-}" ]; then
		echo "$test_name: work directory kept: $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT

# Timing: begin NAME ... end.
now_us() { echo "${EPOCHREALTIME//[.,]/}"; }
timings=()
t_all=$(now_us)
begin() {
	step=$1
	t_step=$(now_us)
	echo
	echo "=== $step"
}
seconds() { printf '%d.%d' $(($1 / 1000000)) $(($1 / 100000 % 10)); }
end() {
	local s
	s=$(seconds $(($(now_us) - t_step)))
	echo "=== $step: ${s}s"
	timings+=("$(printf '%7ss  %s' "$s" "$step")")
}

passed=0 failed=0
check() { # check DESCRIPTION COMMAND...: one assertion about the last run
	local what=$1
	shift
	if "$@"; then
		echo "    ok: $what"
		passed=$((passed + 1))
	else
		echo "    FAIL: $what"
		failed=$((failed + 1))
	fi
}

# finish prints the timings and the tally, and fails on any failed check.
finish() {
	echo
	echo "=== timings"
	printf '%s\n' "${timings[@]}"
	printf '%7ss  total\n' "$(seconds $(($(now_us) - t_all)))"
	echo "$test_name: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}

# write_app DIR: the throwaway app the host tests check, a module with one
# request that needs ReadCallLog.
write_app() {
	mkdir -p "$1"
	cat >"$1/go.mod" <<'EOF'
module example.com/app

go 1.26
EOF
	cat >"$1/main.go" <<'EOF'
// Command app prints the user's call log.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	resp, err := http.Get("https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
EOF
}
