package flow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The engine's questions asked of small packages: each case is the source
// of package p, type-checked against the real standard library.

// stdImporter is shared by the tests: it reads std's export data once.
var stdImporter = sync.OnceValue(func() types.Importer { return importer.Default() })

// noOracle knows nothing beyond the package.
type noOracle struct{}

func (noOracle) Returns(*types.Func, int) ([]Str, bool)                 { return nil, false }
func (noOracle) ReturnsResult(*types.Func, int) ([]Str, bool)           { return nil, false }
func (noOracle) FieldStoreCount(*types.Var) int                         { return 0 }
func (noOracle) Implementations(*types.Interface, string) []*types.Func { return nil }
func (noOracle) Std(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
func (noOracle) Effects(*types.Func) (Effects, bool)               { return Effects{}, false }
func (noOracle) GlobalField(*types.Var, int) ([]Str, bool)         { return nil, false }
func (noOracle) GlobalEntries(*types.Var) (map[string][]Str, bool) { return nil, false }
func (noOracle) ListElements(types.Object) ([]Str, bool)           { return nil, false }
func (noOracle) Code(*types.Func) (*Code, bool)                    { return nil, false }
func (noOracle) ReturnsDeferred(*types.Func) []Deferred            { return nil }
func (noOracle) SpecializedEffects(*types.Func, map[int]constant.Value) (Effects, bool) {
	return Effects{}, false
}
func (noOracle) Dispatched(*types.Func) map[int][]constant.Value { return nil }
func (noOracle) KeepsFields(*types.Func, int) bool               { return false }
func (noOracle) Specialized(*types.Func, int, map[int]constant.Value) ([]Str, bool) {
	return nil, false
}
func (noOracle) Editor(*types.Func, int) ([]Str, bool)       { return nil, false }
func (noOracle) Option(*types.Func, int) ([]OptionSet, bool) { return nil, false }
func (noOracle) FieldStores(*types.Var) ([]string, bool)     { return nil, false }
func (noOracle) Callbacks(*types.Func) []CallbackCall        { return nil }

type testPackage struct {
	fset  *token.FileSet
	file  *ast.File
	pkg   *types.Package
	prog  *Program
	funcs map[string]*types.Func // the package's functions by name
}

func buildTest(t *testing.T, src string) *testPackage {
	t.Helper()
	return buildWith(t, src, nil, noOracle{})
}

// sinkCalls is the seed of a client that asks about the calls of sink.
func sinkCalls(n ast.Node) bool {
	c, ok := n.(*ast.CallExpr)
	return ok && types.ExprString(c.Fun) == "sink"
}

// buildSeeded builds the package with only the functions seed's
// questions may reach (nil: every one).
func buildSeeded(t *testing.T, src string, seed func(ast.Node) bool) *testPackage {
	t.Helper()
	return buildWith(t, src, seed, noOracle{})
}

func buildWith(t *testing.T, src string, seed func(ast.Node) bool, oracle Oracle) *testPackage {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n\n"+src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		Instances:    map[*ast.Ident]types.Instance{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: stdImporter()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	tp := &testPackage{fset: fset, file: f, pkg: pkg, funcs: map[string]*types.Func{}}
	tp.prog = Build(fset, pkg, []*ast.File{f}, info, oracle, seed)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			tp.funcs[fd.Name.Name] = info.Defs[fd.Name].(*types.Func)
		}
	}
	return tp
}

// method returns the method name of the package's type typ.
func (tp *testPackage) method(typ, name string) *types.Func {
	m, _, _ := types.LookupFieldOrMethod(tp.pkg.Scope().Lookup(typ).Type(), true, tp.pkg, name)
	return m.(*types.Func)
}

// call returns the first call whose function is written fun.
func (tp *testPackage) call(t *testing.T, fun string) *ast.CallExpr {
	t.Helper()
	var found *ast.CallExpr
	ast.Inspect(tp.file, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && found == nil && types.ExprString(c.Fun) == fun {
			found = c
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no call of %s", fun)
	}
	return found
}

// render writes a Str as literal text, {$N} for parameter N and {} for an
// unknown part.
func render(s Str) string {
	if s == nil {
		return "{}"
	}
	var b strings.Builder
	for _, p := range s {
		switch {
		case p.Unknown && p.Field != "":
			b.WriteString("{" + p.Field + "}")
		case p.Unknown:
			b.WriteString("{}")
		case p.IsParam:
			b.WriteString("{$" + strconv.Itoa(p.Param) + "}")
		default:
			b.WriteString(p.Lit)
		}
	}
	return b.String()
}

func renderAll(strs []Str) []string {
	out := make([]string, len(strs))
	for i, s := range strs {
		out[i] = render(s)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestStrings(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		// target is the function the parameters are of; "" for none.
		target string
		want   []string // sorted
	}{
		{"constant", `
const base = "/restapi"
func sink(string) {}
func target() {
	p := base + "/v1.0" // a constant expression has no SSA value of its own
	sink(p)
}`, "target", []string{"/restapi/v1.0"}},
		{"a variadic helper passing its ...any on to fmt.Sprintf", `
import "fmt"
var base = "https://platform.ringcentral.com"
func endpoint(format string, args ...any) string { return base + fmt.Sprintf(format, args...) }
func sink(string) {}
func target(acct string) { sink(endpoint("/restapi/v1.0/account/%s/call-log", acct)) }`, "target", []string{"https://platform.ringcentral.com/restapi/v1.0/account/{$0}/call-log"}},
		{"a format a factory's closure captures, the factory called with several", `
import "fmt"
func sink(string) {}
func getByID(routeFmt string) func(id string) {
	return func(id string) { sink(fmt.Sprintf(routeFmt, id)) }
}
var cmds = map[string]func(string){
	"rec": getByID("/rec/%s"),
	"ses": getByID("/ses/%s"),
}`, "", []string{"/rec/{}", "/ses/{}"}},
		{"routes of a switch, each given an optional query whose separator is picked apart: one route each, its query any", `
import (
	"os"
	"strings"
)
func sink(string) {}
func withQuery(route, q string) string {
	if q == "" {
		return route
	}
	sep := "?"
	if strings.Contains(route, "?") {
		sep = "&"
	}
	return route + sep + q
}
var q = os.Getenv("Q")
func target(kind string) {
	var route string
	switch kind {
	case "a":
		route = "/a"
	case "b":
		route = "/b"
	case "c":
		route = "/c"
	case "d":
		route = "/d"
	default:
		route = "/e"
	}
	sink(withQuery(route, q))
}`, "target", []string{"/a?{}", "/b?{}", "/c?{}", "/d?{}", "/e?{}"}},
		{"a field of a job received from a channel, with more stores than a set holds: a hole", `
type job struct{ method, url string }
func sink(string) {}
var jobs = []job{{"GET", "/a"}, {"GET", "/b"}, {"GET", "/c"}, {"GET", "/d"}, {"GET", "/e"}, {"GET", "/f"}, {"GET", "/g"}, {"GET", "/h"}, {"POST", "/i"}}
func target(ch chan job) {
	for j := range ch {
		sink(j.url + "?page=1")
	}
}`, "target", []string{"{p.job.url}?page=1"}},
		{"a field of several values beside a hole of its struct: a hole too, for the stores to pair", `
type job struct{ method, url string }
func sink(string) {}
var jobs = []job{{"GET", "/a"}, {"GET", "/b"}, {"GET", "/c"}, {"GET", "/d"}, {"GET", "/e"}, {"GET", "/f"}, {"GET", "/g"}, {"GET", "/h"}, {"POST", "/i"}}
func target(ch chan job) {
	for j := range ch {
		sink(j.method)
	}
}`, "target", []string{"{p.job.method}"}},
		{"a field of few known stores is their set, not a hole", `
type job struct{ method, url string }
func sink(string) {}
var jobs = []job{{"GET", "/a"}, {"POST", "/b"}}
func target(ch chan job) {
	for j := range ch {
		sink(j.url)
	}
}`, "target", []string{"/a", "/b"}},
		{"a struct a decoder fills holds no zero value", `
import "encoding/json"
type status struct{ ID string }
func sink(string) {}
func target(body []byte) {
	var st status
	json.Unmarshal(body, &st)
	sink("/tasks/" + st.ID)
}`, "target", []string{"/tasks/{}"}},
		{"an account prepended to a helper's ...any by append", `
import (
	"context"
	"fmt"
)
type key struct{}
func accountFrom(ctx context.Context) string {
	if id, ok := ctx.Value(key{}).(string); ok && id != "" {
		return id
	}
	return "~"
}
func accountPath(ctx context.Context, format string, args ...any) string {
	return fmt.Sprintf(format, append([]any{accountFrom(ctx)}, args...)...)
}
func sink(string) {}
func target(ctx context.Context, id string) {
	sink(accountPath(ctx, "/restapi/v1.0/account/%s/telephony/sessions/%s", id))
}`, "target", []string{"/restapi/v1.0/account/{}/telephony/sessions/{$1}", "/restapi/v1.0/account/~/telephony/sessions/{$1}"}},
		{"a literal handed on as an interface keeps its values beside what the callee may set", `
type config struct{ Base string }
func show(any)
func sink(string) {}
func target() {
	c := &config{Base: "https://h.example/scim"}
	show(c)
	sink(c.Base + "/Users")
}`, "target", []string{"https://h.example/scim/Users", "{}/Users"}},
		{"a generic type's method reads the fields its instances' literals store", `
import "fmt"
type resource[T any] struct{ path string }
var calls = resource[int]{path: "/restapi/v1.0/account/%s/call-log"}
func (r resource[T]) get(acct string) string { return fmt.Sprintf(r.path, acct) }
func sink(string) {}
func target() { sink(calls.get("~")) }`, "target", []string{"/restapi/v1.0/account/~/call-log"}},
		{"a table's routes each with an account a context may override: the unknown account stands for \"~\"", `
import "fmt"
func path(i int) string {
	switch i {
	case 1:
		return "/a/%s/1"
	case 2:
		return "/a/%s/2"
	case 3:
		return "/a/%s/3"
	case 4:
		return "/a/%s/4"
	case 5:
		return "/a/%s/5"
	}
	return "/a/%s/6"
}
func load() string
func account() string {
	if override := load(); override != "" {
		return override
	}
	return "~"
}
func sink(string) {}
func target(i int) { sink(fmt.Sprintf(path(i), account())) }`, "target", []string{"/a/{}/1", "/a/{}/2", "/a/{}/3", "/a/{}/4", "/a/{}/5", "/a/{}/6"}},
		{"an enum argument picks a table's segment and a switch's scope", `
import "strings"
type route int
const (
	callLog route = iota
	extension
	presence
)
var segments = [...]string{callLog: "call-log", extension: "extension", presence: "presence"}
type scope int
const (
	account scope = iota
	user
)
func path(s scope, r route, tail ...string) string {
	var parts []string
	switch s {
	case account:
		parts = []string{"/restapi/v1.0/account/~", segments[r]}
	default:
		parts = []string{"/restapi/v1.0/account/~/extension/~", segments[r]}
	}
	parts = append(parts, tail...)
	return strings.Join(parts, "/")
}
func sink(string) {}
func target(id string) { sink(path(user, presence)); sink(path(account, callLog, id)) }`, "target", []string{"/restapi/v1.0/account/~/extension/~/presence"}},
		{"an enum argument looks an entry of a table up, its fields together", `
type op int
const (
	listUsers op = iota + 1
	createUser
)
type endpoint struct{ method, path string }
var endpoints = map[op]endpoint{
	listUsers:  {"GET", "/restapi/v1.0/account/~/extension"},
	createUser: {"POST", "/restapi/v1.0/account/~/extension"},
}
func methodOf(o op) string {
	ep, ok := endpoints[o]
	if !ok {
		return ""
	}
	return ep.method
}
func sink(string) {}
func target() { sink(methodOf(createUser)) }`, "target", []string{"POST"}},
		{"a bytes.Buffer written by fmt.Fprintf and io.WriteString", `
import (
	"bytes"
	"fmt"
	"io"
)
func sink(string) {}
func target(session string) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "/restapi/v1.0/account/~/telephony/sessions/%s", session)
	io.WriteString(&buf, "/parties/p1/hold")
	sink(buf.String())
}`, "target", []string{"/restapi/v1.0/account/~/telephony/sessions/{$0}/parties/p1/hold"}},
		{"a flag's value: its default, or what the command line says; of a server, the default stands for both", `
import "flag"
var server string
func init() { flag.StringVar(&server, "server", "https://archive.example.com", "the archive") }
var path = flag.String("path", "/v1/calls", "the path")
func sink(string) {}
func target() { sink(server + *path) }`, "target", []string{"https://archive.example.com/v1/calls", "https://archive.example.com{}"}},
		{"an immutable path value: parts in a slice field, a package-level base, a helper returning it with params", `
import "strings"
type endpoint struct{ parts []string }
func (e endpoint) Append(seg ...string) endpoint {
	parts := make([]string, 0, len(e.parts)+len(seg))
	parts = append(parts, e.parts...)
	return endpoint{parts: append(parts, seg...)}
}
func (e endpoint) String() string { return strings.Join(e.parts, "/") }
var restAPI = endpoint{parts: []string{"", "restapi", "v1.0"}}
func account() endpoint { return restAPI.Append("account", "{accountId}") }
var ivr = account().Append("ivr-menus")
func presence(ext string) (endpoint, map[string]string) {
	return account().Append("extension", "{extensionId}", "presence"), map[string]string{"extensionId": ext}
}
func sink(string) {}
func target(company bool) {
	sink(ivr.Append("{ivrMenuId}").String())
	ep, _ := presence("~")
	sink(ep.String())
}`, "target", []string{"/restapi/v1.0/account/{accountId}/ivr-menus/{ivrMenuId}"}},
		{"concatenation with a parameter", `
func sink(string) {}
func target(a int, id string) { sink("/a/" + id + "/b") }`, "target", []string{"/a/{$1}/b"}},
		{"a sum of numbers is no concatenation", `
import "strconv"
func sink(string) {}
func target(n int) { sink("/a/" + strconv.Itoa(n+1)) }`, "target", []string{"/a/{}"}},
		{"a value boxed as any: a type switch takes its type's case", `
import "fmt"
func sink(string) {}
func text(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case int:
		return fmt.Sprint(x), nil
	}
	return "", fmt.Errorf("unsupported %T", v)
}
func target(id string) {
	s, _ := text(id)
	sink("/restapi/v1.0/account/~/extension/" + s)
}`, "target", []string{"/restapi/v1.0/account/~/extension/{$0}"}},
		{"a URL object whose path is a parameter: rooted, as a caller's route is", `
import "net/url"
func sink(string) {}
func target(p string) {
	u := url.URL{Scheme: "https", Host: "platform.ringcentral.com", Path: p}
	sink(u.String())
}`, "target", []string{"https://platform.ringcentral.com{$0}"}},
		{"a URL whose scheme net/url lower-cases keeps no token of it", `
import "net/url"
type client struct{ base *url.URL }
func sink(string) {}
func (c *client) target(p string) {
	u := url.URL{Scheme: c.base.Scheme, Host: c.base.Host, Path: p}
	sink(u.String())
}`, "", []string{"{}/{}"}},
		{"the scheme, host and path of a URL object's fields", `
import "net/url"
type client struct{ base *url.URL }
func newClient() *client {
	u, _ := url.Parse("https://platform.ringcentral.com/restapi")
	return &client{base: u}
}
func sink(string) {}
func (c *client) target(p string) {
	u := url.URL{Scheme: c.base.Scheme, Host: c.base.Host, Path: c.base.Path + "/v1.0/" + p}
	sink(u.String())
}`, "", []string{"https://platform.ringcentral.com/restapi/v1.0/{}"}},
		{"an element of a list parameter is a projection of it", `
func sink(string) {}
func Target(base string, paths ...string) {
	for _, p := range paths {
		sink(base + p)
	}
}`, "Target", []string{"{$0}{$1791}"}},
		{"a request object a closure returns, its Path() read at the call", `
type request interface{ Path() string }
type list struct{ page string }
func (r list) Path() string { return "/restapi/v1.0/account/~/call-log?page=" + r.page }
func sink(string) {}
func each(next func(p string) request) { sink(next("1").Path()) }
func target() { each(func(p string) request { return list{page: p} }) }`, "target", []string{"/restapi/v1.0/account/~/call-log?page=1"}},
		{"a template a loop over its struct's map of parameters fills stays the template", `
import "strings"
type call struct {
	tmpl   string
	params map[string]string
}
func (c call) url() string {
	p := c.tmpl
	for k, v := range c.params {
		p = strings.ReplaceAll(p, "{"+k+"}", v)
	}
	return p
}
func sink(string) {}
func target(acc string) {
	sink(call{tmpl: "/restapi/v1.0/account/{accountId}/extension/{extensionId}", params: map[string]string{"accountId": acc, "extensionId": "~"}}.url())
}`, "target", []string{"/restapi/v1.0/account/{accountId}/extension/{extensionId}"}},
		{"a loop trimming a route each turn settles; its exit's test keeps the last", `
import "strings"
func sink(string) {}
func target() {
	p := "/restapi/v1.0/account/~/call-log//"
	for strings.HasSuffix(p, "/") {
		p = strings.TrimSuffix(p, "/")
	}
	sink(p)
}`, "target", []string{"/restapi/v1.0/account/~/call-log"}},
		{"a loop adding a segment each turn does not settle", `
func sink(string) {}
func target(n int) {
	p := "/restapi/v1.0/account/~"
	for i := 0; i < n; i++ {
		p += "/x"
	}
	sink(p)
}`, "target", []string{"/restapi/v1.0/account/~", "{}/x"}},
		{"strings.NewReplacer's Replace, run on the pairs", `
import "strings"
func sink(string) {}
func target(id string) {
	r := strings.NewReplacer("{accountId}", "~", "{extensionId}", id)
	sink(r.Replace("/restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log"))
}`, "target", []string{"/restapi/v1.0/account/~/extension/{$0}/call-log"}},
		{"a replacer whose key is known only at run time is unknown", `
import "strings"
func sink(string) {}
func target(key string) {
	sink(strings.NewReplacer(key, "~").Replace("/restapi/v1.0/account/{accountId}"))
}`, "target", []string{"{}"}},
		{"lists appended to in nested loops end, unknown", `
import "strings"
func sink(string) {}
func target(a, b []string) {
	list := []string{"x", "/y"}
	for range a {
		for _, s := range b {
			list = append(list, s)
		}
	}
	sink(strings.Join(list, ""))
}`, "target", []string{"{}"}},
		{"a request interface's Path() in a parameter is a projection of it", `
type request interface{ Path() string }
type a struct{ id string }
func (r a) Path() string { return "/a/" + r.id }
type b struct{}
func (b) Path() string { return "/b" }
func sink(string) {}
func target(r request) { sink(r.Path()) }
func use() { target(a{id: "1"}); target(b{}) }`, "target", []string{"{$1024}"}},
		{"a struct parameter's field other packages set is a projection of it", `
type Op struct{ Method, Path string }
func sink(string) {}
func Target(o Op) { sink(o.Path) }`, "Target", []string{"{$769}"}},
		{"a struct parameter's field set from configuration is not: what its stores hold", `
type op struct{ Method, Path string }
func sink(string) {}
func load() string
func newOp() op { return op{Path: load()} }
func Target(o op) { sink(o.Path) }`, "Target", []string{"{p.op.Path}"}},
		{"parameter of no target is unknown", `
func sink(string) {}
func Target(id string) { sink("/a/" + id) }`, "", []string{"/a/{}"}},
		{"phi of if/else", `
func sink(string) {}
func target(b bool) {
	p := "/x"
	if b {
		p = "/y"
	}
	sink(p + "/z")
}`, "target", []string{"/x/z", "/y/z"}},
		{"phi of a switch", `
func sink(string) {}
func target(n int) {
	var p string
	switch n {
	case 1:
		p = "/one"
	case 2:
		p = "/two"
	default:
		p = "/other"
	}
	sink(p)
}`, "target", []string{"/one", "/other", "/two"}},
		{"package-level variable set by init", `
var base string
func init() { base = "/restapi" }
func sink(string) {}
func target() { sink(base + "/v1.0") }`, "target", []string{"/restapi/v1.0"}},
		{"package-level variable initialized", `
var base = "/restapi" + suffix()
func suffix() string { return "/v1.0" }
func sink(string) {}
func target() { sink(base) }`, "target", []string{"/restapi/v1.0"}},
		{"struct field set by a literal", `
type cfg struct{ path string }
func sink(string) {}
func target() {
	c := cfg{path: "/a"}
	sink(c.path)
}`, "target", []string{"/a"}},
		{"field of an unexported type set by a setter", `
type client struct{ base string }
func (c *client) setBase(b string) { c.base = b }
func sink(string) {}
func target() {
	c := &client{}
	c.setBase("/x")
	sink(c.base + "/y")
}`, "target", []string{"/x/y"}},
		{"a setter's parameter from a method value's call", `
type client struct{ path string }
func (c *client) setPath(p string) { c.path = p }
func (c *client) do() { sink("https://h" + c.path) }
type service struct{}
func (s *service) Call(endpoint string) {
	c := &client{}
	c.setPath(endpoint)
	c.do()
}
func sink(string) {}
func caller() {
	call := (&service{}).Call
	call("/a")
}`, "", []string{"https://h/a"}},
		{"a parameter from calls through a function-typed field and a method expression", `
type client struct{ path string }
func (c *client) do() { sink("https://h" + c.path) }
type service struct{ get func(string) }
func fetch(endpoint string) {
	c := &client{path: endpoint}
	c.do()
}
func (s *service) Call(endpoint string) { fetch(endpoint) }
func sink(string) {}
func caller() {
	s := &service{get: fetch}
	s.get("/a")
	(*service).Call(s, "/b")
}`, "", []string{"https://h/a", "https://h/b"}},
		{"a parameter of a generic function's instance", `
type client struct{ path string }
func (c *client) do() { sink("https://h" + c.path) }
func getJSON[T any](endpoint string) (T, error) {
	var zero T
	c := &client{path: endpoint}
	c.do()
	return zero, nil
}
func sink(string) {}
func caller() { _, _ = getJSON[map[string]any]("/a") }`, "", []string{"https://h/a"}},
		{"a base URL field set to a default server and to another of the same API", `
import (
	"net/url"
	"strings"
)
type Client struct{ BaseURL *url.URL }
func New() *Client {
	u, _ := url.Parse("https://h/api/")
	return &Client{BaseURL: u}
}
func (c *Client) WithServer(s string) {
	u, _ := url.Parse(strings.TrimSuffix(s, "/") + "/api/")
	c.BaseURL = u
}
func (c *Client) get(p string) {
	u, _ := c.BaseURL.Parse(p)
	sink(u.String())
}
func sink(string) {}
func caller() { New().get("account/x") }`, "", []string{"https://h/api/account/x"}},
		{"a base URL field set to servers of two APIs", `
import "net/url"
type Client struct{ BaseURL *url.URL }
func New(v2 bool) *Client {
	u, _ := url.Parse("https://h/api/")
	if v2 {
		u, _ = url.Parse("https://h/v2/")
	}
	return &Client{BaseURL: u}
}
func (c *Client) get(p string) {
	u, _ := c.BaseURL.Parse(p)
	sink(u.String())
}
func sink(string) {}
func caller() { New(false).get("x") }`, "", []string{"https://h/api/x", "https://h/v2/x", "{}/x"}},
		{"a joiner appending its variadic segments to a prefix", `
import "path"
func join(id string, segs ...string) string {
	return path.Join(append([]string{"/api", "account", id}, segs...)...)
}
func sink(string) {}
func target(id string) { sink(join(id, "recording", "content")) }`, "target", []string{"/api/account/{$0}/recording/content"}},
		{"a builder read by a closure", `
import (
	"strings"
	"sync"
)
func sink(string) {}
func target() {
	var b strings.Builder
	b.WriteString("https://h")
	b.WriteString("/a")
	var once sync.Once
	var p string
	once.Do(func() { p = b.String() })
	sink(p)
}`, "target", []string{"https://h/a"}},
		{"a pointer a closure captures, dereferenced in it", `
import "sync"
func sink(string) {}
func target() {
	r := "/a"
	p := &r
	var once sync.Once
	var q string
	once.Do(func() { q = *p })
	sink("https://h" + q)
}`, "target", []string{"https://h/a"}},
		{"a pointer a helper returns", `
func sink(string) {}
var route = "/a"
func routePtr() *string { return &route }
func target() { sink("https://h" + *routePtr()) }`, "target", []string{"https://h/a"}},
		{"a builder a closure writes too: when it runs is not known", `
import (
	"strings"
	"sync"
)
func sink(string) {}
func target() {
	var b strings.Builder
	b.WriteString("https://h")
	var once sync.Once
	var p string
	once.Do(func() {
		b.WriteString("/a")
		p = b.String()
	})
	sink(p)
}`, "target", []string{"{}"}},
		{"an interface of the package's own, unexported: its calls are all in sight", `
type getter interface{ Get(string) }
type impl struct{}
func (impl) Get(p string) { sink("https://h" + p) }
func newGetter() getter { return impl{} }
func sink(string) {}
func caller() { newGetter().Get("/a") }`, "", []string{"https://h/a"}},
		{"an exported interface: other packages call it too", `
type Getter interface{ Get(string) }
type impl struct{}
func (impl) Get(p string) { sink("https://h" + p) }
func NewGetter() Getter { return impl{} }
func sink(string) {}
func caller() { NewGetter().Get("/a") }`, "", []string{"https://h/a", "https://h{}"}},
		// Of this object, which no other package sees, the setter's value.
		{"field of an exported type, of a local object", `
type Client struct{ Base string }
func (c *Client) SetBase(b string) { c.Base = b }
func sink(string) {}
func target() {
	c := &Client{}
	c.SetBase("/x")
	sink(c.Base)
}`, "target", []string{"/x"}},
		{"slice element", `
func sink(string) {}
func target(i int) {
	s := []string{"/a", "/b"}
	sink(s[i])
}`, "target", []string{"/a", "/b"}},
		{"map at a constant key", `
func sink(string) {}
func target() {
	m := map[string]string{"a": "/a", "b": "/b"}
	m["c"] = "/c"
	sink(m["b"])
}`, "target", []string{"/b"}},
		{"range over a map's values", `
var routes = map[string]string{"a": "/a", "b": "/b"}
func sink(string) {}
func target() {
	for _, r := range routes {
		sink(r)
	}
}`, "target", []string{"/a", "/b"}},
		{"range over a map's keys", `
func sink(string) {}
func target() {
	for k := range map[string]int{"/a": 1, "/b": 2} {
		sink(k)
	}
}`, "target", []string{"/a", "/b"}},
		{"map at any key", `
func sink(string) {}
func target(k string) {
	m := map[string]string{"a": "/a", "b": "/b"}
	sink(m[k])
}`, "target", []string{"/a", "/b"}},
		{"channel", `
func sink(string) {}
func target() {
	ch := make(chan string, 2)
	ch <- "/c"
	ch <- "/d"
	sink(<-ch)
}`, "target", []string{"/c", "/d"}},
		{"closure capturing a variable", `
func sink(string) {}
func target(id string) {
	p := "/a/" + id
	f := func() { sink(p + "/b") }
	f()
}`, "target", []string{"/a/{$0}/b"}},
		{"closure assigning a captured variable", `
func sink(string) {}
func target() {
	var p string
	set := func() { p = "/set" }
	set()
	sink(p)
}`, "target", []string{"/set"}},
		{"calls of functions returning their parameter", `
func id(s string) string { return s }
func join(a, b string) string { return a + "/" + b }
func sink(string) {}
func target(x string) { sink(join(id("/a"), id(x))) }`, "target", []string{"/a/{$0}"}},
		{"parameter from the package's callers", `
func sink(string) {}
func get(path string) { sink("/restapi" + path) }
func target() {
	get("/a")
	get("/b")
}`, "", []string{"/restapi/a", "/restapi/b"}},
		{"strings.TrimSuffix", `
import "strings"
func sink(string) {}
func target() { sink(strings.TrimSuffix("/a/", "/") + "/b") }`, "target", []string{"/a/b"}},
		{"path.Join", `
import "path"
func sink(string) {}
func target(id string) { sink(path.Join("/a/", id, "b")) }`, "target", []string{"/a/{$0}/b"}},
		{"fmt.Sprintf", `
import "fmt"
func sink(string) {}
func target(id string, n int) { sink(fmt.Sprintf("/a/%s/%d/%d", id, 7, n)) }`, "target", []string{"/a/{$0}/7/{}"}},
		{"an import's generic function and variable", `
import (
	"net/http"
	"slices"
	"strings"
)
func sink(string) {}
func target(xs []string) {
	if slices.Contains(xs, "a") && http.DefaultClient != nil {
		sink(strings.TrimSuffix("/a/", "/"))
	}
}`, "target", []string{"/a"}},
		{"strings.Builder", `
import "strings"
func sink(string) {}
func target(id string) {
	var b strings.Builder
	b.WriteString("/a/")
	b.WriteString(id)
	sink(b.String())
}`, "target", []string{"/a/{$0}"}},
		{"a URL itself, as its String gives it", `
import "net/url"
func sink(*url.URL) {}
func target(id string) {
	u, _ := url.Parse("https://h.example/a/" + id)
	sink(u)
}`, "target", []string{"https://h.example/a/{$0}"}},
		{"a URL parameter of the target is the client's", `
import "net/url"
func sink(string) {}
func target(n int, u *url.URL) { sink(u.Redacted()) }`, "target", []string{"{$1}"}},
		{"(*url.URL).Parse of a rooted reference", `
import "net/url"
func sink(string) {}
func target() {
	base, _ := url.Parse("https://h.example/restapi/v1.0/")
	u, _ := base.Parse("/restapi/v2/x")
	sink(u.String())
}`, "target", []string{"https://h.example/restapi/v2/x"}},
		{"a server default: an exported field the package sets to one URL", `
type Configuration struct{ BasePath string }
func NewConfiguration() *Configuration { return &Configuration{BasePath: "https://h.example/scim/v2"} }
type Client struct{ cfg *Configuration }
func sink(string) {}
func (c *Client) target() { sink(c.cfg.BasePath + "/Users") }`, "", []string{"https://h.example/scim/v2/Users"}},
		{"an exported field the package sets to a path is set elsewhere too", `
type Configuration struct{ Path string }
func NewConfiguration() *Configuration { return &Configuration{Path: "/scim/v2"} }
type Client struct{ cfg *Configuration }
func sink(string) {}
func (c *Client) target() { sink(c.cfg.Path + "/Users") }`, "", []string{"/scim/v2/Users", "{}/Users"}},
		{"a variadic joiner of the package", `
import "strings"
func join(base string, elem ...string) string {
	return strings.TrimSuffix(base, "/") + "/" + strings.Join(elem, "/")
}
func sink(string) {}
func target(id string) { sink(join("https://h.example", "restapi", id)) }`, "target", []string{"https://h.example/restapi/{$0}"}},
		{"url.Parse, ResolveReference, String", `
import "net/url"
func sink(string) {}
func target() {
	base, _ := url.Parse("https://h.example/restapi/")
	ref, _ := url.Parse("v1.0/account")
	sink(base.ResolveReference(ref).String())
}`, "target", []string{"https://h.example/restapi/v1.0/account"}},
		{"a route's path and query cut apart and set on a copy of a base the callers pass", `
import (
	"net/url"
	"strings"
)
func sink(string) {}
func target(route string, base *url.URL) {
	path, query, _ := strings.Cut(route, "?")
	u := *base
	escaped := strings.TrimSuffix(base.EscapedPath(), "/") + path
	u.Path = escaped
	u.RawPath = escaped
	u.RawQuery = query
	sink(u.String())
}`, "target", []string{"{$1}{$0}?{}"}},
		{"a path set on a server, then its query", `
import "net/url"
func sink(string) {}
func target(p string) {
	u := url.URL{Scheme: "https", Host: "h.example"}
	u.Path = p
	u.RawQuery = "view=Detailed"
	sink(u.String())
}`, "target", []string{"https://h.example{$0}?view=Detailed"}},
		{"more than maxValues values: one unknown", `
func sink(string) {}
func target(a, b int) {
	x, y := "/a", "/b"
	switch a {
	case 1:
		x = "/c"
	case 2:
		x = "/d"
	}
	switch b {
	case 1:
		y = "/e"
	case 2:
		y = "/f"
	}
	sink(x + y)
}`, "target", []string{"{}"}},
		{"recursion concatenating its own result", `
func rec(n int) string {
	if n == 0 {
		return "/"
	}
	return rec(n-1) + "a/"
}
func sink(string) {}
func target() { sink(rec(3)) }`, "target", []string{"/a/", "/a/a/", "/a/a/a/", "/a/a/a/a/", "{}a/a/a/a/a/"}},
		{"mutual recursion through bound parameters", `
func even(s string, n int) string {
	if n == 0 {
		return s
	}
	return odd(s+"e", n-1)
}
func odd(s string, n int) string { return even(s+"o", n-1) }
func sink(string) {}
func target() { sink(even("/", 9)) }`, "target", []string{"/eo", "/eoeo", "/eoeoeo", "/eoeoeoeo", "{}"}},
		{"package-level array spread into path.Join", `
import "path"
var parts = [2]string{"/a", "b"}
func sink(string) {}
func target() { sink(path.Join(parts[:]...)) }`, "target", []string{"{}"}},
		{"pointer parameter of a recursive function", `
func sink(string) {}
func rec(p *string, n int) {
	if n > 0 {
		rec(p, n-1)
	}
	sink(*p)
}
func target() {
	s := "/a"
	rec(&s, 2)
}`, "", []string{"/a", "{}"}},
		{"pointers swapped in a loop", `
func sink(string) {}
func target(c func() bool) {
	a, b := "/a", "/b"
	p, q := &a, &b
	for c() {
		p, q = q, p
	}
	sink(*p)
}`, "target", []string{"/a", "/b", "{}"}},
		{"package-level strings.Builder", `
import "strings"
var sb strings.Builder
func sink(string) {}
func target() {
	sb.WriteString("/a")
	sink(sb.String())
}`, "target", []string{"{}"}},
		{"package-level *url.URL set by init", `
import "net/url"
var base *url.URL
func init() { base, _ = url.Parse("https://h.example/a") }
func sink(string) {}
func target() { sink(base.String()) }`, "target", []string{"https://h.example/a"}},
		{"*url.URL variable set by a closure", `
import "net/url"
func sink(string) {}
func target() {
	var u *url.URL
	set := func() { u, _ = url.Parse("https://h.example/a") }
	set()
	sink(u.String())
}`, "target", []string{"https://h.example/a"}},
		{"fmt.Sprintf of many operands of many values", `
import "fmt"
func sink(string) {}
func target(n int) {
	a := "/a"
	switch n {
	case 1:
		a = "/b"
	case 2:
		a = "/c"
	case 3:
		a = "/d"
	}
	sink(fmt.Sprintf("%s%s%s%s%s%s%s%s%s%s%s%s", a, a, a, a, a, a, a, a, a, a, a, a))
}`, "target", []string{"{}"}},
		{"URL parameter of a recursive function", `
import "net/url"
func sink(string) {}
func crawl(u *url.URL, n int) {
	if n > 0 {
		crawl(u, n-1)
		crawl(u, n-2)
		crawl(u, n-3)
	}
	sink(u.String())
}
func target() {
	u, _ := url.Parse("https://h.example/a")
	crawl(u, 3)
}`, "", []string{"https://h.example/a", "{}"}},
	} {
		// Built whole, and built with only the functions a question
		// about sink's argument may reach: the same answer.
		for _, seed := range []func(ast.Node) bool{nil, sinkCalls} {
			t.Run(tc.name, func(t *testing.T) {
				tp := buildSeeded(t, tc.src, seed)
				var target *types.Func
				if tc.target != "" {
					target = tp.funcs[tc.target]
				}
				strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], target)
				if !ok {
					t.Fatal("no SSA value for the argument of sink")
				}
				if got := renderAll(strs); !slices.Equal(got, tc.want) {
					t.Errorf("Strings = %q, want %q (seeded %v)", got, tc.want, seed != nil)
				}
			})
		}
	}
}

// TestRelevance checks which functions are built with their bodies: those
// joined with the seed by what they call, are called by, or share (a
// field); not the others, until a question is asked about one.
func TestRelevance(t *testing.T) {
	tp := buildSeeded(t, `
type client struct{ base string }
func (c *client) setBase(b string) { c.base = b }
func newClient() *client {
	c := &client{}
	c.setBase("/x")
	return c
}
func sink(string) {}
func target(c *client) { sink(c.base + "/y") }
func unrelated(n int) string {
	s := "/u"
	for i := 0; i < n; i++ {
		s += "/v"
	}
	return s
}`, sinkCalls)
	built := map[string]bool{}
	for d := range tp.prog.rel.built {
		built[d.Name.Name] = true
	}
	if want := map[string]bool{"setBase": true, "newClient": true, "sink": true, "target": true}; !maps.Equal(built, want) {
		t.Errorf("built %v, want %v", slices.Sorted(maps.Keys(built)), slices.Sorted(maps.Keys(want)))
	}
	strs, _ := tp.prog.Strings(tp.call(t, "sink").Args[0], nil)
	if got, want := renderAll(strs), []string{"/x/y"}; !slices.Equal(got, want) {
		t.Errorf("Strings = %q, want %q", got, want)
	}
	// A question about unrelated builds it.
	var ret ast.Expr
	ast.Inspect(tp.file, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 1 && types.ExprString(r.Results[0]) == "s" {
			ret = r.Results[0]
		}
		return true
	})
	strs, ok := tp.prog.Strings(ret, tp.funcs["unrelated"])
	if !ok || !tp.prog.rel.built[tp.prog.rel.decls[len(tp.prog.rel.decls)-1]] {
		t.Fatalf("unrelated was not built for a question about it (ok %v)", ok)
	}
	if got := renderAll(strs); len(got) == 0 || got[0] != "/u" {
		t.Errorf("Strings of unrelated's result = %q, want /u first", got)
	}
}

func TestReturns(t *testing.T) {
	tp := buildTest(t, `
import "net/url"
func Route(id string, q bool) string {
	if id == "" {
		return ""
	}
	if q {
		return "/a/" + id + "?x=1"
	}
	return "/a/" + id
}
func Base(host string) *url.URL {
	u, _ := url.Parse("https://" + host + "/restapi")
	return u
}`)
	for name, want := range map[string][]string{"Route": {"", "/a/{$0}", "/a/{$0}?x=1"}, "Base": {"https://{$0}/restapi"}} {
		strs, ok := tp.prog.Returns(tp.funcs[name])
		if got := renderAll(strs); !ok || !slices.Equal(got, want) {
			t.Errorf("Returns(%s) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestEditedURL(t *testing.T) {
	tp := buildTest(t, `
import (
	"net/http"
	"net/url"
)
func req(path string) {
	r, _ := http.NewRequest("GET", "https://h.example/old?q=1", nil)
	r.URL.Path = "/restapi/" + path
	http.DefaultClient.Do(r)
}
func lit(u0 string) {
	r := &http.Request{Method: "GET"}
	r.URL, _ = url.Parse("https://h.example" + u0)
	r.URL.RawQuery = "a=b"
	http.DefaultClient.Do(r)
}
func plain() { http.NewRequest("GET", "https://h.example/x", nil) }`)
	calls := map[string]*ast.CallExpr{}
	var cl *ast.CompositeLit
	ast.Inspect(tp.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if name := types.ExprString(n.Fun); name == "http.NewRequest" {
				calls[types.ExprString(n.Args[1])] = n
			}
		case *ast.CompositeLit:
			cl = n
		}
		return true
	})
	strs, ok := tp.prog.EditedURL(calls[`"https://h.example/old?q=1"`], []Str{Lit("https://h.example/old?q=1")}, tp.funcs["req"])
	if got, want := renderAll(strs), []string{"https://h.example/restapi/{$0}?q=1"}; !ok || !slices.Equal(got, want) {
		t.Errorf("EditedURL of the request = %q, %v; want %q", got, ok, want)
	}
	strs, ok = tp.prog.EditedURL(cl, nil, tp.funcs["lit"])
	if got, want := renderAll(strs), []string{"https://h.example{$0}?a=b"}; !ok || !slices.Equal(got, want) {
		t.Errorf("EditedURL of the literal = %q, %v; want %q", got, ok, want)
	}
	if _, ok := tp.prog.EditedURL(calls[`"https://h.example/x"`], nil, nil); ok {
		t.Error("EditedURL of a request never edited: ok")
	}
}

// joinOracle knows one variadic joiner of another package.
type joinOracle struct{ noOracle }

func (joinOracle) Returns(fn *types.Func, variadic int) ([]Str, bool) {
	if fn.Name() != "Join" || variadic != 2 {
		return nil, false
	}
	return []Str{{{Param: 0, IsParam: true}, {Lit: "/"}, {Param: 1, IsParam: true}}}, true
}

// TestVariadicOracle checks that the oracle is asked of a variadic
// function of another package, which is not pure, with its variadic
// arguments as parameters.
func TestVariadicOracle(t *testing.T) {
	tp := buildWith(t, `
import "path/filepath"
func sink(string) {}
func target(id string) { sink(filepath.Join("/a", id)) }`, nil, joinOracle{})
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["target"])
	if got, want := renderAll(strs), []string{"/a/{$0}"}; !ok || !slices.Equal(got, want) {
		t.Errorf("Strings = %q, %v; want %q", got, ok, want)
	}
}

func TestElements(t *testing.T) {
	tp := buildTest(t, `
var filters = []string{"/a", "/b"}
func sink([]string) {}
func use(fs []string) { sink(fs) }
func target() {
	use(filters)
	use([]string{"/c"})
}`)
	strs, ok := tp.prog.Elements(tp.call(t, "sink").Args[0], nil)
	if !ok {
		t.Fatal("no slice in sight")
	}
	if got, want := renderAll(strs), []string{"/a", "/b", "/c"}; !slices.Equal(got, want) {
		t.Errorf("Elements = %q, want %q", got, want)
	}
}

func TestCallees(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		call      string   // the call asked about, as its function is written
		want      []string // full names, sorted
		unseen    bool
	}{
		{"interface with one implementation made in the function", `
type Handler interface{ Handle() string }
type h struct{}
func (h) Handle() string { return "/a" }
type other struct{}
func (other) Handle() string { return "/b" }
func target() {
	var x Handler = h{}
	x.Handle()
}`, "x.Handle", []string{"(p.h).Handle"}, false},
		{"interface value from another function", `
type Handler interface{ Handle() string }
type h struct{}
func (*h) Handle() string { return "/a" }
func make() Handler { return &h{} }
func target() {
	x := make()
	x.Handle()
}`, "x.Handle", []string{"(*p.h).Handle"}, false},
		{"method value", `
type h struct{}
func (h) Handle() string { return "/a" }
func target() {
	f := h{}.Handle
	f()
}`, "f", []string{"(p.h).Handle"}, false},
		{"function-typed field", `
type s struct{ fn func() }
func a() {}
func b() {}
func target() {
	x := s{fn: a}
	x.fn()
}`, "x.fn", []string{"p.a"}, false},
		{"function value through a phi", `
func a() {}
func b() {}
func target(c bool) {
	f := a
	if c {
		f = b
	}
	f()
}`, "f", []string{"p.a", "p.b"}, false},
		{"interface with no implementation", `
type I interface{ M() }
func target(i I) { i.M() }`, "i.M", nil, true},
		{"function value from elsewhere", `
func target(f func()) { f() }`, "f", nil, true},
		{"state functions around a loop of calls", `
type fn func() fn
func a() fn { return b }
func b() fn { return c }
func c() fn { return d }
func d() fn { return a }
func run(s fn) {
	for s != nil {
		s = s()
		s = s()
		s = s()
	}
}
func target() { run(a) }`, "s", []string{"p.a", "p.b", "p.c", "p.d"}, false},
		{"state functions returning themselves", `
type stateFn func() stateFn
func start() stateFn { return next }
func next() stateFn { return nil }
func run(s stateFn) {
	for s != nil {
		s = s()
	}
}
func target() { run(start) }`, "s", []string{"p.next", "p.start"}, false},
	} {
		// Built whole, and with only what a question about the call may
		// reach.
		seeds := []func(ast.Node) bool{nil, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			return ok && types.ExprString(c.Fun) == tc.call
		}}
		for _, seed := range seeds {
			t.Run(tc.name, func(t *testing.T) {
				tp := buildSeeded(t, tc.src, seed)
				call := tp.call(t, tc.call)
				var got []string
				for _, fn := range tp.prog.Callees(call) {
					got = append(got, fn.FullName())
				}
				slices.Sort(got)
				if !slices.Equal(got, tc.want) {
					t.Errorf("Callees = %q, want %q (seeded %v)", got, tc.want, seed != nil)
				}
				if u := tp.prog.Unseen(call); u != tc.unseen {
					t.Errorf("Unseen = %v, want %v (seeded %v)", u, tc.unseen, seed != nil)
				}
			})
		}
	}
}

// A table of thousands of strings (a spelling dictionary) is unknown at
// once, not after a union of all its elements.
func TestLargeTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("var dict = []string{")
	for i := range 20000 {
		b.WriteString(strconv.Quote("/w" + strconv.Itoa(i)))
		b.WriteString(", ")
	}
	b.WriteString("}\nfunc sink(string) {}\nfunc elems([]string) {}\nfunc target(i int) {\n\telems(dict)\n\tsink(dict[i])\n}\n")
	tp := buildTest(t, b.String())
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["target"])
	if got := renderAll(strs); !ok || !slices.Equal(got, []string{"{}"}) {
		t.Errorf("Strings = %q, %v; want [{}]", got, ok)
	}
	strs, ok = tp.prog.Elements(tp.call(t, "elems").Args[0], tp.funcs["target"])
	if got := renderAll(strs); !ok || !slices.Equal(got, []string{"{}"}) {
		t.Errorf("Elements = %q, %v; want [{}]", got, ok)
	}
}

// TestBoxedField: what a field of a fluent builder holds at a call of
// its interface's method, when the methods take a value receiver and
// return it boxed in the interface: along a chain, a variable reassigned
// in branches, a helper returning the interface, a method that leaves the
// field alone; another implementation of the interface adds nothing.
func TestBoxedField(t *testing.T) {
	const builder = `
type Builder interface {
	Get(path string) Builder
	Post(path string) Builder
	Note(string) Builder
	Do()
}
type req struct{ method, path string }
type other struct{ path string }

func R() Builder { return req{} }
func (r req) Get(p string) Builder  { return r.route("GET", p) }
func (r req) Post(p string) Builder { return r.route("POST", p) }
func (r req) route(m, p string) req { r.method = m; r.path = p; return r }
func (r req) Note(string) Builder   { return r }
func (r req) Do()                   {}
func (o other) Get(p string) Builder  { o.path = "/other"; return o }
func (o other) Post(p string) Builder { return o }
func (o other) Note(string) Builder   { return o }
func (o other) Do()                   {}
func callLog() Builder { return R().Get("/call-log") }
`
	tests := []struct {
		name  string
		body  string
		field int // 0: method, 1: path
		want  []string
	}{
		{"a chain", `R().Get("/a").Note("x").Do()`, 1, []string{"/a"}},
		{"the method a chain sets", `R().Post("/a").Do()`, 0, []string{"POST"}},
		{"a variable reassigned in a branch", `b := R().Get("/a"); if p != "" { b = b.Note(p) }; b.Do()`, 1, []string{"/a"}},
		{"two routes in two branches", `var b Builder; if p == "" { b = R().Get("/a") } else { b = R().Post("/b") }; b.Do()`, 1, []string{"/a", "/b"}},
		{"the methods of two branches", `var b Builder; if p == "" { b = R().Get("/a") } else { b = R().Post("/b").Note(p) }; b.Do()`, 0, []string{"GET", "POST"}},
		{"a helper returning the interface", `callLog().Note(p).Do()`, 1, []string{"/call-log"}},
		{"a route from a parameter", `R().Get(p).Do()`, 1, []string{"{$0}"}},
		{"another implementation adds nothing", `var b Builder = other{}; if p == "" { b = R().Get("/a") }; b.Get("/b").Do()`, 1, []string{"/b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, builder+"func f(p string) {\n"+tc.body+"\n}\n")
			want := tp.pkg.Scope().Lookup("req").Type()
			got, ok := tp.prog.Projection(tp.lastCall(t, "Do"), 0, tc.field, "", want, tp.funcs["f"])
			if !ok {
				t.Fatalf("Projection: no answer")
			}
			if r := renderAll(got); !slices.Equal(r, tc.want) {
				t.Errorf("Projection = %q, want %q", r, tc.want)
			}
		})
	}
}

// TestReceiverField: what a builder's field holds at a call of a method on
// it, along the value the setters are called on: a chain, a variable set
// in a branch, a setter replacing another, an option function, a literal.
func TestReceiverField(t *testing.T) {
	const builder = `
import "strings"
type call struct{ method, path string }

func newCall() *call { return &call{method: "GET"} }
func (c *call) Method(m string) *call { c.method = m; return c }
func (c *call) Path(p string) *call { c.path = p; return c }
func (c *call) SetPath(p string) { c.path = p }
func (c *call) Note(string) *call { return c }
func (c *call) Do() {}
func show(c *call) { println(c.path) }
func withParams(method, tmpl string, params ...string) *call {
	pairs := []string{"{x}", "~"}
	for i := 0; i+1 < len(params); i += 2 {
		pairs = append(pairs, params[i], params[i+1])
	}
	return &call{method: method, path: strings.NewReplacer(pairs...).Replace(tmpl)}
}
func retry(c *call) { c.method = "GET" }
`
	tests := []struct {
		name, body string
		field      int
		want       []string
	}{
		{"a chain", `newCall().Method("DELETE").Path("/a").Do()`, 0, []string{"DELETE"}},
		{"a chain, the path", `newCall().Method("DELETE").Path("/a").Note("x").Do()`, 1, []string{"/a"}},
		{"the constructor's default", `newCall().Path("/a").Do()`, 0, []string{"GET"}},
		{"a parameter of the function asked about", `newCall().Path(p).Do()`, 1, []string{"{$0}"}},
		{"a setter replacing the chain's", `c := newCall().Path("/a"); c.SetPath("/b"); c.Do()`, 1, []string{"/b"}},
		{"a setter in a branch", `c := newCall().Path("/a"); if p == "" { c.SetPath("/b") }; c.Do()`, 1, []string{"/a", "/b"}},
		{"a setter after the call", `c := newCall().Path("/a"); c.Do(); c.SetPath("/b")`, 1, []string{"/a"}},
		{"a variable reassigned in a branch", `c := newCall(); if p == "" { c = c.Method("PUT") }; c.Do()`, 0, []string{"GET", "PUT"}},
		{"a literal", `c := &call{method: "PATCH", path: "/x"}; c.Do()`, 0, []string{"PATCH"}},
		{"a helper that only reads it", `c := newCall().Path("/a"); show(c); c.Do()`, 1, []string{"/a"}},
		{"a constructor formatting with pairs its variadic parameter extends, given none", `withParams("GET", "/a/{x}").Do()`, 1, []string{"/a/~"}},
		{"the same, given some: the loop runs, and the replacer fills the template's placeholders with what only a run knows", `withParams("GET", "/a/{x}/{y}", "{y}", p).Do()`, 1, []string{"/a/{}/{}"}},
		{"a helper that writes another field", `c := newCall().Path("/a"); retry(c); c.Do()`, 1, []string{"/a"}},
		// An option function may set the field to what the package stores
		// in it (here "/o", or a setter's unknown parameter), or not.
		{"an option function", `c := newCall(); opt := func(c *call) { c.path = "/o" }; opt(c); c.Do()`, 1, []string{"", "/o", "{}"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, builder+"func f(p string) {\n"+tc.body+"\n}\n")
			got, ok := tp.prog.Projection(tp.lastCall(t, "Do"), 0, tc.field, "", nil, tp.funcs["f"])
			if !ok {
				t.Fatalf("Projection: no answer")
			}
			if r := renderAll(got); !slices.Equal(r, tc.want) {
				t.Errorf("Projection = %q, want %q", r, tc.want)
			}
		})
	}
}

// TestEffects: a setter's, a constructor's and a chained method's effects
// on the fields, in terms of their parameters and the receiver's fields as
// they came (a field parameter).
func TestEffects(t *testing.T) {
	tp := buildTest(t, `
type Call struct{ method, path string }

func New(m string) *Call { return &Call{method: m} }
func (c *Call) Path(p string) *Call { c.path = "/v1" + p; return c }
func (c *Call) Keep() *Call { return c }
func (c *Call) Set(p string) { if p != "" { c.path = p } }
`)
	obj := func(name string) *types.Func {
		if fn, ok := tp.funcs[name]; ok {
			return fn
		}
		named := tp.pkg.Scope().Lookup("Call").Type().(*types.Named)
		for i := 0; i < named.NumMethods(); i++ {
			if named.Method(i).Name() == name {
				return named.Method(i)
			}
		}
		t.Fatalf("no function %s", name)
		return nil
	}
	fp := func(f int) string { return "{$" + strconv.Itoa(FieldParam(f)) + "}" }
	tests := []struct {
		fn               string
		result, receiver map[int][]string
	}{
		{"New", map[int][]string{0: {"{$0}"}, 1: {""}}, map[int][]string{}},
		{"Path", map[int][]string{0: {fp(0)}, 1: {"/v1{$0}"}}, map[int][]string{1: {"/v1{$0}"}}},
		{"Keep", map[int][]string{0: {fp(0)}, 1: {fp(1)}}, map[int][]string{}},
		{"Set", nil, map[int][]string{1: {"{$0}", fp(1)}}},
	}
	for _, tc := range tests {
		e, ok := tp.prog.Effects(obj(tc.fn))
		if !ok {
			t.Errorf("%s: no effects", tc.fn)
			continue
		}
		for what, pair := range map[string][2]map[int][]string{"result": {tc.result, rendered(e.Result)}, "receiver": {tc.receiver, rendered(e.Receiver)}} {
			if fmt.Sprint(pair[0]) != fmt.Sprint(pair[1]) {
				t.Errorf("%s: %s fields = %v, want %v", tc.fn, what, pair[1], pair[0])
			}
		}
	}
}

func rendered(m map[int][]Str) map[int][]string {
	if m == nil {
		return nil
	}
	out := map[int][]string{}
	for f, strs := range m {
		out[f] = renderAll(strs)
	}
	return out
}

// lastCall returns the last call of a method named name.
func (tp *testPackage) lastCall(t *testing.T, name string) *ast.CallExpr {
	t.Helper()
	var found *ast.CallExpr
	ast.Inspect(tp.file, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
				found = c
			}
		}
		return true
	})
	if found == nil {
		t.Fatalf("no call of %s", name)
	}
	return found
}

// TestOptionOpensField checks that a field an option's closure stores
// its maker's parameter in (WithBaseURL(u) returning func(c *Client) {
// c.base = u }) is the callers' to tell, as a setter's is: a method
// reading it reads a projection, not the constructor's default alone.
func TestOptionOpensField(t *testing.T) {
	for _, tc := range []struct {
		name, option string
		want         []string
	}{
		{"the maker's parameter", `func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }`, []string{"{$256}{$0}"}},
		{"a constant", `func WithSandbox() Option { return func(c *Client) { c.base = "https://platform.devtest.ringcentral.com" } }`, []string{"https://platform.devtest.ringcentral.com{$0}", "https://platform.ringcentral.com{$0}"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, `
type Client struct{ base string }
type Option func(*Client)
`+tc.option+`
func New(opts ...Option) *Client {
	c := &Client{base: "https://platform.ringcentral.com"}
	for _, o := range opts {
		o(c)
	}
	return c
}
func sink(string) {}
func (c *Client) Post(route string) { sink(c.base + route) }`)
			post := tp.method("Client", "Post")
			strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], post)
			if got := renderAll(strs); !ok || !slices.Equal(got, tc.want) {
				t.Errorf("Strings = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

// TestHeldField checks the reads of a struct another struct holds: of
// the one that holder holds (not of every struct of the type), in the
// package and, through HeldField, for other packages; and that a method
// of a type whose objects are each made with their own path reads its
// receiver's as a projection, for its caller to fill in.
func TestHeldField(t *testing.T) {
	tp := buildTest(t, `
import "path"
type Resource[T any] struct{ path string }
type (
	A struct{}
	B struct{}
	C struct{}
)
type Repos struct {
	X Resource[A]
	y Resource[B]
}
func NewRepos() *Repos {
	return &Repos{X: Resource[A]{path: "/x"}, y: Resource[B]{path: "/y"}}
}
func (r *Repos) Posts(id string) Resource[C] {
	return Resource[C]{path: path.Join(r.y.path, id, "posts")}
}
func sink(string) {}
func (r Resource[T]) List() { sink(r.path) }
`)
	e, ok := tp.prog.Effects(tp.method("Repos", "Posts"))
	if got := renderAll(e.Result[0]); !ok || !slices.Equal(got, []string{"/y/{$0}/posts"}) {
		t.Errorf("Posts' result path = %q, %v; want only the path of the y it holds", got, ok)
	}
	x := tp.pkg.Scope().Lookup("Repos").Type().Underlying().(*types.Struct).Field(0)
	if got, ok := tp.prog.HeldField(x, 0); !ok || !slices.Equal(renderAll(got), []string{"/x"}) {
		t.Errorf("HeldField(X, path) = %q, %v; want /x", renderAll(got), ok)
	}
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.method("Resource", "List"))
	if got, want := renderAll(strs), "{$"+strconv.Itoa(FieldParam(0))+"}"; !ok || !slices.Equal(got, []string{want}) {
		t.Errorf("List's path = %q, %v; want the receiver's, %s", got, ok, want)
	}
}

// TestLinkedPath checks a path rendered recursively over parent pointers
// (n.parent.path() + "/" + n.seg): the structs each field holds, object by
// object, the branches a nil parent or a set id decides, and a recursion
// on a struct the flow cannot tell apart cut short.
func TestLinkedPath(t *testing.T) {
	// linkedNode is a node without ids, rendered from its root.
	const linkedNode = `
type node struct {
	parent *node
	seg    string
}
func (n *node) path() string {
	p := "/" + n.seg
	if n.parent != nil {
		p = n.parent.path() + p
	}
	return p
}
`
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"a chain of builders whose ids are their constructors' parameters, the root's a constant", `
type node struct {
	parent *node
	seg    string
	id     string
}
func (n *node) path(withID bool) string {
	p := "/" + n.seg
	if n.parent != nil {
		p = n.parent.path(true) + p
	}
	if withID && n.id != "" {
		p += "/" + n.id
	}
	return p
}
func (n *node) child(seg, id string) node { return node{parent: n, seg: seg, id: id} }
type Restapi struct{ node }
func New() *Restapi { return &Restapi{node{seg: "restapi", id: "v1.0"}} }
type Account struct{ node }
func (r *Restapi) Account(id string) *Account { return &Account{r.child("account", id)} }
type Extension struct{ node }
func (a *Account) Extension(id string) *Extension { return &Extension{a.child("extension", id)} }
func sink(string) {}
func (e *Extension) Get() { sink(e.path(true)) }
`, []string{"/restapi/v1.0/account/{}/extension/{}"}},
		{"a chain of builders without ids: each parent's segment, from the root", linkedNode + `func (n *node) child(seg string) node { return node{parent: n, seg: seg} }
type Restapi struct{ node }
func New() *Restapi { return &Restapi{node{seg: "restapi"}} }
type Account struct{ node }
func (r *Restapi) Account() *Account { return &Account{r.child("account")} }
type Extension struct{ node }
func (a *Account) Extension() *Extension { return &Extension{a.child("extension")} }
func sink(string) {}
func (e *Extension) Get() { sink(e.path()) }
`, []string{"/restapi/account/extension"}},
		{"a recursion on an embedded node whose parent no store in sight sets: the rest unknown", linkedNode + `type Extension struct{ node }
func sink(string) {}
func (e *Extension) Get() { sink(e.path()) }
`, []string{"/{p.node.seg}", "{}/{p.node.seg}"}},
		{"the same through a pointer field", linkedNode + `type Extension struct{ n *node }
func sink(string) {}
func (e *Extension) Get() { sink(e.n.path()) }
`, []string{"/{p.node.seg}", "{}/{p.node.seg}"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, tc.src)
			get := tp.method("Extension", "Get")
			strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], get)
			if got := renderAll(strs); !ok || !slices.Equal(got, tc.want) {
				t.Errorf("Strings = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

// TestURLFieldOpens checks that a method reading a *url.URL field its
// type's constructor parses from a parameter leaves the server to its
// callers, who know which they passed.
func TestURLFieldOpens(t *testing.T) {
	tp := buildTest(t, `
import "net/url"
type Client struct{ base *url.URL }
func New(server string) (*Client, error) {
	u, err := url.Parse(server)
	if err != nil {
		return nil, err
	}
	return &Client{base: u}, nil
}
func sink(string) {}
func (c *Client) Get(path string) { sink(c.base.JoinPath(path).String()) }`)
	get := tp.method("Client", "Get")
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], get)
	if got, want := renderAll(strs), []string{"{$256}/{$0}"}; !ok || !slices.Equal(got, want) {
		t.Errorf("Strings = %q, %v; want %q", got, ok, want)
	}
	e, ok := tp.prog.Effects(tp.funcs["New"])
	if got, want := rendered(e.Result), map[int][]string{0: {"{$0}"}}; !ok || !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Effects(New).Result = %v, %v; want %v (no zero server from the error's nil)", got, ok, want)
	}
}

// TestVariadicMethodReadsReceiver checks that a variadic joiner that is a
// method, reading its receiver's server (u := *c.Base; u.Path =
// path.Join(append([]string{u.Path}, elem...)...)), is followed at the
// call rather than summarized without its receiver: the server is the
// receiver's field, for the callers to fill in.
func TestVariadicMethodReadsReceiver(t *testing.T) {
	tp := buildTest(t, `
import ("net/url"; "path")
type Client struct{ Base *url.URL }
func sink(string) {}
func (c *Client) endpoint(q url.Values, elem ...string) string {
	u := *c.Base
	u.Path = path.Join(append([]string{u.Path}, elem...)...)
	u.RawQuery = q.Encode()
	return u.String()
}
func (c *Client) Teams() { sink(c.endpoint(nil, "team-messaging/v1", "teams")) }`)
	teams := tp.method("Client", "Teams")
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], teams)
	if got, want := renderAll(strs), []string{"{$256}/team-messaging/v1/teams?{}"}; !ok || !slices.Equal(got, want) {
		t.Errorf("Strings = %q, %v; want %q", got, ok, want)
	}
}

// TestOptionsAppliedByConstructor checks what a constructor that applies
// its options in a loop leaves in a field, at one call: what the closures
// the call passes store there (each bound to what its maker was given),
// beside the zero value no option may set; not what every option call of
// the package stores.
func TestOptionsAppliedByConstructor(t *testing.T) {
	tp := buildTest(t, `
type Client struct{ base, token string }
type Option func(*Client)
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }
func WithToken(s string) Option { return func(c *Client) { c.token = s } }
func New(opts ...Option) *Client {
	c := &Client{}
	for _, o := range opts {
		o(c)
	}
	return c
}
func (c *Client) Do(path string) {}
func archive() { New(WithBaseURL("https://archive.example.com")).Do("/v2/calls") }
func f() {
	c := New(WithToken("t"), WithBaseURL("https://platform.devtest.ringcentral.com"))
	c.Do("/restapi/v1.0/account/~/call-log")
}
func g() {
	New(WithToken("t")).Do("/restapi/v1.0/account/~/call-log")
}`)
	for _, tc := range []struct {
		fn   string
		want []string
	}{
		{"f", []string{"https://platform.devtest.ringcentral.com"}}, // the options run in order
		{"g", []string{""}},
	} {
		got, ok := tp.prog.Projection(tp.lastCallIn(t, tc.fn, "Do"), 0, 0, "", nil, tp.funcs[tc.fn])
		if r := renderAll(got); !ok || !slices.Equal(r, tc.want) {
			t.Errorf("%s: base at Do = %q, %v; want %q", tc.fn, r, ok, tc.want)
		}
	}
}

// TestOptionsInEffects checks that a constructor applying the options its
// caller passes summarizes each field as those options' part
// (OptionsParam, with what the field held before), and that a call
// filling it in runs the call's options: those after a part of the list
// the flow cannot see (append(common, extra...)) decide the fields they
// always set, and leave the others unknown.
func TestOptionsInEffects(t *testing.T) {
	tp := buildTest(t, `
type Request struct{ method, path string }
type Option func(*Request)
func WithMethod(m string) Option { return func(r *Request) { r.method = m } }
func WithPath(p string) Option { return func(r *Request) { r.path = p } }
func NewRequest(opts ...Option) *Request {
	r := &Request{method: "GET"}
	for _, o := range opts {
		o(r)
	}
	return r
}
func (r *Request) Send() {}
var common []Option
func both() {
	NewRequest(append(append([]Option{}, common...), WithMethod("PUT"), WithPath("/restapi/v1.0/account/~"))...).Send()
}
func pathOnly() {
	NewRequest(append(append([]Option{}, common...), WithPath("/restapi/v1.0/account/~"))...).Send()
}`)
	e, ok := tp.prog.Effects(tp.funcs["NewRequest"])
	opt := func(f int, lit string) string {
		return render(Str{{Param: OptionsParam(1, f), IsParam: true, Lit: lit}})
	}
	if got := []string{strings.Join(renderAll(e.Result[0]), ","), strings.Join(renderAll(e.Result[1]), ",")}; !ok || !slices.Equal(got, []string{opt(0, "GET"), opt(1, "")}) {
		t.Errorf("Effects(NewRequest) = %q, %v; want the options' part of each field", got, ok)
	}
	for _, tc := range []struct {
		fn           string
		method, path []string
	}{
		{"both", []string{"PUT"}, []string{"/restapi/v1.0/account/~"}},
		{"pathOnly", []string{"{}"}, []string{"/restapi/v1.0/account/~"}},
	} {
		for f, want := range [][]string{tc.method, tc.path} {
			got, ok := tp.prog.Projection(tp.lastCallIn(t, tc.fn, "Send"), 0, f, "", nil, tp.funcs[tc.fn])
			if r := renderAll(got); !ok || !slices.Equal(r, want) {
				t.Errorf("%s: field %d at Send = %q, %v; want %q", tc.fn, f, r, ok, want)
			}
		}
	}
}

// lastCallIn returns the last call of a method named name in function fn.
func (tp *testPackage) lastCallIn(t *testing.T, fn, name string) *ast.CallExpr {
	t.Helper()
	var found *ast.CallExpr
	for _, d := range tp.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == fn {
			ast.Inspect(fd, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
						found = c
					}
				}
				return true
			})
		}
	}
	if found == nil {
		t.Fatalf("no call of %s in %s", name, fn)
	}
	return found
}

// TestFormatSetter checks a builder's setter that formats its caller's
// format (Pathf(format, args...) storing fmt.Sprintf(format, args...)):
// at a call, the field holds the caller's text, each verb unknown.
func TestFormatSetter(t *testing.T) {
	tp := buildTest(t, `
import "fmt"
type Request struct{ method, path string }
func NewRequest(method string) *Request { return &Request{method: method} }
func (r *Request) Path(p string) *Request { r.path = p; return r }
func (r *Request) Pathf(format string, args ...any) *Request { return r.Path(fmt.Sprintf(format, args...)) }
func Do(r *Request) {}
func f(id string) {
	Do(NewRequest("GET").Pathf("/restapi/v1.0/account/~/recording/%s/content", id))
}`)
	e, ok := tp.prog.Effects(tp.method("Request", "Pathf"))
	if want := []string{render(Str{{Param: formatParam(0), IsParam: true}})}; !ok || !slices.Equal(renderAll(e.Receiver[1]), want) {
		t.Fatalf("Effects(Pathf).Receiver[path] = %q, %v; want the caller's format %q", renderAll(e.Receiver[1]), ok, want)
	}
	got, ok := tp.prog.Projection(tp.call(t, "Do"), 1, 1, "", nil, tp.funcs["f"])
	if r, want := renderAll(got), []string{"/restapi/v1.0/account/~/recording/{$0}/content"}; !ok || !slices.Equal(r, want) {
		t.Errorf("path at Do = %q, %v; want %q", r, ok, want)
	}
}

// TestParsedParameterPath checks the path read off url.Parse of a string
// parameter (rel, _ := url.Parse(p); c.baseURL.JoinPath(rel.Path)): the
// parameter, which callers pass as a route, not the empty path of an
// origin.
func TestParsedParameterPath(t *testing.T) {
	tp := buildTest(t, `
import "net/url"
type Client struct{ baseURL *url.URL }
func New(base string) *Client { u, _ := url.Parse(base); return &Client{baseURL: u} }
func sink(string) {}
func (c *Client) newRequest(p string) {
	rel, err := url.Parse(p)
	if err != nil {
		return
	}
	u := c.baseURL.JoinPath(rel.Path)
	u.RawQuery = rel.RawQuery
	sink(u.String())
}`)
	m := tp.method("Client", "newRequest")
	strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], m)
	if got, want := renderAll(strs), []string{"{$256}/{$0}?{}"}; !ok || !slices.Equal(got, want) {
		t.Errorf("Strings = %q, %v; want %q", got, ok, want)
	}
}

// navigation is a path builder whose nodes embed it: Account and
// Extension hold a Resource by value (through an alias), and its promoted
// methods read the path of the one they hold.
const navigation = `
import "path"
type Client struct{ server string }
type Resource struct {
	c    *Client
	path string
}
func (r Resource) Child(elem ...string) Resource {
	return Resource{c: r.c, path: path.Join(append([]string{r.path}, elem...)...)}
}
func (r Resource) Get() {}
type node = Resource
type Account struct{ node }
func (c *Client) Account(id string) Account {
	return Account{node{c: c, path: "/restapi/v1.0/account/" + id}}
}
func (a Account) Extension(id string) Extension    { return Extension{a.Child("extension", id)} }
func (a Account) Resource(elem ...string) Resource { return a.Child(elem...) }
type Extension struct{ node }
func (e Extension) Resource(elem ...string) Resource { return e.Child(elem...) }
`

// TestEmbeddedReceiver: what a promoted method reads of its receiver is
// the embedded struct's field, as its holder holds it: built in place,
// returned by a chain of the package's methods, a child of a child.
func TestEmbeddedReceiver(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`r := Resource{nil, "/a"}; Extension{r.Child("b", p)}.Get()`, "/a/b/{$1}"},
		{`r := Resource{nil, "/a"}; e := Extension{r}; e.Get()`, "/a"},
		{`r := Resource{nil, "/a"}; x := r.Child("b"); e := Extension{x}; e.Get()`, "/a/b"},
		{`c.Account("~").Extension(p).Get()`, "/restapi/v1.0/account/~/extension/{$1}"},
		{`c.Account("~").Extension("~").Resource("presence").Get()`, "/restapi/v1.0/account/~/extension/~/presence"},
		{`e := c.Account("~").Extension("~"); e.Child("a", "b").Get()`, "/restapi/v1.0/account/~/extension/~/a/b"},
		{`e := c.Account("~").Extension("~"); e.node.path = "/x"; e.Get()`, "/x"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			tp := buildTest(t, navigation+"func f(c *Client, p string) {\n"+tc.body+"\n}\n")
			got, ok := tp.prog.Projection(tp.lastCallIn(t, "f", "Get"), 0, 1, "", nil, tp.funcs["f"])
			if r := renderAll(got); !ok || !slices.Equal(r, []string{tc.want}) {
				t.Errorf("Projection = %q, %v; want %q", r, ok, tc.want)
			}
		})
	}
}

// TestNestedEffects: a function's effects on the fields of the structs its
// result holds by value (nestedField), and, of a variadic one, with k
// variadic arguments each a parameter after the declared ones.
func TestNestedEffects(t *testing.T) {
	tp := buildTest(t, navigation)
	path := func(g int) int { n, _ := nestedField(g, 1); return n }
	recvPath := "{$" + strconv.Itoa(FieldParam(path(0))) + "}" // the receiver's embedded path
	for _, tc := range []struct {
		typ, method string
		field       int
		want        string   // of the plain effects
		variadic    []string // of k = 0, 1, 2 variadic arguments
	}{
		{"Client", "Account", path(0), "/restapi/v1.0/account/{$0}", nil},
		{"Account", "Extension", path(0), recvPath + "/extension/{$0}", nil},
		{"Resource", "Child", 1, "{}", []string{"{$257}", "{$257}/{$0}", "{$257}/{$0}/{$1}"}},
		{"Account", "Resource", 1, "{}", []string{recvPath, recvPath + "/{$0}", recvPath + "/{$0}/{$1}"}},
	} {
		e, ok := tp.prog.Effects(tp.method(tc.typ, tc.method))
		if !ok {
			t.Fatalf("%s.%s: no effects", tc.typ, tc.method)
		}
		if got := renderAll(e.Result[tc.field]); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s.%s: field %d = %q, want %q", tc.typ, tc.method, tc.field, got, tc.want)
		}
		for k, want := range tc.variadic {
			if k >= len(e.Variadic) {
				t.Errorf("%s.%s: %d variadic effects, want %d", tc.typ, tc.method, len(e.Variadic), len(tc.variadic))
				break
			}
			if got := renderAll(e.Variadic[k].Result[tc.field]); !slices.Equal(got, []string{want}) {
				t.Errorf("%s.%s with %d: field %d = %q, want %q", tc.typ, tc.method, k, tc.field, got, want)
			}
		}
	}
}

// TestConstructorWithConstants: a constructor whose field a summary in
// terms of its parameters cannot tell (it cuts "METHOD /path" apart, and
// the parameter may hold the space or not) is followed at a call passing
// constants, with them bound: each call's own path.
func TestConstructorWithConstants(t *testing.T) {
	tp := buildTest(t, `
import "strings"

type route struct{ method, target string }

func spec(s string) route {
	m, p, _ := strings.Cut(s, " ")
	return route{method: m, target: p}
}

func sink(m, u string) {}

func f() {
	r := spec("PUT /restapi/v1.0/account/~/extension/~/presence")
	sink(r.method, r.target)
}
`)
	c := tp.call(t, "sink")
	for i, want := range []string{"PUT", "/restapi/v1.0/account/~/extension/~/presence"} {
		got, ok := tp.prog.Strings(c.Args[i], tp.funcs["f"])
		if r := renderAll(got); !ok || !slices.Equal(r, []string{want}) {
			t.Errorf("argument %d = %q, want %q", i, r, want)
		}
	}
	e, _ := tp.prog.Effects(tp.funcs["spec"])
	if got := rendered(e.Result); fmt.Sprint(got[1]) != "[{}]" {
		t.Errorf("spec's summary of target = %v, want unknown: its parameter may hold the space anywhere", got[1])
	}
}

// TestReturnedFunctionParams checks a request in a closure a function
// returns, two levels down: its route reads the parameters of what the
// function returns (ResultParam), level by level, beside its own.
func TestReturnedFunctionParams(t *testing.T) {
	tp := buildTest(t, `
import "path"

type Lister func(q string) error

type Client struct{}

func sink(m, u string) {}

func (c *Client) Under(prefix string) func(rel string) Lister {
	return func(rel string) Lister {
		p := path.Join(prefix, rel)
		return func(q string) error {
			sink("GET", p)
			return nil
		}
	}
}

func (c *Client) Sending(method string) func(prefix string) func(rel string) Lister {
	return func(prefix string) func(rel string) Lister {
		return func(rel string) Lister {
			return func(q string) error {
				sink(method, prefix+"/"+rel)
				return nil
			}
		}
	}
}

// Kept: a closure not returned reads its callers' arguments.
func (c *Client) Each(rels []string) {
	get := func(rel string) { sink("GET", "/restapi/v1.0/"+rel) }
	get("account/~")
}
`)
	for _, tc := range []struct{ method, want string }{
		{"Under", fmt.Sprintf("{$0}/{$%d}", ResultParam(1, 0))},
		{"Sending", fmt.Sprintf("{$%d}/{$%d}", ResultParam(1, 0), ResultParam(2, 0))},
		{"Each", "/restapi/v1.0/account/~"},
	} {
		fn := tp.method("Client", tc.method)
		var call *ast.CallExpr
		ast.Inspect(tp.file, func(n ast.Node) bool {
			if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name == tc.method {
				ast.Inspect(fd, func(n ast.Node) bool {
					if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "sink" {
						call = c
					}
					return true
				})
			}
			return true
		})
		got, ok := tp.prog.Strings(call.Args[1], fn)
		if r := renderAll(got); !ok || !slices.Equal(r, []string{tc.want}) {
			t.Errorf("%s: route = %q, want %q", tc.method, r, tc.want)
		}
	}
}

// TestEffectsReadWhatTheFunctionSet holds a field of the receiver read
// after the function set it to what the setting left: a builder
// appending a segment, then another.
func TestEffectsReadWhatTheFunctionSet(t *testing.T) {
	tp := buildTest(t, `
type Request struct {
	verb     string
	resource []string
}
func (r *Request) Two(name, id string) *Request {
	r.resource = append(r.resource, name)
	r.resource = append(r.resource, id)
	return r
}
func (r *Request) Maybe(name, id string) *Request {
	r.resource = append(r.resource, name)
	if id != "" {
		r.resource = append(r.resource, id)
	}
	return r
}
func (r *Request) Path(p string) *Request {
	r.verb = p
	r.verb = r.verb + "/x"
	return r
}`)
	for _, tc := range []struct {
		method string
		field  int
		want   []string
	}{
		{"Two", 1, []string{"{$257}{$0}\ue000{$1}\ue000"}},
		{"Maybe", 1, []string{"{$257}{$0}\ue000", "{$257}{$0}\ue000{$1}\ue000"}},
		{"Path", 0, []string{"{$0}/x"}},
	} {
		e, ok := tp.prog.Effects(tp.method("Request", tc.method))
		if got := renderAll(e.Receiver[tc.field]); !ok || !slices.Equal(got, tc.want) {
			t.Errorf("%s: receiver field %d = %q, %v; want %q", tc.method, tc.field, got, ok, tc.want)
		}
	}
}
