package driver

import (
	"fmt"
	"os"
	"strings"
)

// An -overlay in GOFLAGS makes the go command build other content in place
// of files on disk; go list reports the files by their own names. rcperm's
// driver parses the files on disk, so it would check code other than the
// code go build and go vet see, and pass a request the overlay adds (issue
// 23, item 6). The driver refuses the flag rather than give a verdict on
// the wrong code. Under go vet the go command applies the overlay, but
// rcperm would look for rcperm.yaml beside the overlay's files: the vet
// tool refuses it too.

// RefuseOverlay returns an error when GOFLAGS, as the go command takes it
// (the environment's, else the go env file's), sets -overlay.
func RefuseOverlay() error {
	flags, from := os.Getenv("GOFLAGS"), "GOFLAGS"
	if flags == "" {
		flags, from = goEnvFileValue("GOFLAGS"), "GOFLAGS (go env -w)"
	}
	for _, f := range strings.Fields(flags) {
		name, _, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		if name == "overlay" && strings.HasPrefix(f, "-") {
			return fmt.Errorf("%s sets %s, which rcperm does not apply: it reads the files on disk, and would check other code than the go command builds; run rcperm without the overlay", from, f)
		}
	}
	return nil
}

// goEnvFileValue is the value of key in the file go env -w writes, "" when
// it has none.
func goEnvFileValue(key string) string {
	file := goEnvFile()
	if file == "" {
		return ""
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), key+"="); ok {
			return v
		}
	}
	return ""
}
