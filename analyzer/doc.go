// Package analyzer defines rcperm, an analyzer that reports the RingCentral
// API calls of a Go program that RingCentral would refuse with
// 403 InsufficientPermissions, before the program ships.
//
// # Analyzer rcperm
//
// rcperm: report RingCentral API calls the app lacks the permission for
//
// A RingCentral app declares its app permissions (OAuth scopes such as
// ReadCallLog or EditCallLog) in the Developer Console. Each REST operation
// needs one; a call without it fails at run time with a 403 whose body
// names the permission (CMN-401). rcperm finds every request to a
// RingCentral route in the code, maps it to its operation, and compares
// what the operation needs with the permissions the app declares in
// rcperm.yaml:
//
//	permissions: [ReadCallLog, ReadAccounts]
//
// or, as the token's scope string:
//
//	scope: "ReadCallLog ReadAccounts"
//
// Without -manifest, rcperm reads the nearest rcperm.yaml above each
// package's directory, up to its module root. -permissions and -scope give
// the permissions inline instead.
//
// # Requests
//
// A request is a call to net/http (NewRequest, NewRequestWithContext, Get,
// Head, Post, PostForm, and the same methods of *http.Client), to the
// RestClient of github.com/ringcentral/ringcentral-go, to the Platform of
// github.com/grokify/ringcentral-sdk-go, or to a method of the generated
// services of github.com/grokify/go-ringcentral-client, or to the send
// methods of a github.com/go-resty/resty/v2 Request; or a call to a
// function that makes such a request, in any package (a wrapper), also
// through a method expression, a promoted method or a package-level
// variable's initializer.
//
// rcperm knows the URL statically: a constant as the type checker folds
// it, anything else as the package's value flow follows it (below). What
// it cannot know (an ID, a server read from configuration) matches any
// path segment. URLs to another server than RingCentral's, and paths
// outside RingCentral's API, are not requests to check. Requests in
// _test.go files are not reported: tests talk to test servers.
//
// # Value flow
//
// Every value rcperm asks about that is no constant (a request's URL and
// method, a wrapper's arguments, a route handed to a function rcperm has
// not seen, what a route builder returns, a subscription's filters), and
// every call with no static callee (an interface method, a function or
// method value, a function-typed field), is the question of one engine:
// the package's value flow (analyzer/internal/flow), which follows Go's
// semantics on the package's SSA form, built inside the analysis pass so
// that every host has it: from the package's syntax and types alone
// (imports from types, no ctrlflow facts). It is built for a package only
// when some value is not a constant, and with the bodies of only the
// functions a question may reach: those joined, through what they call,
// are called by, or share (variables, fields, struct types, an interface
// method's name), with the code the analyzer will ask about; a question
// about code it left out builds that code's part too.
//
// A value is a set of strings (at most 8; past that, strings that are the
// same up to their query are one, else one unknown string stands for
// all), each a concatenation of literal text, parameters of the function
// the question is about (so the function is a wrapper whose callers
// supply them) and parts known only at run time. Values flow through SSA
// registers and phis (a branch that sets a route is each of its values: a
// forwarder that completes the route it is given in a branch makes both
// requests), stores and loads of globals, of a struct type's fields
// (field-sensitive; an exported field of an exported or reflected type
// also holds what others store, unless the package sets it to one
// absolute URL only, a generated client's default server, or to URLs that
// differ only in their server, a client's default and the one it may be
// configured with), of elements, map keys and values and channels,
// closures' bindings, and calls of the package's functions with their
// parameters bound to the call's arguments; a parameter is what the
// package's calls pass, static or dynamic (a method value, a method
// expression, a function-typed field, an interface method, a generic
// function's instance: SSA's wrappers are seen through and the arguments
// aligned with the parameters), and unknown besides when other packages
// may call the function: it is exported (not in a command), or a method
// of a type the package converts to an interface they can call. A
// struct's fields are also followed along the value its methods are called
// on (a request builder, NewCall().Method(m).Path(p).Do(ctx)): a method
// reads an open field of its receiver as a parameter of its own (a field
// parameter), which a call fills in with what the field holds there: the
// settings on the way (a store, a setter's effects), and else what the
// value was made with (a constructor's or chained setter's effects on its
// result); a setting on every way to the call replaces what came before.
// A struct another struct holds, by value or through a pointer, is the one
// that holder holds (internal/flow/heldobjects.go): the stores on the way,
// what the holder was made with, the object a followed call is bound to;
// so a repository's collections (repos.CallLog.path) and a path builder
// rendering itself over parent pointers (n.parent.path() + "/" + n.seg)
// are read object by object. A frame binding objects decides the branches
// they decide (a held pointer against nil, a bound object's string field
// against "", a flag the call passes), and a recursion is followed only on
// objects the flow tells apart. What the structs an exported field holds
// hold is a fact, for the packages that read repos.CallLog.
// A function's effects on the fields of the struct it returns and is
// called on are facts, so the builder and its callers may be in different
// packages. A parameter is projected the same way: a field of a struct
// parameter, or what a method of an interface parameter returns (a
// request object's Path()), filled in at each call from the argument's
// fields or its dynamic type's method. Each value of a
// package is computed once: a table of thousands of routes costs its
// size. The pure functions of strings, path, net/url, strconv, fmt and
// regexp (with a constant pattern) are not modelled: the flow runs the
// real function on the route with a placeholder for each part known only
// at run time (CallPure), and a result that loses, splits or recases a
// placeholder is unknown. A *url.URL is the string its String method
// gives: url.Parse of a string, a url.URL literal, the fields the code
// sets on it, ResolveReference, Parse and JoinPath, run by net/url
// itself; so are the edits of a request's URL (req.URL.Path = ...) after
// http.NewRequest or an http.Request literal, made in place or by the
// functions the request is handed to: a helper, an option a constructor
// made (each closure with the values it was made with), a list of
// options applied in a loop, in order. Across packages, a function that
// hands its request to the function values its callers pass leaves that
// part of the route to them, and an exported option constructor (or a
// helper editing the request it is handed) exports what it makes of any
// URL in terms of its parameters (editors.go): a caller applies the
// options it passes. Options applied in a loop to a struct the request
// is then built from (NewRequest(ctx, opts...) making spec{method: GET}
// and sending s.method to s.server+s.path) run in order the same way, on
// the fields: a later option replaces what an earlier one set, and the
// method and route a call's options leave are one request's; an exported
// option constructor's fact says what its option stores in each field
// (options.go). A constructor that applies its caller's options
// (Client.Call(opts...) sending NewRequest(opts...)) summarizes each
// field as those options' part, filled in with each call's own; options
// after a part of the list out of sight (append(s.common, extra...))
// still decide the fields they always set. A closure handed to a function
// (work.Each(paths, func(p string) {...}); result.Then(r, f) calling
// f(r.value), a field of type-parameter type) reads its parameters from
// that function's summary (another package's in its fact), which says
// what it calls each function-typed parameter with in terms of its own
// (an element of its list, a field of a parameter, a route it builds),
// filled in at the hand-off; so does a closure a factory returns
// (Then(r, newReq(ctx))), and one handed where no summary says is
// unresolved there (callbacks.go, returned_funcs.go). A request method
// handed as a value to another package's pipeline stage (pipe.FanOut(ctx,
// reqs, n, w.Do)) reads its descriptor's fields as their holes: each
// store into them is a request (reach.go). A request on a server alone handed to a function
// that does not show has its route set there, unknown: unresolved, never
// passed over. An interface call reaches
// every implementation the package and the facts know, a function value
// the functions and closures it is made from. An interface call that no
// implementation in sight answers (a service calling its client through an
// interface of its own, main wiring the HTTP client in) is late-bound: it
// travels up through its callers' facts as the implementation's requests
// with the call's arguments, and the first package that sees an
// implementation (main) checks them at its call; a call through a
// function-typed field that only its users set (Runner{Fetch:
// client.Get}) is late-bound the same way, by the field, and the package
// that stores a function with requests into it resolves it, at its call,
// or at the store when no call of its reaches the field's call (a sink
// only a server's handler reaches: its package fact lists the call,
// field_calls.go), or at the conversion to the interface (a command's
// client, main wiring it in): such a finding is the package's, at the
// wiring, and the standalone driver, whose run has every package's files,
// reports it at the call, which picks the route (Subject.Call). Event
// filters a port's caller passes to an adapter main wires in are checked
// at the wiring the same way (subscription_late.go). A struct the call
// hands over (a request descriptor, a literal or what a descriptor's
// constructor of any package returns: rcapi.Whoami()) carries its string
// fields' values, which the implementation reads as projections; a
// package calling such a port is scanned whatever it imports. A job
// received as an interface the flow cannot trace (off a scheduler's
// channel) whose method hands its own fields to the client interface
// reads them as the fields' holes, which the package wiring the client
// in answers from every store into them, its imports' included
// (route_fields.go). A handler only a
// registry reaches is resolved with its parameters unknown; a route a
// caller loses on the way leaves an unresolved request where an
// implementation is in sight, never a dropped one. One that no
// package resolves is an unresolved request; the standalone driver, which sees the
// whole program, counts it only then. An interface value the flow cannot
// trace to its conversions (a command a worker takes off a queue) holds
// any implementation in sight, a type of the package or of one it
// imports: its methods read together (the request's Method() and Path())
// give one request per implementation, each method beside its own path
// (flow.Program.JointMethods), as do the results of one method
// (method, path := a.Route()): a projection names the method's result,
// and a route fact carries a method's later results. Met again through
// another call that cannot tell the value (a second decorator), such a
// request is reported once. An implementation out of its sight (a
// type of a package that imports the dispatcher to enqueue its commands)
// is checked where a value of it is converted to the interface, with
// the value's fields: the dispatcher's package fact lists the requests
// (method_reads.go). A field read off an object the
// flow cannot trace (a job a worker pool receives from a channel, a
// command looked up in a registry) whose stores tell nothing as one set
// is a hole naming the field: each store into it, in the package or in
// another through a fact, is then the request, paired with the store's
// sibling fields (the method beside the URL), and reported where it is
// written, or at the read with the store as its first step
// (route_fields.go). A store that is its function's parameter (a
// functional option's closure, GET(path) returning func(s *spec) {
// s.path = path }, or a constructor's) is no request of its own: the
// function becomes a wrapper whose template is the read's request with
// the store's values, and each call of it, in the package or through its
// fact in another, is the request; the option constructor's call counts
// whether or not the option is applied. A package that imports the
// reader and stores into its route field checks those stores against the
// read its package fact lists (field_reads.go). A call of a
// function-typed field whose stores are out of sight (a scheduler's
// job.BuildURL(cfg)) is the same hole, each function stored into the
// field the request with what it returns; a package lists its stores
// into other packages' exported fields in its package fact, for the
// package (main) where an interface call resolves the read to a request
// (foreign_stores.go). An object a struct holds is read the same way
// (holders.go): a method reading a field of a struct its receiver holds,
// which the package only ever sets to what its constructor is given
// (r.desc, from New(c, d)), reads it as a projection its callers fill in;
// a caller passing an object it loads from an exported field of a struct
// it cannot trace (d.Calls.List(ctx)) makes a holder hole, naming the
// field and the projection, and each store into that field, in main,
// is the request with what the stored object holds there (flow.FieldOf),
// reported at the store: the repository main made with the call log's
// descriptor is the call log's request, and only for the methods called
// on that field. A request in a closure a function returns reads
// the parameters of what the function returns (flow.ResultParam), level
// by level: a call of the function leaves them open, a call of the value
// it returns fills in the first level, and the call that completes the
// route is the request (returned_funcs.go). A read the request
// computes on (fmt.Sprintf(job.Path, id)) is asked again once for each
// store, the field and its siblings bound to the store's values
// (field_bound.go); so is a late-bound call whose argument is such a
// computation on a struct argument's field (a table of reports, each
// {Method, PathFmt, Args}, ranged over, fmt.Sprintf(r.PathFmt,
// r.Args(cfg)...) handed to the client interface main wires in): each
// entry is the call's route, and the package that resolves the call
// reports it at the entry. A late-bound call's arguments carry the
// string helpers' calls they read (a format its callers give) as a
// request's URL does. A request whose method and URL are read off the same
// objects (a table of {method, path} literals ranged over) is evaluated
// object by object, so that each element's method goes with its own route
// (joint.go, internal/flow/joint.go), and so is one whose method and
// route a switch sets together, case by case. A range loop over a list
// of known elements is run once for each (a path helper joining its
// variadic segments); any other loop's phi holds what enters it and what
// each turn makes of what it held, until a turn gives nothing new (a
// loop that lengthens a path each turn never settles: unknown), a
// template whose {placeholders} a loop over a map fills staying the
// template. A dispatcher comparing a parameter with constants
// (switch op { case "listCompanyCallLog": ... }), or the concrete type of
// an interface parameter (switch cmd := cmd.(type) { case ListCallLog:
// ... }: each case's type is a constant, and a call passing a value of
// it passes that constant; any other type takes the default of a switch
// whose cases all name concrete types), indexing an array or a
// table with it, or handing it to a function that does (an enum's Path
// method, of its package or another's, whose facts name the constants)
// makes, at a call passing one of the constants, that case's requests,
// its own and its wrappers': in its package as Go runs it, and in others
// through the requests it exports by constant (dispatch.go). One that
// every call of its package answers so, not taken as a value, makes no
// request of its own: a caller passing no constant makes every case's,
// each method beside its own route. An exported function returning a
// struct it
// reads from a table at a parameter (routes.Lookup(name)) exports the
// struct's fields by key, and a call passing a key reads that entry
// (keyed.go). A call followed with a constant
// argument binds it:
// a table indexed, a map looked up or a switch taken on an enum
// parameter gives the one entry or branch of that constant (consts.go),
// and a route builder of another package taking an enum of its own
// package (c.Path(rc.RouteCallLog)) reads the routes its package
// computed for each constant, a fact (specialize.go). The receiver of a
// method of a string type (type Route string; func (r Route) With(q
// url.Values) string) is a parameter of its templates like any other. A
// string helper
// (a loop filling a template's {placeholders}, slicing it at each brace; a
// builder's method writing its base field and its variadic parts into a
// buffer) is compiled from its SSA form and run on the call's arguments,
// a token for each part known only at run time, as the pure functions
// are. What it reads but does not compute from its parameters alone (a
// field of its receiver, a call it cannot run, and what a method it hands
// its receiver to reads of it) is an input the value flow gives at the
// call; a route template another package stores in a field (a
// configuration's), read off a value the flow cannot trace, is run as
// each text stored. The run comes first and wins when it knows the
// whole string; a test of a token that may stand for "" (a parameter, an
// unset environment variable) fails it, and the summary keeps both
// branches. An exported helper's compiled form, with its inputs as
// templates, is a fact, run at calls in other packages
// (internal/flow/interp.go). Such a helper whose
// arguments are the wrapper's own parameters (a generic Do(ep,
// pathArgs...) filling ep.Path from pathArgs in a loop) cannot run inside
// the wrapper: its call is deferred, a parameter of its own in the
// wrapper's template, which carries the helper's Code, its arguments in
// terms of the wrapper's parameters and what it gives without them; a
// caller runs it with its arguments, and one it does not run for takes
// the fallback (deferred.go). So is a helper whose branches test what its
// callers give: a fluent query's Path() that adds "account/{id}" only
// when q.account != "" runs at each call with the fields the chain's
// setters set, unset ones empty; there a declared parameter or a part
// known only at run time is text (an id is no ""), while a field the
// caller's own callers fill may still be empty, and the call is carried
// to them. An exported route builder's route fact carries such calls
// too, so another package's caller runs them. A replacer whose pairs a loop builds fills
// a route template's {placeholders} with parts known only at run time,
// deferred the same way when the template is the callers', and so is a
// text/template executed into a buffer, each {{action}} unknown. A list (a
// subscription's filters) is followed through literals, append, slices,
// package-level lists, maps of lists and the package's list helpers, each
// call of a helper with its list parameters bound, so two lists through
// one dedupe stay apart (internal/flow/lists.go). A []string value is
// also a string of the flow: its elements, each followed by a terminator
// no route has, so a builder that keeps its path as segments
// (NewRequest().Segments("account", id, "call-log").Send(ctx)) is
// followed through its fields, setters' effects and facts as one that
// keeps a string, and path.Join or url.JoinPath of the segments the
// callers set is deferred to them and split back there
// (internal/flow/joinedlists.go). An exported []string field of an
// exported struct (a configuration's default event filters) exports
// what its package stores in it. A field read off an element of a list
// (for _, t := range topics { t.Render(id) }) is what the list's own
// objects hold, and a map a loop keys by a field of each object (for _,
// r := range rules { index[r.Action] = r }) is read entry by entry: a
// constant key is its objects, and the keys make the reader a
// dispatcher (internal/flow/keyedmaps.go). Where an instruction
// uses a value, the tests of that value that lead there have passed
// (strings.Contains, HasPrefix, HasSuffix, or a comparison with a
// constant, on the branch's only edge): an alternative whose text fails
// one is no value there (internal/flow/guards.go). A type switch or
// assertion on an interface parameter whose argument is boxed in place
// takes its concrete type's case. A call of a method an embedded
// interface promotes is an interface call. A function value taken from a
// map (a table of handlers, ranged over or looked up) is each function
// the package puts in it; a call of a function value the flow loses, in
// a package that takes a function with requests of its type as a value,
// is an unresolved request. A server field whose every
// default (the constant a constructor falls back on when configuration
// sets nothing) is another server than RingCentral's sends its requests
// there, whatever configuration sets (mirror.go); so does a server
// defaulted where it is used (if base == "" { base = ... }: servers.go).
// A request whose server its function's callers give (a Base field main
// sets) is reported where it is made; the standalone driver, seeing
// every caller, drops it when they all give another service's server
// (server_from.go). A server or API prefix another package's
// configuration defaults (Config{RestPrefix: "/restapi/v1.0"}, the
// environment able to override it) is that default where a request or
// filter reads it, reported at the request, not at the default. A
// late-bound call through an interface parameter that a caller fills
// with a value of a concrete type calls that type's method alone.
// A request's method of
// several values is unknown: the flow follows a table's fields apart. The
// flow resolves requests; it never claims one does not exist: a request
// built from merged branches that is no operation is counted as
// unresolved, and a value it knows nothing of beside values it knows is
// no request of its own. Across packages, what flows is what the facts
// carry: the requests of wrappers, the routes of exported route builders,
// and the effects of a request builder's constructors and setters.
//
// # Wrappers
//
// Through facts, rcperm learns three kinds of functions, in any package:
// forwarders, which put a parameter into a request's URL (or method);
// route builders (exported: the package's own are followed into their
// bodies), which return a route made from their parameters; and
// functions whose request's operation is fixed inside them (only IDs come
// from their parameters). A call to a forwarder with a route known at the
// call is checked there, not at the forwarding request inside it. A
// request whose operation is fixed is checked where it is made; calls to
// its function are checked again only from another module, such as an app
// calling a shared client library it does not analyze.
//
// A fourth kind is the filter forwarder: an exported function that puts a
// list of event filters one of its parameters holds into a subscription's
// eventFilters (a client's CreateWebhook(ctx, filters, address),
// Subscribe(ctx, filters ...string)). Each call, in any package, static
// or through an interface one implements, is checked as if its list were
// written at the field; a caller passing its
// own parameter on is a forwarder in turn. A list no call in sight tells
// is counted unresolved where the forwarder writes it, until the
// standalone driver sees a package that reads it. A filter field is the
// same for a struct's field: a subscriber that keeps the filters its
// constructor was given, a request type whose Body writes its
// EventFilters; each store into it, in any package, is checked as if
// written at eventFilters.
//
// # Findings
//
// Each finding has a category:
//
//   - missing-permission: the call needs a permission the app does not
//     grant, directly or by inclusion (EditCallLog includes ReadCallLog).
//   - unknown-operation: a RingCentral path no operation has, or a method
//     the path lacks; the nearest operation is suggested.
//   - ambiguous-route: the route's unknown parts leave operations that need
//     different permissions, some of which the app does not grant.
//   - unused-permission: a granted permission that no request of the
//     packages the manifest governs needs, or one broader than what they
//     use it for. One package cannot judge a manifest that several
//     programs share, so the analyzer does not report it: it exposes in
//     its Result what a driver that sees the whole analyzed set needs (the
//     package's needs with its imports', the governing manifest's grants,
//     the route constants it may lose before a request), and standalone
//     rcperm, rcperm sarif and rcperm manifest judge each manifest once
//     over all its packages. go vet and golangci-lint report none. A
//     permission a route rcperm cannot follow may need is never reported,
//     and a call //rcperm:ignore silences is no need. Nothing is reported
//     while a request of the manifest's packages is unresolved
//     (Result.Unresolved).
//   - unresolved-request: a request that surely goes to RingCentral whose
//     run-time parts leave its operation open (a tail after a known
//     prefix, a RingCentral host with a configured path, a wrapper that a
//     call rcperm does not see may reach, an event filter it cannot read).
//     A request that may go to another server is no finding but is in
//     Result.Unresolved all the same.
//   - manifest: the app's permissions cannot be read. rcperm fails closed:
//     every package of the app reports it, requests or not.
//   - ignore: a //rcperm:ignore directive without a reason, or one that
//     silences nothing; a //rcperm:route directive that is malformed,
//     stands at no unresolved request, or is stale.
//
// # Directives
//
// A comment //rcperm:route METHOD PATH on the line of an unresolved
// request, or in the comment just above it, names an operation it calls
// (one directive a line): rcperm checks it like any other route.
//
// # Suppression
//
// A comment //rcperm:ignore <reason> on the line of a finding, or the line
// above, silences it. The reason is required. The call it silences is not
// counted as a need: the ignore keeps its grant out of the app.
//
// golangci-lint's //nolint:rcperm (or //nolint, //nolint:all), with an
// optional "// reason", silences the findings of the nodes that start on
// its line, or on the next line when it stands alone, in every host: one
// directive works in the editor and in CI alike. Under golangci-lint,
// golangci-lint applies it (Config.NolintByHost). A //nolint that silences
// nothing is left to golangci-lint's nolintlint.
//
// A grant that no code of the app needs but a process outside it uses is
// kept with the manifest's keep list, with a reason: it is then never an
// unused-permission, and a keep of a permission the manifest does not
// grant is a manifest finding.
package analyzer

// doc is the analyzer's summary for `rcperm help` and go vet.
const doc = `report RingCentral API calls the app lacks the permission for

rcperm finds the requests a Go program makes to RingCentral's REST API
(net/http, the RingCentral Go SDKs, and wrappers around them across
packages), maps each to its operation, and reports the calls that need an
app permission the app's rcperm.yaml does not grant: RingCentral would
answer them 403 InsufficientPermissions. It also reports routes no
operation has; standalone rcperm, which sees the whole app, also reports
permissions nothing needs.`
