package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// The legacy spec of legacyModule lists 11 of the Glip API's routes under
// /restapi/v1.0/glip, the API RingCentral served before /team-messaging/v1
// and still serves to the SDKs and bots written for it. Two more public,
// machine-readable sources list the rest:
//
//   - RingCentral's own generated TypeScript SDK, ringcentral-extensible, as
//     published to npm: each generated method's comment names its HTTP
//     method, endpoint and app permission. Version 0.8.1 is the last whose
//     Glip classes still call /restapi/{apiVersion}/glip and name the
//     permission Glip; later versions moved to /team-messaging/v1.
//   - The RingCentral API Explorer's swagger 2.0 document that
//     github.com/grokify/go-scim-client ships for code generation: it has
//     the oldest Glip routes, GET and POST /restapi/v1.0/glip/posts, without
//     permissions.
const (
	rcexPackage = "@rc-ex/core@0.8.1"
	// rcexSHA256 pins the npm tarball (npm's integrity: sha512-T/niq/4g65NY9VP9Xjo0Hwbe82j65YJEe1zTWgOLEIt8NWlsmXwy+3vRYeMNFJVkgYzIe7hm9t7KxOSHxkELKA==).
	rcexSHA256     = "96dfd7e87ac600eb08ed40fc550497d3c277ca1bf3f7f5090d0a9efa9263d761"
	rcexGlipPrefix = "package/paths/Restapi/Glip/"

	swaggerModule = "github.com/grokify/go-scim-client@v0.1.31"
	swaggerFile   = "codegen/ringcentral.swagger2.basic.json"
)

const (
	legacyGlip  = "/restapi/v1.0/glip/"
	currentGlip = "/team-messaging/v1/"
)

// glipRenames rewrite the Glip routes whose resource /team-messaging/v1
// renamed after /restapi/v1.0/glip → /team-messaging/v1 alone finds no
// operation of the same method: the Glip API's groups became chats, and
// its posts, once listed and created across groups, are a chat's posts.
// Each is tried on the path after the prefix, parameters written "{}".
var glipRenames = []struct{ legacy, current string }{
	{"groups/{}/posts", "chats/{chatId}/posts"},
	{"groups/{}", "chats/{chatId}"},
	{"groups", "chats"},
	{"posts", "chats/{chatId}/posts"},
}

// glipRoute is one route of a source with no operationId or permission of
// its own for some routes ("" then).
type glipRoute struct {
	method, path, id, permission, user string
}

// glipSource is one source of Glip routes, with where it came from.
type glipSource struct {
	from   string // module or package, and file
	sha256 [32]byte
	routes []glipRoute
}

// readRCEx reads the Glip routes of ringcentral-extensible's npm tarball:
// the comment of each generated method, whose lines "HTTP Method: get",
// "Endpoint: /restapi/{apiVersion}/glip/..." and "App Permission: Glip"
// name its route and permission.
func readRCEx(tgz []byte) ([]glipRoute, error) {
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	var routes []glipRoute
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if !strings.HasPrefix(h.Name, rcexGlipPrefix) || !strings.HasSuffix(h.Name, ".ts") || strings.HasSuffix(h.Name, ".d.ts") {
			continue
		}
		text, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		var r glipRoute
		for _, line := range strings.Split(string(text), "\n") {
			line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "*"))
			switch {
			case strings.HasPrefix(line, "HTTP Method: "):
				r = glipRoute{method: strings.ToUpper(strings.TrimPrefix(line, "HTTP Method: "))}
			case strings.HasPrefix(line, "Endpoint: ") && r.method != "":
				r.path = strings.Replace(strings.TrimPrefix(line, "Endpoint: "), "{apiVersion}", "v1.0", 1)
			case strings.HasPrefix(line, "App Permission: ") && r.path != "":
				r.permission = strings.TrimPrefix(line, "App Permission: ")
			case strings.HasPrefix(line, "User Permission: ") && r.path != "":
				r.user = strings.TrimPrefix(line, "User Permission: ")
			case line == "*/" || line == "/":
				if r.path != "" {
					routes = append(routes, r)
				}
				r = glipRoute{}
			}
		}
	}
	if len(routes) == 0 {
		return nil, fmt.Errorf("no Glip routes under %s: is this %s?", rcexGlipPrefix, rcexPackage)
	}
	return routes, nil
}

// readSwaggerGlip reads the Glip routes of a swagger 2.0 document.
func readSwaggerGlip(doc []byte) ([]glipRoute, error) {
	var sw struct {
		BasePath string                                `json:"basePath"`
		Paths    map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(doc, &sw); err != nil {
		return nil, err
	}
	var routes []glipRoute
	for p, item := range sw.Paths {
		path := sw.BasePath + p
		if !strings.HasPrefix(path, legacyGlip) {
			continue
		}
		for _, m := range httpMethods {
			raw, ok := item[m]
			if !ok {
				continue
			}
			var op struct {
				OperationID   string `json:"operationId"`
				AppPermission string `json:"x-app-permission"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				return nil, fmt.Errorf("%s %s: %v", m, path, err)
			}
			routes = append(routes, glipRoute{strings.ToUpper(m), path, op.OperationID, op.AppPermission, ""})
		}
	}
	if len(routes) == 0 {
		return nil, fmt.Errorf("no paths under %s: is this the API Explorer's swagger?", legacyGlip)
	}
	sort.Slice(routes, func(i, j int) bool {
		if routes[i].path != routes[j].path {
			return routes[i].path < routes[j].path
		}
		return routes[i].method < routes[j].method
	})
	return routes, nil
}

// currentOp is one row of operations.tsv.
type currentOp struct {
	method, path, id, permission string
	segs                         []string
}

// equivalent returns the current operation a legacy Glip route became: the
// same method at the route rewritten from /restapi/v1.0/glip/ to
// /team-messaging/v1/, or else at one of glipRenames. nil for none, and for
// a route outside /restapi/v1.0/glip.
func equivalent(current []currentOp, method, path string) *currentOp {
	rest, ok := strings.CutPrefix(path, legacyGlip)
	if !ok {
		return nil
	}
	tries := []string{rest}
	for _, r := range glipRenames {
		if paramsBlank(rest) == r.legacy {
			tries = append(tries, r.current)
		}
	}
	for _, t := range tries {
		want := strings.Split(paramsBlank(currentGlip+t), "/")
		for i := range current {
			c := &current[i]
			if c.method == method && slices.Equal(c.segs, want) {
				return c
			}
		}
	}
	return nil
}

// paramsBlank writes each "{name}" segment of a path as "{}".
func paramsBlank(path string) string {
	segs := strings.Split(path, "/")
	for i, s := range segs {
		if isParam(s) {
			segs[i] = "{}"
		}
	}
	return strings.Join(segs, "/")
}

// camelID names a route that its source gives no operationId (or one the
// table already has) after its method and the literal segments of its
// path: GET /restapi/v1.0/glip/chats/{chatId}/posts is
// getGlipChatsByChatIdPosts.
func camelID(method, path string) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(method))
	for _, seg := range strings.Split(strings.TrimPrefix(path, "/restapi/v1.0/"), "/") {
		if seg == "" {
			continue
		}
		if isParam(seg) {
			seg = "by-" + strings.Trim(seg, "{}")
		}
		for _, word := range strings.Split(seg, "-") {
			if word != "" {
				b.WriteString(strings.ToUpper(word[:1]) + word[1:])
			}
		}
	}
	return b.String()
}

// rcexTarball returns the npm tarball of rcexPackage, from the user's cache
// or else fetched with npm pack, checked against rcexSHA256.
func rcexTarball() ([]byte, error) {
	file, err := rcexCacheFile()
	if err != nil {
		return nil, err
	}
	if b, err := os.ReadFile(file); err == nil {
		return b, checkRCEx(b, file)
	}
	dir, err := os.MkdirTemp("", "rcperm-gen")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", "--silent", "--pack-destination", dir, rcexPackage)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("npm pack %s: %v", rcexPackage, err)
	}
	b, err := os.ReadFile(filepath.Join(dir, strings.TrimSpace(string(out))))
	if err != nil {
		return nil, err
	}
	if err := checkRCEx(b, rcexPackage); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err == nil {
		os.WriteFile(file, b, 0o644) // a cache: a failure only costs a download
	}
	return b, nil
}

// rcexCacheFile is where rcexTarball keeps the tarball it fetched.
func rcexCacheFile() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "rcperm-gen", "rc-ex-core-0.8.1.tgz"), nil
}

func checkRCEx(b []byte, from string) error {
	if got := fmt.Sprintf("%x", sha256.Sum256(b)); got != rcexSHA256 {
		return fmt.Errorf("%s: sha256 %s, want %s", from, got, rcexSHA256)
	}
	return nil
}
