package main

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A set is a group of cases with the same sink (or trap), generated into
// packages of their own.
type set string

const (
	single    set = "single"    // each construct alone, to http.NewRequestWithContext and Client.Do
	singleGet set = "get"       // each construct alone, to http.Get
	singleSDK set = "sdk"       // each construct alone, to ringcentral-go's RestClient.Get
	sdkValue  set = "sdkvalue"  // each construct alone, to a method value of RestClient.Get
	pair      set = "pair"      // A then B, to http.NewRequestWithContext
	trapHost  set = "traphost"  // each construct alone, to https://api.example.com
	trapLog   set = "traplog"   // each construct alone, the route only logged and compared
	trapPairs set = "trappairs" // A then B, to https://api.example.com
)

// singleSets are the sets of single constructs, one a sink, in the order
// of the table's columns.
var singleSets = [...]set{single, singleGet, singleSDK, sdkValue}

// isTrap reports whether a finding in the set's cases is a false positive.
func (s set) isTrap() bool { return s == trapHost || s == trapLog || s == trapPairs }

// A kase is one generated case: a chain of constructs from the literal to
// one request.
type kase struct {
	set   set
	chain []*construct
	pkg   string // import path under the GOPATH's src
	file  string // base name of its file
}

// id names the case in the baseline: "single param", "pair param>return".
func (c *kase) id() string {
	names := make([]string, len(c.chain))
	for i, x := range c.chain {
		names[i] = x.name
	}
	return string(c.set) + " " + strings.Join(names, ">")
}

// cases lists the cases of the matrix; pairs adds every ordered pair.
func cases(pairs bool) []*kase {
	var out []*kase
	add := func(s set, pkg string, chain ...*construct) {
		names := make([]string, len(chain))
		for i, x := range chain {
			names[i] = x.name
		}
		out = append(out, &kase{set: s, chain: chain, pkg: pkg, file: strings.Join(names, "_") + ".go"})
	}
	for _, c := range all {
		add(single, "single", c)
		add(singleGet, "singleget", c)
		if c.gives(route) == route {
			add(singleSDK, "singlesdk", c)
			add(sdkValue, "sdkvalue", c)
		}
		add(trapHost, "traphost", c)
		add(trapLog, "traplog", c)
	}
	if !pairs {
		return out
	}
	for _, a := range all {
		for _, b := range all {
			if pairable(a, b) {
				add(pair, "pair/"+a.name, a, b)
				add(trapPairs, "trappairs/"+a.name, a, b)
			}
		}
	}
	return out
}

// pairable reports whether the value can pass through a, then b: b is not
// a source (the literal itself), and takes the kind a gives.
func pairable(a, b *construct) bool {
	return !b.source && b.takes(a.gives(route)) && !(a.once && b.once)
}

// A gen writes one case.
type gen struct {
	tag   string // makes the case's names unique in its package
	count int
	kind  kind // of the value where the code being written is
	// cur is the file declarations go to: main, the case's own, or lib,
	// its file in the package libPath (see inLib).
	cur, main, lib *file
	libPath        string
}

// A file is the package-level part of one generated file.
type file struct {
	decls   []string
	imports map[string]bool
}

func newFile() *file { return &file{imports: map[string]bool{"context": true}} }

// inLib runs write with declarations going to the case's file in another
// package, libPath, whose exported names the case's own file can call.
func (g *gen) inLib(write func()) {
	if g.lib == nil {
		g.lib = newFile()
	}
	saved := g.cur
	g.cur = g.lib
	write()
	g.cur = saved
}

// n returns a fresh name for the case.
func (g *gen) n(base string) string {
	g.count++
	return fmt.Sprintf("%s%s_%d", base, g.tag, g.count)
}

func (g *gen) decl(format string, args ...any) {
	g.cur.decls = append(g.cur.decls, fmt.Sprintf(format, args...))
}

func (g *gen) use(pkg string) { g.cur.imports[pkg] = true }

// server is the name of the constant holding the server's URL.
func (g *gen) server() string { return "server" + g.tag }

// host is the name of the constant holding the server's host.
func (g *gen) host() string { return "host" + g.tag }

// other is an expression for the second route, of the kind the value has
// where it is written.
func (g *gen) other() string {
	if g.kind == fullURL {
		return g.server() + " + " + strconv.Quote(otherRoute)
	}
	return strconv.Quote(otherRoute)
}

// url is an expression for the whole URL of the value v.
func (g *gen) url(v string) string {
	if g.kind == fullURL {
		return v
	}
	return g.server() + " + " + v
}

// chain writes the constructs from i on, the value in in, then the sink.
func (g *gen) chain(cs []*construct, i int, in string, sink func(string) string) string {
	if i == len(cs) {
		return sink(in)
	}
	c := cs[i]
	k := func(out string) string {
		saved := g.kind
		g.kind = c.gives(saved)
		s := g.chain(cs, i+1, out, sink)
		g.kind = saved
		return s
	}
	return c.gen(g, in, k)
}

// wantFinding marks the request of a case that expects the finding. It
// documents the case; the matrix does not check it line by line: rcperm
// reports a forwarded route where it becomes known (at the call of a
// forwarder), so findings are matched to cases by file.
const wantFinding = "// want `needs \\[ReadCallLog\\], which rcperm.yaml does not grant`"

// source writes the case's file, and its file in the package c.lib() when
// a construct puts code there.
func (c *kase) source(tag string) (main, lib []byte, err error) {
	g := &gen{tag: tag, kind: route, main: newFile(), libPath: c.lib()}
	g.cur = g.main
	srv := g.server()
	serverURL, host := "https://platform.ringcentral.com", "platform.ringcentral.com"
	if c.set == trapHost || c.set == trapPairs {
		serverURL, host = "https://api.example.com", "api.example.com"
	}
	request := func(u, comment string) string {
		g.use("net/http")
		return fmt.Sprintf("req, err := http.NewRequestWithContext(ctx, http.MethodGet, %s, nil) %s\nif err != nil {\npanic(err)\n}\nif resp, err := http.DefaultClient.Do(req); err == nil {\nresp.Body.Close()\n}\n", u, comment)
	}
	var sink func(string) string
	switch c.set {
	case single, pair:
		sink = func(v string) string { return request(g.url(v), wantFinding) }
	case trapHost, trapPairs:
		sink = func(v string) string { return request(g.url(v), "// another host: no finding") }
	case singleGet:
		sink = func(v string) string {
			g.use("net/http")
			return fmt.Sprintf("if resp, err := http.Get(%s); err == nil { %s\nresp.Body.Close()\n}\n", g.url(v), wantFinding)
		}
	case singleSDK:
		sink = func(v string) string {
			g.use("github.com/ringcentral/ringcentral-go")
			rc := g.n("rc")
			g.decl("var %s = ringcentral.RestClient{Server: %s}", rc, srv)
			return fmt.Sprintf("_ = %s.Get(%s) %s\n", rc, v, wantFinding)
		}
	case sdkValue:
		sink = func(v string) string {
			g.use("github.com/ringcentral/ringcentral-go")
			rc, get := g.n("rc"), g.n("get")
			g.decl("var %s = ringcentral.RestClient{Server: %s}", rc, srv)
			return fmt.Sprintf("%s := %s.Get\n_ = %s(%s) %s\n", get, rc, get, v, wantFinding)
		}
	case trapLog:
		sink = func(v string) string {
			g.use("log")
			return fmt.Sprintf("log.Printf(\"would GET %%s\", %s)\nif %s != \"\" {\n%s}\n", v, v, request(srv+" + "+strconv.Quote(grantedRoute), "// the route is only logged and compared: no finding"))
		}
	}
	in := strconv.Quote(theRoute)
	if c.chain[0].source {
		in = theRoute
	}
	body := g.chain(c.chain, 0, in, sink)

	docs := make([]string, len(c.chain))
	for i, x := range c.chain {
		docs[i] = x.name + " (" + x.doc + ")"
	}
	comment := fmt.Sprintf("// %s: %s.\n", c.id(), strings.Join(docs, ", then "))
	write := func(f *file, pkg, body string) ([]byte, error) {
		var b strings.Builder
		b.WriteString("// Code generated by go run ./analyzer/internal/constructs; DO NOT EDIT.\n\n")
		b.WriteString(comment)
		fmt.Fprintf(&b, "package %s\n\nimport (\n", pkg)
		imports := make([]string, 0, len(f.imports))
		for p := range f.imports {
			imports = append(imports, p)
		}
		slices.Sort(imports)
		for _, p := range imports {
			fmt.Fprintf(&b, "%q\n", p)
		}
		fmt.Fprintf(&b, ")\n\nconst (\n%s = %q\nhost%s = %q\n)\n\n", srv, serverURL, tag, host)
		for _, d := range f.decls {
			b.WriteString(d + "\n\n")
		}
		b.WriteString(body)
		src, err := format.Source([]byte(b.String()))
		if err != nil {
			return nil, fmt.Errorf("%s: %v\n%s", c.id(), err, b.String())
		}
		return src, nil
	}
	if main, err = write(g.main, pkgName(c.pkg), fmt.Sprintf("func case%s(ctx context.Context) {\n%s}\n", tag, body)); err != nil {
		return nil, nil, err
	}
	if g.lib != nil {
		if lib, err = write(g.lib, "lib", ""); err != nil {
			return nil, nil, err
		}
	}
	return main, lib, nil
}

// lib is the package of the code a case puts in another package: one for
// all the cases of c.pkg.
func (c *kase) lib() string { return c.pkg + "/lib" }

// pkgName is the package name of a generated package: its directory's
// first element (construct names include Go keywords).
func pkgName(pkg string) string {
	first, _, _ := strings.Cut(pkg, "/")
	return first
}

// manifest is every package's rcperm.yaml: it grants what trap requests
// need, never what the cases' route needs.
const manifest = "# Generated: grants account reads only; every call-log request here is missing ReadCallLog.\npermissions: [ReadAccounts]\n"

// write generates the cases into the GOPATH dir (dir/src/...), with the
// stand-in SDK copied from standins (analyzer/testdata/src), and returns
// the import paths of the generated packages.
func write(dir, standins string, cs []*kase) ([]string, error) {
	src := filepath.Join(dir, "src")
	tags := map[string]int{}
	var pkgs []string
	dirs := map[string]bool{}
	put := func(pkg, name string, b []byte) error {
		pdir := filepath.Join(src, filepath.FromSlash(pkg))
		if !dirs[pkg] {
			dirs[pkg] = true
			pkgs = append(pkgs, pkg)
			if err := os.MkdirAll(pdir, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(pdir, "rcperm.yaml"), []byte(manifest), 0o644); err != nil {
				return err
			}
		}
		return os.WriteFile(filepath.Join(pdir, name), b, 0o644)
	}
	for _, c := range cs {
		n := tags[c.pkg]
		tags[c.pkg] = n + 1
		main, lib, err := c.source(strconv.Itoa(n))
		if err != nil {
			return nil, err
		}
		if err := put(c.pkg, c.file, main); err != nil {
			return nil, err
		}
		if lib != nil {
			if err := put(c.lib(), c.file, lib); err != nil {
				return nil, err
			}
		}
	}
	const sdk = "github.com/ringcentral/ringcentral-go"
	files, err := filepath.Glob(filepath.Join(standins, filepath.FromSlash(sdk), "*.go"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no stand-in of %s under %s", sdk, standins)
	}
	to := filepath.Join(src, filepath.FromSlash(sdk))
	if err := os.MkdirAll(to, 0o755); err != nil {
		return nil, err
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(to, filepath.Base(f)), b, 0o644); err != nil {
			return nil, err
		}
	}
	return pkgs, nil
}
