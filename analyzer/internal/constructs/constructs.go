package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A kind is what the carried string holds: a RingCentral route alone
// ("/restapi/v1.0/account/~/call-log"), to which the request adds the
// server, or the whole URL, server and route.
type kind int

const (
	keep    kind = iota // any: the construct gives the kind it takes
	route               // "/restapi/v1.0/account/~/call-log"
	fullURL             // "https://platform.ringcentral.com/restapi/..."
)

// A construct is one way Go carries a value. Gen writes the code that takes
// the value of the expression in through the construct; k writes the rest
// of the case (the constructs after this one, then the request) given the
// expression that holds the value after it, in the scope where k's code is
// placed. Gen returns the statements that go where the value arrives, and
// may add package-level declarations with g.decl.
type construct struct {
	name string
	doc  string
	// needs is the kind the construct takes, to the kind it gives; keep
	// (the zero value) for both when it takes either and passes it on.
	needs, to kind
	// source: the construct starts from the literal itself (a constant, a
	// package-level variable, init): it can only come first, and Gen gets
	// the route's text in lit rather than an expression.
	source bool
	// once: the construct puts code in another package, and cannot follow
	// one that does (a second hop would need a third).
	once bool
	gen  func(g *gen, in string, k func(string) string) string
}

// takes reports whether the construct accepts a value of kind k.
func (c *construct) takes(k kind) bool { return c.needs == keep || c.needs == k }

// gives is the kind of the value after the construct, given one of kind k.
func (c *construct) gives(k kind) kind {
	if c.to == keep {
		return k
	}
	return c.to
}

// The routes: theRoute is the one every case carries; otherRoute is the
// second route of constructs that choose between two (switch, if/else,
// tables). Both need ReadCallLog, which the manifest does not grant, so
// whichever the analysis follows, the finding is the same.
const (
	theRoute   = "/restapi/v1.0/account/~/call-log"
	otherRoute = "/restapi/v1.0/account/~/extension/~/call-log"
	// grantedRoute needs ReadAccounts, which the manifest grants: a
	// trap's only request goes there.
	grantedRoute = "/restapi/v1.0/account/~/extension/~"
)

// ctxParam is the parameter every generated function that may hold the
// rest of the case takes.
const ctxParam = "ctx context.Context"

// all is the matrix: each construct alone, and each ordered pair of them
// that Go allows (see pairable).
var all = []*construct{
	// Functions.
	{name: "param", doc: "a function's parameter (a forwarder)", gen: func(g *gen, in string, k func(string) string) string {
		f := g.n("fetch")
		g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s(ctx, %s)\n", f, in)
	}},
	{name: "return", doc: "a function returning its parameter unchanged", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("routeOf"), g.n("r")
		g.decl("func %s(p string) string {\nreturn p\n}", f)
		return fmt.Sprintf("%s := %s(%s)\n%s", v, f, in, k(v))
	}},
	{name: "multireturn", doc: "the first of a function's two results, checked error", gen: func(g *gen, in string, k func(string) string) string {
		f, v, e := g.n("resolve"), g.n("r"), g.n("err")
		g.decl("func %s(p string) (string, error) {\nif p == \"\" {\nreturn \"\", errors.New(\"empty route\")\n}\nreturn p, nil\n}", f)
		g.use("errors")
		return fmt.Sprintf("%s, %s := %s(%s)\nif %s != nil {\npanic(%s)\n}\n%s", v, e, f, in, e, e, k(v))
	}},
	{name: "variadic", doc: "a variadic parameter, ranged over", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("fetchAll"), g.n("p")
		g.decl("func %s(%s, paths ...string) {\nfor _, %s := range paths {\n%s}\n}", f, ctxParam, v, k(v))
		return fmt.Sprintf("%s(ctx, %s)\n", f, in)
	}},
	{name: "generic", doc: "a generic function's parameter (a typed getter)", gen: func(g *gen, in string, k func(string) string) string {
		f := g.n("getJSON")
		g.decl("func %s[T any](%s, endpoint string) (T, error) {\nvar zero T\n%sreturn zero, nil\n}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("_, _ = %s[map[string]any](ctx, %s)\n", f, in)
	}},
	{name: "genericmethod", doc: "a parameter of a method of a generic type", gen: func(g *gen, in string, k func(string) string) string {
		t := g.n("client")
		g.decl("type %s[T any] struct {\nlast T\n}", t)
		g.decl("func (c *%s[T]) Get(%s, endpoint string) (T, error) {\n%sreturn c.last, nil\n}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("_, _ = (&%s[int]{}).Get(ctx, %s)\n", t, in)
	}},
	{name: "closure", doc: "a variable captured by a closure", gen: func(g *gen, in string, k func(string) string) string {
		v, f := g.n("p"), g.n("send")
		return fmt.Sprintf("%s := %s\n%s := func(ctx context.Context) {\n%s}\n%s(ctx)\n", v, in, f, k(v), f)
	}},
	{name: "curried", doc: "a function returning a function that, given the route, returns the closure making the request (under(prefix)(rel)(ctx))", gen: func(g *gen, in string, k func(string) string) string {
		u, p := g.n("under"), g.n("p")
		g.decl("func %s(prefix string) func(rel string) func(context.Context) {\nreturn func(rel string) func(context.Context) {\n%s := prefix + rel\nreturn func(ctx context.Context) {\n%s}\n}\n}", u, p, k(p))
		return fmt.Sprintf("%s(\"\")(%s)(ctx)\n", u, in)
	}},
	{name: "curriedstring", doc: "a string function partially applied: join(prefix) returns the function of the rest", gen: func(g *gen, in string, k func(string) string) string {
		j, f, v := g.n("join"), g.n("rest"), g.n("route")
		g.decl("func %s(prefix string) func(string) string {\nreturn func(rel string) string {\nreturn prefix + rel\n}\n}", j)
		return fmt.Sprintf("%s := %s(\"\")\n%s := %s(%s)\n%s", f, j, v, f, in, k(v))
	}},
	{name: "pkgcurriedstring", doc: "another package's string function partially applied: Join(prefix) returns the function of the rest", once: true, gen: func(g *gen, in string, k func(string) string) string {
		j, f, v := g.n("Join"), g.n("rest"), g.n("route")
		g.inLib(func() {
			g.decl("func %s(_ context.Context, prefix string) func(string) string {\nreturn func(rel string) string {\nreturn prefix + rel\n}\n}", j)
		})
		g.use(g.libPath)
		return fmt.Sprintf("%s := lib.%s(ctx, \"\")\n%s := %s(%s)\n%s", f, j, v, f, in, k(v))
	}},
	{name: "funcvalue", doc: "a function stored in a variable and called through it", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("fetch"), g.n("do")
		g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s := %s\n%s(ctx, %s)\n", v, f, v, in)
	}},
	{name: "funcmap", doc: "a function in a map of handlers, ranged over and called", gen: func(g *gen, in string, k func(string) string) string {
		f, m, h := g.n("fetch"), g.n("handlers"), g.n("h")
		g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s := map[string]func(context.Context, string){\"calls\": %s}\nfor _, %s := range %s {\n%s(ctx, %s)\n}\n", m, f, h, m, h, in)
	}},
	{name: "methodvalue", doc: "a method value (del := s.Delete; del(ctx, p))", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("service"), g.n("call")
		g.decl("type %s struct{ name string }", t)
		g.decl("func (s *%s) Call(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s := (&%s{}).Call\n%s(ctx, %s)\n", v, t, v, in)
	}},
	{name: "methodexpr", doc: "a method expression called directly ((*T).M(recv, ...))", gen: func(g *gen, in string, k func(string) string) string {
		t := g.n("service")
		g.decl("type %s struct{ name string }", t)
		g.decl("func (s *%s) Call(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("(*%s).Call(&%s{}, ctx, %s)\n", t, t, in)
	}},
	{name: "methodexprvalue", doc: "a method expression kept in a table's field, called with the receiver first", gen: func(g *gen, in string, k func(string) string) string {
		t, e, v := g.n("client"), g.n("exporter"), g.n("e")
		g.decl("type %s struct{ name string }", t)
		g.decl("func (c *%s) Get(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		g.decl("type %s struct {\nfetch func(*%s, context.Context, string)\n}", e, t)
		return fmt.Sprintf("%s := %s{fetch: (*%s).Get}\n%s.fetch(&%s{}, ctx, %s)\n", v, e, t, v, t, in)
	}},
	{name: "funcfield", doc: "a function-typed struct field set to a method value", gen: func(g *gen, in string, k func(string) string) string {
		t, a, v := g.n("transport"), g.n("api"), g.n("a")
		g.decl("type %s struct{}", t)
		g.decl("func (t %s) Send(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		g.decl("type %s struct {\nsend func(ctx context.Context, endpoint string)\n}", a)
		return fmt.Sprintf("%s := %s{send: %s{}.Send}\n%s.send(ctx, %s)\n", v, a, t, v, in)
	}},
	{name: "iface", doc: "an interface method call, one implementation returned by a constructor", gen: func(g *gen, in string, k func(string) string) string {
		i, t, f := g.n("getter"), g.n("httpGetter"), g.n("newGetter")
		g.decl("type %s interface {\nGet(ctx context.Context, endpoint string)\n}", i)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Get(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		g.decl("func %s() %s {\nreturn %s{}\n}", f, i, t)
		return fmt.Sprintf("%s().Get(ctx, %s)\n", f, in)
	}},
	{name: "decorator", doc: "a logging decorator that embeds the client's interface", gen: func(g *gen, in string, k func(string) string) string {
		i, t, d := g.n("doer"), g.n("base"), g.n("logging")
		g.decl("type %s interface {\nGet(ctx context.Context, endpoint string)\n}", i)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Get(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		g.decl("type %s struct {\n%s\n}", d, i)
		g.decl("func (l %s) Get(ctx context.Context, endpoint string) {\nlog.Printf(\"GET %%s\", endpoint)\nl.%s.Get(ctx, endpoint)\n}", d, i)
		g.use("log")
		v := g.n("c")
		return fmt.Sprintf("var %s %s = %s{%s{}}\n%s.Get(ctx, %s)\n", v, i, d, t, v, in)
	}},

	{name: "funcadapter", doc: "a function converted to a func type whose method calls it (http.HandlerFunc style)", gen: func(g *gen, in string, k func(string) string) string {
		t, f := g.n("getFunc"), g.n("fetch")
		g.decl("type %s func(ctx context.Context, endpoint string)", t)
		g.decl("func (f %s) Get(ctx context.Context, endpoint string) {\nf(ctx, endpoint)\n}", t)
		g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s(%s).Get(ctx, %s)\n", t, f, in)
	}},
	{name: "pkgparam", doc: "a parameter of a forwarder in another package", once: true, gen: func(g *gen, in string, k func(string) string) string {
		f := g.n("Fetch")
		g.inLib(func() {
			g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, %s)\n", f, in)
	}},
	{name: "pkgscope", doc: "a scope another package's constructor makes, kept in a service's field: the service calls the scope's method, which requests the path the scope holds", once: true, gen: func(g *gen, in string, k func(string) string) string {
		sc, f, m, sv, v := g.n("Scope"), g.n("NewScope"), g.n("List"), g.n("service"), g.n("svc")
		g.inLib(func() {
			g.decl("type %s struct{ path string }", sc)
			g.decl("func %s(_ context.Context, p string) %s {\nreturn %s{path: p}\n}", f, sc, sc)
			g.decl("func (s %s) %s(%s) {\n%s}", sc, m, ctxParam, k("s.path"))
		})
		g.use(g.libPath)
		g.decl("type %s struct{ calls lib.%s }", sv, sc)
		g.decl("func (s *%s) run(ctx context.Context) {\ns.calls.%s(ctx)\n}", sv, m)
		return fmt.Sprintf("%s := &%s{calls: lib.%s(ctx, %s)}\n%s.run(ctx)\n", v, sv, f, in, v)
	}},
	{name: "pkgcmdqueue", doc: "a command of the package's own handed to another package's queue, whose worker requests what the command's method returns", once: true, gen: func(g *gen, in string, k func(string) string) string {
		i, q, m, t, v := g.n("Command"), g.n("Queue"), g.n("Route"), g.n("fetch"), g.n("q")
		g.inLib(func() {
			g.decl("type %s interface{ %s() string }", i, m)
			g.decl("type %s struct{ ch chan %s }", q, i)
			g.decl("func New%s() *%s {\nreturn &%s{ch: make(chan %s, 1)}\n}", q, q, q, i)
			g.decl("func (q *%s) Enqueue(c %s) {\nq.ch <- c\n}", q, i)
			g.decl("func (q *%s) Run(ctx context.Context) {\nclose(q.ch)\nfor c := range q.ch {\nq.perform(ctx, c)\n}\n}", q)
			g.decl("func (q *%s) perform(%s, c %s) {\n%s}", q, ctxParam, i, k("c."+m+"()"))
		})
		g.use(g.libPath)
		g.decl("type %s struct{ route string }", t)
		g.decl("func (f %s) %s() string { return f.route }", t, m)
		return fmt.Sprintf("%s := lib.New%s()\n%s.Enqueue(%s{route: %s})\n%s.Run(ctx)\n", v, q, v, t, in, v)
	}},
	{name: "pkgexpand", doc: "a forwarder in another package filling a template's {placeholders} from its ...string parameter in a loop", once: true, gen: func(g *gen, in string, k func(string) string) string {
		f, x := g.n("Send"), g.n("expand")
		g.inLib(func() {
			g.use("strings")
			g.decl("func %s(tmpl string, args []string) string {\nvar b strings.Builder\nrest := tmpl\nfor i := 0; i < len(args); i++ {\nopen := strings.IndexByte(rest, '{')\nend := strings.IndexByte(rest, '}')\nif open < 0 || end < open {\nbreak\n}\nb.WriteString(rest[:open])\nb.WriteString(args[i])\nrest = rest[end+1:]\n}\nb.WriteString(rest)\nreturn b.String()\n}", x)
			g.decl("func %s(%s, tmpl string, args ...string) {\np := %s(tmpl, args)\n%s}", f, ctxParam, x, k("p"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, \"{route}\", %s)\n", f, in)
	}},
	{name: "pkgoption", doc: "a functional option of another package (Path(p) returning func(*spec)) applied by its Do", once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, o, f, d := g.n("spec"), g.n("Option"), g.n("Path"), g.n("Do")
		g.inLib(func() {
			g.decl("type %s struct{ path string }\n\ntype %s func(*%s)\n\nfunc %s(p string) %s {\nreturn func(s *%s) { s.path = p }\n}", t, o, t, f, o, t)
			g.decl("func %s(%s, opts ...%s) {\nvar s %s\nfor _, opt := range opts {\nopt(&s)\n}\n%s}", d, ctxParam, o, t, k("s.path"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, lib.%s(%s))\n", d, f, in)
	}},
	{name: "pkgoptionorder", doc: "options of another package run in order on a spec: a later Path option replaces an earlier one's route", once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, o, f, d := g.n("spec"), g.n("Option"), g.n("Path"), g.n("Send")
		g.inLib(func() {
			g.decl("type %s struct{ path string }\n\ntype %s func(*%s)\n\nfunc %s(p string) %s {\nreturn func(s *%s) { s.path = p }\n}", t, o, t, f, o, t)
			g.decl("func %s(%s, opts ...%s) {\ns := %s{path: %s}\nfor _, opt := range opts {\nopt(&s)\n}\n%s}", d, ctxParam, o, t, g.other(), k("s.path"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, lib.%s(%s), lib.%s(%s))\n", d, f, g.other(), f, in)
	}},
	{name: "localoptions", doc: "options of the package, collected in a list, run in order on a spec whose default route they replace", gen: func(g *gen, in string, k func(string) string) string {
		t, o, f, d, l := g.n("spec"), g.n("option"), g.n("withPath"), g.n("send"), g.n("opts")
		g.decl("type %s struct{ path string }\n\ntype %s func(*%s)\n\nfunc %s(p string) %s {\nreturn func(s *%s) { s.path = p }\n}", t, o, t, f, o, t)
		g.decl("func %s(%s, opts ...%s) {\ns := &%s{path: %s}\nfor _, opt := range opts {\nopt(s)\n}\n%s}", d, ctxParam, o, t, g.other(), k("s.path"))
		return fmt.Sprintf("%s := []%s{}\n%s = append(%s, %s(%s))\n%s(ctx, %s...)\n", l, o, l, l, f, in, d, l)
	}},
	{name: "pkgurloption", doc: "an option of another package (WithPath(p) returning func(*url.URL)) applied in order by its Send to the URL it requests", needs: route, to: fullURL, once: true, gen: func(g *gen, in string, k func(string) string) string {
		o, w, f := g.n("URLOption"), g.n("WithPath"), g.n("Send")
		g.inLib(func() {
			g.use("net/url")
			g.decl("type %s func(*url.URL)\n\nfunc %s(p string) %s {\nreturn func(u *url.URL) { u.Path = p }\n}", o, w, o)
			g.decl("func %s(%s, opts ...%s) {\nu := &url.URL{Scheme: \"https\", Host: %s}\nfor _, opt := range opts {\nopt(u)\n}\n%s}", f, ctxParam, o, g.host(), k("u.String()"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, lib.%s(%s))\n", f, w, in)
	}},
	{name: "iterator", doc: "a range-over-func iterator: a method returns a func that reads its receiver's field into the request", gen: func(g *gen, in string, k func(string) string) string {
		t, c := g.n("pager"), g.n("newPager")
		g.decl("type %s struct{ path string }\n\nfunc %s(p string) *%s {\nreturn &%s{path: p}\n}", t, c, t, t)
		g.decl("func (p *%s) Pages(%s) func(yield func(int) bool) {\nreturn func(yield func(int) bool) {\n%s}\n}", t, ctxParam, k("p.path"))
		return fmt.Sprintf("for range %s(%s).Pages(ctx) {\n}\n", c, in)
	}},
	{name: "pkgiterator", doc: "an iterator of another package's generic collection (iter.Seq2), ranged over", once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, c := g.n("Collection"), g.n("NewCollection")
		g.inLib(func() {
			g.use("iter")
			g.decl("type %s[T any] struct{ base string }\n\nfunc %s[T any](base string) *%s[T] {\nreturn &%s[T]{base: base}\n}", t, c, t, t)
			g.decl("func (col *%s[T]) Items(%s) iter.Seq2[T, error] {\nreturn func(yield func(T, error) bool) {\n%s}\n}", t, ctxParam, k("col.base"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("for range lib.%s[string](%s).Items(ctx) {\n}\n", c, in)
	}},
	{name: "pkggeneric", doc: "a generic type of another package: its constructor stores the value, its method reads it into the request", once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, c := g.n("Resource"), g.n("NewResource")
		g.inLib(func() {
			g.decl("type %s[T any] struct {\nlast T\npath string\n}\n\nfunc %s[T any](p string) *%s[T] {\nreturn &%s[T]{path: p}\n}", t, c, t, t)
			g.decl("func (r *%s[T]) Load(%s) {\n%s}", t, ctxParam, k("r.path"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s[int](%s).Load(ctx)\n", c, in)
	}},
	{name: "pkgiface", doc: "an interface of another package, called there, implemented where main wires it in", once: true, gen: func(g *gen, in string, k func(string) string) string {
		i, c, t := g.n("Getter"), g.n("Call"), g.n("impl")
		g.inLib(func() {
			g.decl("type %s interface {\nGet(ctx context.Context, endpoint string)\n}", i)
			g.decl("func %s(%s, getter %s, endpoint string) {\ngetter.Get(ctx, endpoint)\n}", c, ctxParam, i)
		})
		g.use(g.libPath)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Get(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("lib.%s(ctx, %s{}, %s)\n", c, t, in)
	}},

	{name: "fluentiface", doc: "a fluent builder behind an interface: value-receiver methods return the receiver boxed, Do reads its field", gen: func(g *gen, in string, k func(string) string) string {
		i, t := g.n("Builder"), g.n("builder")
		g.decl("type %s interface {\nRoute(p string) %s\nSend(ctx context.Context)\n}", i, i)
		g.decl("type %s struct{ route string }", t)
		g.decl("func (b %s) Route(p string) %s {\nb.route = p\nreturn b\n}", t, i)
		g.decl("func (b %s) Send(%s) {\n%s}", t, ctxParam, k("b.route"))
		return fmt.Sprintf("var start %s = %s{}\nstart.Route(%s).Send(ctx)\n", i, t, in)
	}},

	{name: "cmdqueue", doc: "a command queued on a channel field: a worker takes the interface value off it and hands it to a method that requests what its method returns", gen: func(g *gen, in string, k func(string) string) string {
		i, t, q, m, v := g.n("command"), g.n("fetch"), g.n("queue"), g.n("Route"), g.n("q")
		g.decl("type %s interface{ %s() string }", i, m)
		g.decl("type %s struct{ route string }", t)
		g.decl("func (f %s) %s() string { return f.route }", t, m)
		g.decl("type %s struct{ ch chan %s }", q, i)
		g.decl("func (q *%s) run(ctx context.Context) {\nfor c := range q.ch {\nq.perform(ctx, c)\n}\n}", q)
		g.decl("func (q *%s) perform(%s, c %s) {\n%s}", q, ctxParam, i, k("c."+m+"()"))
		return fmt.Sprintf("%s := &%s{ch: make(chan %s, 1)}\n%s.ch <- %s{route: %s}\nclose(%s.ch)\n%s.run(ctx)\n", v, q, i, v, t, in, v, v)
	}},

	// Structs.
	{name: "structfield", doc: "a field of a struct literal", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("endpoint"), g.n("e")
		g.decl("type %s struct {\nMethod, Path string\n}", t)
		return fmt.Sprintf("%s := %s{Method: \"GET\", Path: %s}\n%s", v, t, in, k(v+".Path"))
	}},
	{name: "constructor", doc: "a field set by a constructor returning a pointer", gen: func(g *gen, in string, k func(string) string) string {
		t, f, v := g.n("config"), g.n("newConfig"), g.n("cfg")
		g.decl("type %s struct {\nRoute string\nRetries int\n}", t)
		g.decl("func %s(route string) *%s {\nreturn &%s{Route: route, Retries: 3}\n}", f, t, t)
		return fmt.Sprintf("%s := %s(%s)\n%s", v, f, in, k(v+".Route"))
	}},
	{name: "setter", doc: "a setter stores the value in a field; a later method reads it into the request", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("client"), g.n("c")
		g.decl("type %s struct {\npath string\n}", t)
		g.decl("func (c *%s) SetPath(p string) {\nc.path = p\n}", t)
		g.decl("func (c *%s) Do(%s) {\n%s}", t, ctxParam, k("c.path"))
		return fmt.Sprintf("%s := &%s{}\n%s.SetPath(%s)\n%s.Do(ctx)\n", v, t, v, in, v)
	}},
	{name: "embedded", doc: "a promoted method of an embedded struct", gen: func(g *gen, in string, k func(string) string) string {
		b, s := g.n("base"), g.n("service")
		g.decl("type %s struct{ retries int }", b)
		g.decl("func (b *%s) Send(%s, endpoint string) {\n%s}", b, ctxParam, k("endpoint"))
		g.decl("type %s struct {\n*%s\nname string\n}", s, b)
		return fmt.Sprintf("%s{%s: &%s{}, name: \"calls\"}.Send(ctx, %s)\n", s, b, b, in)
	}},
	{name: "embeddedfield", doc: "an embedded struct's field read by its promoted method", gen: func(g *gen, in string, k func(string) string) string {
		b, s, v := g.n("base"), g.n("service"), g.n("s")
		g.decl("type %s struct {\npath string\n}", b)
		g.decl("func (b %s) Send(%s) {\n%s}", b, ctxParam, k("b.path"))
		g.decl("type %s struct {\n%s\nname string\n}", s, b)
		return fmt.Sprintf("%s := %s{%s: %s{path: %s}, name: \"calls\"}\n%s.Send(ctx)\n", v, s, b, b, in, v)
	}},
	{name: "builder", doc: "chained builder methods set fields that Do reads", gen: func(g *gen, in string, k func(string) string) string {
		t := g.n("request")
		g.decl("type %s struct {\nmethod, path string\nquery map[string]string\n}", t)
		g.decl("func (r *%s) Method(m string) *%s {\nr.method = m\nreturn r\n}", t, t)
		g.decl("func (r *%s) Path(p string) *%s {\nr.path = p\nreturn r\n}", t, t)
		g.decl("func (r *%s) Query(q map[string]string) *%s {\nr.query = q\nreturn r\n}", t, t)
		g.decl("func (r *%s) Do(%s) {\n%s}", t, ctxParam, k("r.path"))
		return fmt.Sprintf("new(%s).Method(\"GET\").Path(%s).Query(nil).Do(ctx)\n", t, in)
	}},
	{name: "structloop", doc: "a loop over a slice of {method, path} struct literals", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("endpoint"), g.n("e")
		g.decl("type %s struct {\nmethod, path string\n}", t)
		return fmt.Sprintf("for _, %s := range []%s{{\"GET\", %s}, {\"GET\", %s}} {\n%s}\n", v, t, in, g.other(), k(v+".path"))
	}},
	{name: "structparam", doc: "a struct passed to a function that reads its field", gen: func(g *gen, in string, k func(string) string) string {
		t, f := g.n("endpoint"), g.n("send")
		g.decl("type %s struct {\nMethod, Path string\n}", t)
		g.decl("func %s(%s, e %s) {\n%s}", f, ctxParam, t, k("e.Path"))
		return fmt.Sprintf("%s(ctx, %s{Method: \"GET\", Path: %s})\n", f, t, in)
	}},
	{name: "funcoption", doc: "a functional option setting a field that Do reads", gen: func(g *gen, in string, k func(string) string) string {
		t, o, w, nw := g.n("request"), g.n("option"), g.n("withPath"), g.n("newRequest")
		g.decl("type %s struct {\npath string\n}", t)
		g.decl("type %s func(*%s)", o, t)
		g.decl("func %s(p string) %s {\nreturn func(r *%s) {\nr.path = p\n}\n}", w, o, t)
		g.decl("func %s(opts ...%s) *%s {\nr := &%s{}\nfor _, o := range opts {\no(r)\n}\nreturn r\n}", nw, o, t, t)
		g.decl("func (r *%s) Do(%s) {\n%s}", t, ctxParam, k("r.path"))
		return fmt.Sprintf("%s(%s(%s)).Do(ctx)\n", nw, w, in)
	}},
	{name: "pointer", doc: "a pointer to a string variable, dereferenced", gen: func(g *gen, in string, k func(string) string) string {
		v, p := g.n("r"), g.n("p")
		return fmt.Sprintf("%s := %s\n%s := &%s\n%s", v, in, p, v, k("*"+p))
	}},
	{name: "typeswitch", doc: "boxed as any and turned back into text by a helper's type switch", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("text"), g.n("p")
		g.use("fmt")
		g.decl("func %s(v any) string {\nswitch x := v.(type) {\ncase string:\nreturn x\ncase fmt.Stringer:\nreturn x.String()\ncase int:\nreturn fmt.Sprint(x)\n}\nreturn \"\"\n}", f)
		return fmt.Sprintf("%s := %s(%s)\n%s", v, f, in, k(v))
	}},
	{name: "anyassert", doc: "boxed in an any and type-asserted back", gen: func(g *gen, in string, k func(string) string) string {
		v, s := g.n("v"), g.n("s")
		return fmt.Sprintf("var %s any = %s\n%s, _ := %s.(string)\n%s", v, in, s, v, k(s))
	}},
	{name: "namedstring", doc: "a conversion to a named string type and back", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("Route"), g.n("r")
		g.decl("type %s string", t)
		return fmt.Sprintf("%s := %s(%s)\n%s", v, t, in, k("string("+v+")"))
	}},

	// Control flow and concurrency.
	{name: "defer", doc: "a deferred function literal given the value as argument", gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("p")
		return fmt.Sprintf("defer func(%s string) {\n%s}(%s)\n", v, k(v), in)
	}},
	{name: "goroutine", doc: "a go statement, joined with sync.WaitGroup", gen: func(g *gen, in string, k func(string) string) string {
		w, v := g.n("wg"), g.n("p")
		g.use("sync")
		return fmt.Sprintf("var %s sync.WaitGroup\n%s.Add(1)\ngo func(%s string) {\ndefer %s.Done()\n%s}(%s)\n%s.Wait()\n", w, w, v, w, k(v), in, w)
	}},
	{name: "errgroup", doc: "a closure run by an errgroup-style Go(func() error)", gen: func(g *gen, in string, k func(string) string) string {
		t, v, p := g.n("group"), g.n("g"), g.n("p")
		g.use("sync")
		g.decl("type %s struct {\nwg sync.WaitGroup\nerr error\n}", t)
		g.decl("func (g *%s) Go(f func() error) {\ng.wg.Add(1)\ngo func() {\ndefer g.wg.Done()\nif err := f(); err != nil {\ng.err = err\n}\n}()\n}", t)
		g.decl("func (g *%s) Wait() error {\ng.wg.Wait()\nreturn g.err\n}", t)
		return fmt.Sprintf("var %s %s\n%s := %s\n%s.Go(func() error {\n%sreturn nil\n})\n_ = %s.Wait()\n", v, t, p, in, v, k(p), v)
	}},
	{name: "channel", doc: "a channel send and receive", gen: func(g *gen, in string, k func(string) string) string {
		c, v := g.n("ch"), g.n("p")
		return fmt.Sprintf("%s := make(chan string, 1)\n%s <- %s\n%s := <-%s\n%s", c, c, in, v, c, k(v))
	}},
	{name: "switch", doc: "a switch assigning one of two routes", gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("p")
		return fmt.Sprintf("var %s string\nswitch ctx.Value(\"scope\") {\ncase \"extension\":\n%s = %s\ndefault:\n%s = %s\n}\n%s", v, v, g.other(), v, in, k(v))
	}},
	{name: "typecase", doc: "a command struct holding the route, passed as an interface to a function whose type switch reads it in its case", gen: func(g *gen, in string, k func(string) string) string {
		a, b, i, f := g.n("cmdRoute"), g.n("cmdOther"), g.n("command"), g.n("execute")
		g.decl("type %s interface{ isCommand() }\n\ntype %s struct{ route string }\n\ntype %s struct{ id int }\n\nfunc (%s) isCommand() {}\n\nfunc (%s) isCommand() {}", i, a, b, a, b)
		g.decl("func %s(%s, c %s) {\nswitch c := c.(type) {\ncase %s:\n%scase %s:\n_ = c.id\n}\n}", f, ctxParam, i, a, k("c.route"), b)
		return fmt.Sprintf("%s(ctx, %s{route: %s})\n", f, a, in)
	}},
	{name: "ifelse", doc: "if/else assigning one of two routes", gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("p")
		return fmt.Sprintf("var %s string\nif ctx.Value(\"scope\") == nil {\n%s = %s\n} else {\n%s = %s\n}\n%s", v, v, in, v, g.other(), k(v))
	}},
	{name: "retry", doc: "the request made in a retry loop", gen: func(g *gen, in string, k func(string) string) string {
		v, p := g.n("attempt"), g.n("p")
		return fmt.Sprintf("%s := %s\nfor %s := 0; %s < 3; %s++ {\n%sif ctx.Err() != nil {\nbreak\n}\n}\n", p, in, v, v, v, k(p))
	}},
	{name: "once", doc: "a value computed once by sync.Once", gen: func(g *gen, in string, k func(string) string) string {
		o, v := g.n("once"), g.n("p")
		g.use("sync")
		return fmt.Sprintf("var %s sync.Once\nvar %s string\n%s.Do(func() {\n%s = %s\n})\n%s", o, v, o, v, in, k(v))
	}},

	// Enums: a helper picks the route by a constant of an enum type.
	{name: "enumtable", doc: "an array indexed by an enum constant in a helper", gen: func(g *gen, in string, k func(string) string) string {
		t, pick, v := g.n("kind"), g.n("pick"), g.n("p")
		g.decl("type %s int\n\nconst (\n%sOther %s = iota\n%sMine\n)\n\nfunc %s(k %s, other, mine string) string {\nt := [...]string{%sOther: other, %sMine: mine}\nreturn t[k]\n}", t, t, t, t, pick, t, t, t)
		return fmt.Sprintf("%s := %s(%sMine, %s, %s)\n%s", v, pick, t, g.other(), in, k(v))
	}},
	{name: "enumswitch", doc: "a switch over an enum constant in a helper", gen: func(g *gen, in string, k func(string) string) string {
		t, pick, v := g.n("scope"), g.n("choose"), g.n("p")
		g.decl("type %s int\n\nconst (\n%sOther %s = iota\n%sMine\n)\n\nfunc %s(s %s, other, mine string) string {\nswitch s {\ncase %sOther:\nreturn other\n}\nreturn mine\n}", t, t, t, t, pick, t, t)
		return fmt.Sprintf("%s := %s(%sMine, %s, %s)\n%s", v, pick, t, g.other(), in, k(v))
	}},
	{name: "enummap", doc: "a map looked up by an enum constant in a helper", gen: func(g *gen, in string, k func(string) string) string {
		t, pick, v := g.n("op"), g.n("look"), g.n("p")
		g.decl("type %s int\n\nconst (\n%sOther %s = iota + 1\n%sMine\n)\n\nfunc %s(o %s, other, mine string) string {\nm := map[%s]string{%sOther: other, %sMine: mine}\nreturn m[o]\n}", t, t, t, t, pick, t, t, t, t)
		return fmt.Sprintf("%s := %s(%sMine, %s, %s)\n%s", v, pick, t, g.other(), in, k(v))
	}},

	{name: "mapfill", doc: "a forwarder filling its template's {placeholders} from a map of parameters, strings.ReplaceAll in a loop over it", gen: func(g *gen, in string, k func(string) string) string {
		f := g.n("send")
		g.use("strings")
		g.decl("func %s(%s, tmpl string, params map[string]string) {\nfor name, value := range params {\ntmpl = strings.ReplaceAll(tmpl, \"{\"+name+\"}\", value)\n}\n%s}", f, ctxParam, k("tmpl"))
		return fmt.Sprintf("%s(ctx, %s, map[string]string{\"accountId\": \"~\"})\n", f, in)
	}},
	{name: "accumulate", doc: "a helper concatenating its variadic parts in a range loop (p += part)", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("concatAll"), g.n("p")
		g.decl("func %s(parts ...string) string {\nvar p string\nfor _, part := range parts {\np += part\n}\nreturn p\n}", f)
		return fmt.Sprintf("%s := %s(%s)\n%s", v, f, in, k(v))
	}},
	{name: "expandloop", doc: "a helper filling a template's {placeholders} in a loop", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("expand"), g.n("p")
		g.use("strings")
		g.decl("func %s(tmpl string, params ...string) string {\ns := tmpl\nvar b strings.Builder\nfor _, p := range params {\nopen := strings.IndexByte(s, '{')\nif open < 0 {\nbreak\n}\nend := strings.IndexByte(s[open:], '}')\nif end < 0 {\nbreak\n}\nb.WriteString(s[:open])\nb.WriteString(p)\ns = s[open+end+1:]\n}\nb.WriteString(s)\nreturn b.String()\n}", f)
		return fmt.Sprintf("%s := %s(\"{route}\", %s)\n%s", v, f, in, k(v))
	}},

	{name: "texttemplate", doc: "a text/template parsed from the route and executed into a buffer", gen: func(g *gen, in string, k func(string) string) string {
		b, v := g.n("buf"), g.n("p")
		g.use("bytes")
		g.use("text/template")
		return fmt.Sprintf("var %s bytes.Buffer\nif err := template.Must(template.New(\"route\").Parse(%s)).Execute(&%s, nil); err != nil {\npanic(err)\n}\n%s := %s.String()\n%s", b, in, b, v, b, k(v))
	}},
	{name: "replacerpairs", doc: "a helper filling a template with a strings.Replacer whose pairs a loop builds from its ...string", gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("fill"), g.n("p")
		g.use("strings")
		g.decl("func %s(tmpl string, params ...string) string {\npairs := []string{\"{accountId}\", \"~\"}\nfor i := 0; i+1 < len(params); i += 2 {\npairs = append(pairs, params[i], params[i+1])\n}\nreturn strings.NewReplacer(pairs...).Replace(tmpl)\n}", f)
		return fmt.Sprintf("%s := %s(%s, \"{extensionId}\", \"~\")\n%s", v, f, in, k(v))
	}},
	{name: "pkgreplacer", doc: "a forwarder in another package filling its template with a strings.Replacer whose pairs a loop builds", once: true, gen: func(g *gen, in string, k func(string) string) string {
		f := g.n("Call")
		g.inLib(func() {
			g.use("strings")
			g.decl("func %s(%s, tmpl string, params ...string) {\npairs := []string{\"{accountId}\", \"~\"}\nfor i := 0; i+1 < len(params); i += 2 {\npairs = append(pairs, params[i], params[i+1])\n}\np := strings.NewReplacer(pairs...).Replace(tmpl)\n%s}", f, ctxParam, k("p"))
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, %s, \"{extensionId}\", \"~\")\n", f, in)
	}},
	{name: "pathvalue", doc: "an immutable path value: a struct of parts, Append returning a copy, String joining them", gen: func(g *gen, in string, k func(string) string) string {
		t, base, v := g.n("endpoint"), g.n("root"), g.n("p")
		g.use("strings")
		g.decl("type %s struct{ parts []string }\n\nfunc (e %s) Append(seg ...string) %s {\nparts := make([]string, 0, len(e.parts)+len(seg))\nparts = append(parts, e.parts...)\nreturn %s{parts: append(parts, seg...)}\n}\n\nfunc (e %s) String() string { return strings.Join(e.parts, \"\") }\n\nvar %s = %s{}", t, t, t, t, t, base, t)
		return fmt.Sprintf("%s := %s.Append(%s).String()\n%s", v, base, in, k(v))
	}},

	// Collections.
	{name: "slice", doc: "an element of a slice, by index", gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("routes")
		return fmt.Sprintf("%s := []string{%s, %s}\n%s", v, in, g.other(), k(v+"[0]"))
	}},
	{name: "append", doc: "appended to a slice, then ranged over", gen: func(g *gen, in string, k func(string) string) string {
		v, p := g.n("routes"), g.n("p")
		return fmt.Sprintf("var %s []string\n%s = append(%s, %s)\nfor _, %s := range %s {\n%s}\n", v, v, v, in, p, v, k(p))
	}},
	{name: "listhelper", doc: "a list through a helper that drops duplicates, then ranged over", gen: func(g *gen, in string, k func(string) string) string {
		f, v, p := g.n("unique"), g.n("routes"), g.n("p")
		g.decl("func %s(in []string) []string {\nseen := map[string]bool{}\nout := in[:0]\nfor _, s := range in {\nif !seen[s] {\nseen[s] = true\nout = append(out, s)\n}\n}\nreturn out\n}", f)
		return fmt.Sprintf("%s := %s([]string{%s})\nfor _, %s := range %s {\n%s}\n", v, f, in, p, v, k(p))
	}},
	{name: "guard", doc: "ranged over with a route of another API, used only under a test of its text", gen: func(g *gen, in string, k func(string) string) string {
		v, p := g.n("routes"), g.n("p")
		g.use("strings")
		other := strconv.Quote("/team-messaging/v1/chats")
		if g.kind == fullURL {
			other = g.server() + " + " + other
		}
		return fmt.Sprintf("%s := []string{%s, %s}\nfor _, %s := range %s {\nif strings.Contains(%s, \"/team-messaging/\") {\ncontinue\n}\n%s}\n", v, in, other, p, v, p, k(p))
	}},
	{name: "map", doc: "a map[string]string indexed by a constant key", gen: func(g *gen, in string, k func(string) string) string {
		m, c := g.n("routes"), g.n("keyCalls")
		g.decl("const %s = \"calls\"", c)
		return fmt.Sprintf("%s := map[string]string{%s: %s, \"extension\": %s}\n%s", m, c, in, g.other(), k(m+"["+c+"]"))
	}},

	// Strings and URLs.
	{name: "trim", doc: "strings.Trim of spaces", gen: func(g *gen, in string, k func(string) string) string {
		g.use("strings")
		return k("strings.Trim(" + in + ", \" \")")
	}},
	{name: "trimsuffix", doc: "strings.TrimSuffix of a trailing slash", gen: func(g *gen, in string, k func(string) string) string {
		g.use("strings")
		return k("strings.TrimSuffix(" + in + ", \"/\")")
	}},
	{name: "pathjoin", doc: "path.Join cleaning the route", needs: route, to: route, gen: func(g *gen, in string, k func(string) string) string {
		g.use("path")
		return k("path.Join(\"/\", " + in + ")")
	}},
	{name: "query", doc: "url.Parse, a query parameter set, String()", gen: func(g *gen, in string, k func(string) string) string {
		u, q := g.n("u"), g.n("q")
		g.use("net/url")
		return fmt.Sprintf("%s, _ := url.Parse(%s)\n%s := %s.Query()\n%s.Set(\"perPage\", \"100\")\n%s.RawQuery = %s.Encode()\n%s", u, in, q, u, q, u, q, k(u+".String()"))
	}},
	{name: "concat", doc: "concatenation of the server and the route", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("u")
		return fmt.Sprintf("%s := %s + %s\n%s", v, g.server(), in, k(v))
	}},
	{name: "sprintf", doc: "fmt.Sprintf of the server and the route", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		v := g.n("u")
		g.use("fmt")
		return fmt.Sprintf("%s := fmt.Sprintf(\"%%s%%s\", %s, %s)\n%s", v, g.server(), in, k(v))
	}},
	{name: "builderstr", doc: "strings.Builder WriteString of the server and the route", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		b := g.n("b")
		g.use("strings")
		return fmt.Sprintf("var %s strings.Builder\n%s.WriteString(%s)\n%s.WriteString(%s)\n%s", b, b, g.server(), b, in, k(b+".String()"))
	}},
	{name: "fprintf", doc: "fmt.Fprintf into a strings.Builder", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		b := g.n("b")
		g.use("strings")
		g.use("fmt")
		return fmt.Sprintf("var %s strings.Builder\nfmt.Fprintf(&%s, \"%%s%%s\", %s, %s)\n%s", b, b, g.server(), in, k(b+".String()"))
	}},
	{name: "bytesbuffer", doc: "a bytes.Buffer written by fmt.Fprintf and io.WriteString", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		b := g.n("buf")
		g.use("bytes")
		g.use("fmt")
		g.use("io")
		return fmt.Sprintf("var %s bytes.Buffer\nfmt.Fprintf(&%s, \"%%s\", %s)\nio.WriteString(&%s, %s)\n%s", b, b, g.server(), b, in, k(b+".String()"))
	}},
	{name: "joinpath", doc: "url.JoinPath of the server and the route", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		v, e := g.n("u"), g.n("err")
		g.use("net/url")
		return fmt.Sprintf("%s, %s := url.JoinPath(%s, %s)\nif %s != nil {\npanic(%s)\n}\n%s", v, e, g.server(), in, e, e, k(v))
	}},
	{name: "resolveref", doc: "url.Parse of server and route, base.ResolveReference(ref)", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		b, r := g.n("base"), g.n("ref")
		g.use("net/url")
		return fmt.Sprintf("%s, _ := url.Parse(%s)\n%s, _ := url.Parse(%s)\n%s", b, g.server(), r, in, k(b+".ResolveReference("+r+").String()"))
	}},
	{name: "urlstruct", doc: "&url.URL{Scheme, Host, Path: route} handed to a helper", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		f, u := g.n("urlString"), g.n("u")
		g.use("net/url")
		g.decl("func %s(u *url.URL) string {\nreturn u.String()\n}", f)
		return fmt.Sprintf("%s := &url.URL{Scheme: \"https\", Host: %s, Path: %s}\n%s", u, g.host(), in, k(f+"("+u+")"))
	}},

	{name: "urlfunc", doc: "a function value returning a *url.URL, handed to a helper that calls it and requests the URL", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		f, b := g.n("fetchURL"), g.n("at")
		g.use("net/url")
		g.decl("func %s(%s, at func() *url.URL) {\n%s}", f, ctxParam, k("at().String()"))
		return fmt.Sprintf("%s := func() *url.URL {\nreturn &url.URL{Scheme: \"https\", Host: %s, Path: %s}\n}\n%s(ctx, %s)\n", b, g.host(), in, f, b)
	}},
	{name: "pkgurlfunc", doc: "a method value of another package's URL builder (returning a *url.URL) handed to a pager that calls it", needs: route, to: fullURL, once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, f, v := g.n("URLs"), g.n("page"), g.n("urls")
		g.inLib(func() {
			g.use("net/url")
			g.decl("type %s struct{ Host, Path string }\n\nfunc (u *%s) At(_ context.Context, q url.Values) *url.URL {\nreturn &url.URL{Scheme: \"https\", Host: u.Host, Path: u.Path, RawQuery: q.Encode()}\n}", t, t)
		})
		g.use(g.libPath)
		g.use("net/url")
		g.decl("func %s(%s, at func(context.Context, url.Values) *url.URL) {\n%s}", f, ctxParam, k("at(ctx, url.Values{\"page\": {\"1\"}}).String()"))
		return fmt.Sprintf("%s := &lib.%s{Host: %s, Path: %s}\n%s(ctx, %s.At)\n", v, t, g.host(), in, f, v)
	}},
	{name: "pkgpager", doc: "a URL builder closure handed to another package's pager, which calls it in the goroutine of the source it returns and hands the URL to its getter", once: true, gen: func(g *gen, in string, k func(string) string) string {
		i, f, t := g.n("PageGetter"), g.n("Pages"), g.n("pageGetter")
		g.inLib(func() {
			g.decl("type %s interface {\nGet(ctx context.Context, endpoint string)\n}", i)
			g.decl("func %s(getter %s, urlFor func(page int) string) func(context.Context) <-chan int {\nreturn func(ctx context.Context) <-chan int {\nout := make(chan int)\ngo func() {\ndefer close(out)\nfor n := 1; n <= 3; n++ {\ngetter.Get(ctx, urlFor(n))\n}\n}()\nreturn out\n}\n}", f, i)
		})
		g.use(g.libPath)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Get(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("for range lib.%s(%s{}, func(int) string {\nreturn %s\n})(ctx) {\n}\n", f, t, in)
	}},
	{name: "pkgcallback", doc: "a function of the package handed as a value to another package's helper, which calls it with the route", once: true, gen: func(g *gen, in string, k func(string) string) string {
		w, f := g.n("Walk"), g.n("fetch")
		g.inLib(func() {
			g.decl("func %s(ctx context.Context, endpoint string, get func(context.Context, string)) {\nfor n := 0; n < 2; n++ {\nget(ctx, endpoint)\n}\n}", w)
		})
		g.use(g.libPath)
		g.decl("func %s(%s, endpoint string) {\n%s}", f, ctxParam, k("endpoint"))
		return fmt.Sprintf("lib.%s(ctx, %s, %s)\n", w, in, f)
	}},
	{name: "pkgport", doc: "a descriptor struct {Method, Path} another package's service hands to its port interface, implemented here", once: true, gen: func(g *gen, in string, k func(string) string) string {
		d, p, r, t := g.n("Desc"), g.n("Port"), g.n("Run"), g.n("port")
		g.inLib(func() {
			g.decl("type %s struct{ Method, Path string }", d)
			g.decl("type %s interface {\nSend(ctx context.Context, d %s)\n}", p, d)
			g.decl("func %s(ctx context.Context, p %s, path string) {\np.Send(ctx, %s{Method: \"GET\", Path: path})\n}", r, p, d)
		})
		g.use(g.libPath)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Send(%s, d lib.%s) {\n%s}", t, ctxParam, d, k("d.Path"))
		return fmt.Sprintf("lib.%s(ctx, %s{}, %s)\n", r, t, in)
	}},
	{name: "pkgfuncfield", doc: "a closure returning the route, stored in a function-typed field of another package's job struct, whose runner calls it and hands the result to its client interface, implemented here", once: true, gen: func(g *gen, in string, k func(string) string) string {
		j, d, r, t := g.n("Job"), g.n("Doer"), g.n("RunJobs"), g.n("doer")
		g.inLib(func() {
			g.decl("type %s struct {\nName string\nURL  func() string\n}", j)
			g.decl("type %s interface {\nDo(ctx context.Context, endpoint string)\n}", d)
			g.decl("func %s(ctx context.Context, d %s, jobs []%s) {\nfor _, j := range jobs {\nd.Do(ctx, j.URL())\n}\n}", r, d, j)
		})
		g.use(g.libPath)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Do(%s, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("lib.%s(ctx, %s{}, []lib.%s{{Name: \"job\", URL: func() string {\nreturn %s\n}}})\n", r, t, j, in)
	}},
	{name: "pkgeach", doc: "a closure handed to another package's generic helper, which calls it with each element of the list the caller gives", once: true, gen: func(g *gen, in string, k func(string) string) string {
		e := g.n("Each")
		g.inLib(func() {
			g.decl("func %s[T any](ctx context.Context, items []T, f func(context.Context, T)) {\nfor _, it := range items {\nf(ctx, it)\n}\n}", e)
		})
		g.use(g.libPath)
		return fmt.Sprintf("lib.%s(ctx, []string{%s}, func(%s, p string) {\n%s})\n", e, in, ctxParam, k("p"))
	}},
	{name: "resultchain", doc: "a generic Result[T] carrying the route through Then(r, f), which calls f with the value Of stored", gen: func(g *gen, in string, k func(string) string) string {
		r, of, then, v := g.n("Result"), g.n("Of"), g.n("Then"), g.n("p")
		g.decl("type %s[T any] struct {\nvalue T\nerr error\n}", r)
		g.decl("func %s[T any](v T) %s[T] { return %s[T]{value: v} }", of, r, r)
		g.decl("func %s[T, U any](r %s[T], f func(T) (U, error)) %s[U] {\nif r.err != nil {\nreturn %s[U]{err: r.err}\n}\nu, err := f(r.value)\nreturn %s[U]{value: u, err: err}\n}", then, r, r, r, r)
		return fmt.Sprintf("_ = %s(%s(%s), func(%s string) (bool, error) {\n%sreturn true, nil\n})\n", then, of, in, v, k(v))
	}},
	{name: "pkgresultfactory", doc: "a closure made by a factory of this package handed to another package's generic Then, which calls it with the value its Of stored", once: true, gen: func(g *gen, in string, k func(string) string) string {
		r, of, then, mk := g.n("Result"), g.n("Of"), g.n("Then"), g.n("sender")
		g.inLib(func() {
			g.decl("type %s[T any] struct {\nvalue T\nerr error\n}", r)
			g.decl("func %s[T any](v T) %s[T] { return %s[T]{value: v} }", of, r, r)
			g.decl("func %s[T, U any](ctx context.Context, r %s[T], f func(context.Context, T) (U, error)) %s[U] {\nif r.err != nil {\nreturn %s[U]{err: r.err}\n}\nu, err := f(ctx, r.value)\nreturn %s[U]{value: u, err: err}\n}", then, r, r, r, r)
		})
		g.use(g.libPath)
		g.decl("func %s() func(context.Context, string) (bool, error) {\nreturn func(%s, p string) (bool, error) {\n%sreturn true, nil\n}\n}", mk, ctxParam, k("p"))
		return fmt.Sprintf("_ = lib.%s(ctx, lib.%s(%s), %s())\n", then, of, in, mk)
	}},
	{name: "pkgjobqueue", doc: "a job literal pushed, as an interface, on another package's queue, whose worker takes it off a channel and runs it with the client interface implemented here", once: true, gen: func(g *gen, in string, k func(string) string) string {
		j, d, q, t, v := g.n("Job"), g.n("Doer"), g.n("Queue"), g.n("doer"), g.n("q")
		g.inLib(func() {
			g.decl("type %s interface {\nDo(ctx context.Context, method, endpoint string)\n}", d)
			g.decl("type %s struct{ Method, Path string }\n\nfunc (j *%s) Run(ctx context.Context, d %s) {\nd.Do(ctx, j.Method, j.Path)\n}", j, j, d)
			g.decl("type %sRunner interface {\nRun(ctx context.Context, d %s)\n}", q, d)
			g.decl("type %s struct{ jobs []%sRunner }\n\nfunc (q *%s) Push(r %sRunner) { q.jobs = append(q.jobs, r) }\n\nfunc (q *%s) Drain(ctx context.Context, d %s) {\nwork := make(chan %sRunner)\ngo func() {\nfor _, r := range q.jobs {\nwork <- r\n}\nclose(work)\n}()\nfor r := range work {\nr.Run(ctx, d)\n}\n}", q, q, q, q, q, d, q)
		})
		g.use(g.libPath)
		g.decl("type %s struct{}", t)
		g.decl("func (%s) Do(%s, method, endpoint string) {\n%s}", t, ctxParam, k("endpoint"))
		return fmt.Sprintf("%s := &lib.%s{}\n%s.Push(&lib.%s{Method: \"GET\", Path: %s})\n%s.Drain(ctx, %s{})\n", v, q, v, j, in, v, t)
	}},
	{name: "valuebuilder", doc: "a value-type builder whose method appends to a clipped copy of its parts and returns the copy", gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("reqBuilder"), g.n("rb")
		g.use("slices")
		g.use("strings")
		g.decl("type %s struct{ parts []string }\n\nfunc (b %s) With(s ...string) %s {\nb.parts = append(slices.Clip(b.parts), s...)\nreturn b\n}\n\nfunc (b %s) String() string {\nreturn strings.Join(b.parts, \"\")\n}", t, t, t, t)
		return fmt.Sprintf("%s := %s{}.With(%s)\n%s", v, t, in, k(v+".String()"))
	}},
	{name: "pkgurlmethod", doc: "a method of another package making a url.URL of its host field and the route as Path", needs: route, to: fullURL, once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, v := g.n("Endpoint"), g.n("u")
		g.inLib(func() {
			g.use("net/url")
			g.decl("type %s struct{ Host string }\n\nfunc (e %s) URL(_ context.Context, p string, q url.Values) string {\nu := url.URL{Scheme: \"https\", Host: e.Host, Path: p, RawQuery: q.Encode()}\nreturn u.String()\n}", t, t)
		})
		g.use(g.libPath)
		return fmt.Sprintf("%s := lib.%s{Host: %s}.URL(ctx, %s, nil)\n%s", v, t, g.host(), in, k(v))
	}},
	{name: "pkgrecvloop", doc: "a method of another package's builder writing its base field and its variadic parts, empty ones skipped, into a bytes.Buffer", needs: route, to: fullURL, once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, c, v := g.n("PathBuilder"), g.n("NewPathBuilder"), g.n("u")
		g.inLib(func() {
			g.use("bytes")
			g.use("strings")
			g.decl("type %s struct{ base string }\n\nfunc %s(base string) *%s {\nreturn &%s{base: base}\n}\n\nfunc (b *%s) URL(_ context.Context, parts ...string) string {\nvar buf bytes.Buffer\nbuf.WriteString(strings.TrimSuffix(b.base, \"/\"))\nfor _, p := range parts {\np = strings.Trim(p, \"/\")\nif p == \"\" {\ncontinue\n}\nbuf.WriteByte('/')\nbuf.WriteString(p)\n}\nreturn buf.String()\n}", t, c, t, t, t)
		})
		g.use(g.libPath)
		return fmt.Sprintf("%s := lib.%s(%s).URL(ctx, \"\", %s)\n%s", v, c, g.server(), in, k(v))
	}},
	{name: "pkgurlhelper", doc: "a promoted method of another package's client, embedded, returning a *url.URL joined onto its base", needs: route, to: fullURL, once: true, gen: func(g *gen, in string, k func(string) string) string {
		t, s, v := g.n("URLClient"), g.n("service"), g.n("svc")
		g.inLib(func() {
			g.use("net/url")
			g.decl("type %s struct{ Base *url.URL }\n\nfunc (c *%s) Endpoint(_ context.Context, p string) *url.URL {\nreturn c.Base.JoinPath(p)\n}", t, t)
		})
		g.use(g.libPath)
		g.use("net/url")
		g.decl("type %s struct{ *lib.%s }", s, t)
		return fmt.Sprintf("%s := %s{&lib.%s{Base: &url.URL{Scheme: \"https\", Host: %s}}}\n%s", v, s, t, g.host(), k(v+".Endpoint(ctx, "+in+").String()"))
	}},
	{name: "urlcopy", doc: "a helper copying a base url.URL and setting its Path", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		b, f := g.n("base"), g.n("withPath")
		g.use("net/url")
		g.decl("var %s = url.URL{Scheme: \"https\", Host: %s}", b, g.host())
		g.decl("func %s(p string) *url.URL {\nu := %s\nu.Path = p\nreturn &u\n}", f, b)
		return k(f + "(" + in + ").String()")
	}},
	{name: "parsehelper", doc: "url.Parse(server + route) returned from a helper, String()ed", needs: route, to: fullURL, gen: func(g *gen, in string, k func(string) string) string {
		f, u, e := g.n("parseURL"), g.n("u"), g.n("err")
		g.use("net/url")
		g.decl("func %s(p string) (*url.URL, error) {\nreturn url.Parse(%s + p)\n}", f, g.server())
		return fmt.Sprintf("%s, %s := %s(%s)\nif %s != nil {\npanic(%s)\n}\n%s", u, e, f, in, e, e, k(u+".String()"))
	}},
	{name: "replacefunc", doc: "a template's {placeholders} filled by regexp's ReplaceAllStringFunc with a callback", gen: func(g *gen, in string, k func(string) string) string {
		re, v := g.n("placeholder"), g.n("p")
		g.use("regexp")
		g.decl("var %s = regexp.MustCompile(`\\{(\\w+)\\}`)", re)
		return fmt.Sprintf("%s := %s.ReplaceAllStringFunc(%s, func(m string) string { return m[1 : len(m)-1] })\n%s", v, re, in, k(v))
	}},
	{name: "pkgquery", doc: "a helper of another package adding a query to the route it is given", once: true, gen: func(g *gen, in string, k func(string) string) string {
		f, v := g.n("WithQuery"), g.n("p")
		g.inLib(func() {
			g.use("net/url")
			g.use("strings")
			g.decl("func %s(_ context.Context, route string, params map[string]string) string {\nif len(params) == 0 {\nreturn route\n}\nq := url.Values{}\nfor k, v := range params {\nq.Set(k, v)\n}\nsep := \"?\"\nif strings.Contains(route, \"?\") {\nsep = \"&\"\n}\nreturn route + sep + q.Encode()\n}", f)
		})
		g.use(g.libPath)
		return fmt.Sprintf("%s := lib.%s(ctx, %s, map[string]string{\"perPage\": \"100\"})\n%s", v, f, in, k(v))
	}},
	{name: "regexpjoin", doc: "a joiner: regexp.MustCompile(\"/+\").ReplaceAllString(path.Join(...), \"/\")", needs: route, to: route, gen: func(g *gen, in string, k func(string) string) string {
		re := g.n("slashes")
		g.use("regexp")
		g.use("path")
		g.decl("var %s = regexp.MustCompile(\"/+\")", re)
		return k(fmt.Sprintf("%s.ReplaceAllString(path.Join(\"/\", %s), \"/\")", re, in))
	}},

	// Sources: the literal itself, declared.
	{name: "const2", doc: "a constant built from two constants", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		a, b := g.n("apiBase"), g.n("callLogPath")
		head, tail := split(lit)
		g.decl("const (\n%s = %q\n%s = %s + %q\n)", a, head, b, a, tail)
		return k(b)
	}},
	{name: "pkgvar", doc: "a package-level variable never reassigned", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		v := g.n("callLogPath")
		g.decl("var %s = %q", v, lit)
		return k(v)
	}},
	{name: "init", doc: "a package-level variable set in init()", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		v := g.n("callLogPath")
		g.decl("var %s string", v)
		g.decl("func init() {\n%s = %q\n}", v, lit)
		return k(v)
	}},
	{name: "pkgmap", doc: "a package-level route table indexed by a constant key", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		v, c := g.n("routes"), g.n("keyCalls")
		g.decl("const %s = \"calls\"", c)
		g.decl("var %s = map[string]string{\n%s: %q,\n\"extension\": %q,\n}", v, c, lit, otherRoute)
		return k(v + "[" + c + "]")
	}},
	{name: "pkgslice", doc: "a package-level slice of routes, by index", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		v := g.n("routes")
		g.decl("var %s = []string{%q, %q}", v, lit, otherRoute)
		return k(v + "[0]")
	}},
	{name: "idconcat", doc: "a route concatenated around a variable account ID", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		v, p := g.n("account"), g.n("p")
		head, tail, _ := strings.Cut(lit, "~")
		return fmt.Sprintf("%s := \"~\"\n%s := %q + %s + %q\n%s", v, p, head, v, tail, k(p))
	}},
	{name: "template", doc: "a {accountId} template filled by strings.ReplaceAll", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		g.use("strings")
		return k(fmt.Sprintf("strings.ReplaceAll(%q, \"{accountId}\", \"~\")", strings.Replace(lit, "~", "{accountId}", 1)))
	}},
	{name: "routefunc", doc: "a route builder returning the route around its account ID parameter", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		f := g.n("callLogPath")
		head, tail, _ := strings.Cut(lit, "~")
		g.decl("func %s(accountID string) string {\nreturn %q + accountID + %q\n}", f, head, tail)
		return k(f + "(\"~\")")
	}},
	{name: "structmapfill", doc: "a template's {accountId} filled by a method looping over a map of parameters the struct holds beside it", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		t := g.n("call")
		g.use("strings")
		g.decl("type %s struct {\ntmpl   string\nparams map[string]string\n}", t)
		g.decl("func (c %s) path() string {\np := c.tmpl\nfor k, v := range c.params {\np = strings.ReplaceAll(p, \"{\"+k+\"}\", v)\n}\nreturn p\n}", t)
		return k(fmt.Sprintf("(%s{tmpl: %q, params: map[string]string{\"accountId\": \"~\"}}).path()", t, strings.Replace(lit, "~", "{accountId}", 1)))
	}},
	{name: "pkgmapfill", doc: "another package's call struct filling its template's {placeholders} from its map of parameters", source: true, once: true, gen: func(g *gen, lit string, k func(string) string) string {
		t := g.n("Call")
		g.inLib(func() {
			g.use("strings")
			g.decl("type %s struct {\nTemplate string\nParams   map[string]string\n}", t)
			g.decl("func (c %s) Path(context.Context) string {\np := c.Template\nfor k, v := range c.Params {\np = strings.ReplaceAll(p, \"{\"+k+\"}\", v)\n}\nreturn p\n}", t)
		})
		g.use(g.libPath)
		return k(fmt.Sprintf("(lib.%s{Template: %q, Params: map[string]string{\"accountId\": \"~\"}}).Path(ctx)", t, strings.Replace(lit, "~", "{accountId}", 1)))
	}},
	{name: "pkgenum", doc: "an enum of another package whose Path method reads an array of routes at the constant (formatting the arguments it is given)", source: true, once: true, gen: func(g *gen, lit string, k func(string) string) string {
		t, other, route, table := g.n("Kind"), g.n("KindOther"), g.n("KindRoute"), g.n("kindRoutes")
		g.inLib(func() {
			g.use("fmt")
			g.decl("type %s int\n\nconst (\n%s %s = iota\n%s\n)", t, other, t, route)
			g.decl("var %s = [...]string{%s: %q, %s: %q}", table, other, otherRoute, route, lit)
			g.decl("func (k %s) Path(_ context.Context, args ...any) string {\nif len(args) == 0 {\nreturn %s[k]\n}\nreturn fmt.Sprintf(%s[k], args...)\n}", t, table, table)
		})
		g.use(g.libPath)
		return k(fmt.Sprintf("lib.%s.Path(ctx)", route))
	}},
	{name: "sprintfid", doc: "fmt.Sprintf filling the account ID into the route", source: true, gen: func(g *gen, lit string, k func(string) string) string {
		g.use("fmt")
		return k(fmt.Sprintf("fmt.Sprintf(%q, \"~\")", strings.Replace(lit, "~", "%s", 1)))
	}},
}

// split cuts a route after its API version: "/restapi/v1.0" and the rest.
func split(r string) (string, string) {
	const v = "/restapi/v1.0"
	return v, strings.TrimPrefix(r, v)
}

func init() {
	seen := map[string]bool{}
	for _, c := range all {
		if (c.needs == keep) != (c.to == keep) {
			panic("constructs: " + c.name + " takes any kind but gives one, or the reverse")
		}
		if seen[c.name] {
			panic("constructs: duplicate " + c.name)
		}
		seen[c.name] = true
	}
}
