package analyzer

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/rcperm/rcperm/permissions"
)

// requestsFact marks a function that sends RingCentral requests, itself or
// through the functions it calls. Each request is a template over the
// function's parameters: a call with known arguments is then a request
// like a direct one (the printf wrappers pattern, for routes).
type requestsFact struct {
	Requests []RequestTemplate
	// Keeps are the positions of the function's parameters (its
	// receiver first) that point to a struct it sets no field of: a
	// client handed to it keeps the server its caller gave it
	// (flow.Program.KeepsFields).
	Keeps []int
}

// A RequestTemplate is one request a function makes: its method and URL,
// in terms of the function's parameters, and the calls down to it.
type RequestTemplate struct {
	Method Value
	URL    Value
	// Chain is where the steps from the function to the request itself
	// begin (each call through a wrapper and finally the sink: net/http,
	// an SDK) in the chain table of the function's package: in a fact,
	// packageFact.Chains; in the package being analyzed, its scan's.
	Chain int
	// Fixed is true when the operation is known without the arguments:
	// the function checked it, and callers only need its permissions.
	Fixed bool
	// Unresolved is true when no argument decides the operation and the
	// function's own run-time parts leave it open: the function accounted
	// for it, and callers from another module account for it again, as
	// with Fixed.
	Unresolved bool
	// Merged is true when the value flow gave the URL one of several
	// values it merged from branches it does not tell apart: a
	// combination may be one no run makes, so one that is no operation is
	// counted as unresolved, never claimed to be an unknown operation.
	Merged bool
	// Via, when set, makes the template a late-bound interface call: the
	// requests of an implementation that is not in sight yet
	// (latebound.go). Method and URL are unknown until one is.
	Via *LateCall
	// Deferred are string helpers' calls left to the callers, and
	// DeferredURL the URL that reads their results: a caller for which
	// they run takes it instead of URL (deferred.go).
	Deferred    []DeferredCall
	DeferredURL Value
	// DeferredVia is, for a late-bound call whose arguments read the
	// deferred calls (a path it hands its client, fmt.Sprintf of a
	// table's format), the call reading their results, as DeferredURL
	// for URL.
	DeferredVia *LateCall
	// ServerFrom is, for a request whose route the function fixed and
	// checked where it is made but whose server its callers give (a
	// client's Base field another package sets), that site's ID: a
	// caller giving another service's server says so
	// (Result.ServersElsewhere), and the run, seeing every caller, drops
	// the site's findings when none gives RingCentral's (server_from.go).
	ServerFrom string
	// RingCentralServer is true when the server is a field of the
	// function's receiver that the package's other requests send paths
	// only RingCentral serves to (Client.Server before /restapi/...): a
	// path other servers serve too (/scim/v2/Users) is RingCentral's
	// there (markRingCentralServers).
	RingCentralServer bool
	// picked is, for a request whose route another package picks where
	// the package cannot report (a late-bound call resolved where the
	// package wires its callee in, field_calls.go; an implementation's
	// Route() method the package's call dispatches to, field_bound.go),
	// the index in its chain of the step that picks it: a host that has
	// its file reports the request there (Subject.Picked). Zero for any
	// other request; no fact carries it.
	picked int
}

// A Step is one call on the way from a wrapper to its request.
type Step struct {
	Call string // what is called: "net/http.NewRequestWithContext", "example.com/rc.(*Client).get"
	File string
	Line int
	Col  int
}

func (s Step) String() string { return fmt.Sprintf("%s at %s:%d:%d", s.Call, s.File, s.Line, s.Col) }

// Message is how findings show the step, as related information.
func (s Step) Message() string { return "via " + s.String() }

func (*requestsFact) AFact() {}

func (f *requestsFact) String() string {
	var parts []string
	for _, r := range f.Requests {
		if r.Via != nil {
			part := "via " + r.Via.String()
			if r.DeferredVia != nil {
				part += fmt.Sprintf(" (callers: %s, %d deferred)", r.DeferredVia, len(r.Deferred))
			}
			parts = append(parts, part)
			continue
		}
		part := r.Method.String() + " " + r.URL.String()
		if r.DeferredURL != nil {
			part += fmt.Sprintf(" (callers: %s, %d deferred)", r.DeferredURL, len(r.Deferred))
		}
		parts = append(parts, part)
	}
	return "requests(" + strings.Join(parts, ", ") + ")"
}

// routeFact marks a route builder: a function that returns a route built
// from its parameters, so that a request to builder(x) is known.
type routeFact struct {
	Route Value // nil for a variadic builder with no route of its own
	// Alternatives are the routes a builder returns when it returns
	// several (Route is then nil): a request type's Path() that fills in
	// a default account ID, or a method returning a constant method.
	Alternatives []Value
	// Variadic are the routes a variadic builder (a joiner, f(elem
	// ...string)) returns with 0, 1, 2, ... variadic arguments, each a
	// parameter after the declared ones.
	Variadic []Value
	// VariadicAlternatives are, when Variadic cannot say them (a builder
	// that returns several routes with some number of variadic
	// arguments), the routes it returns with 0, 1, ... variadic
	// arguments.
	VariadicAlternatives [][]Value
	// Specialized are the routes it returns for constants of the enums
	// of its package it takes (specialize.go).
	Specialized []Specialization
	// Later are, for a method with no parameters that returns several
	// strings (Route() (method, path string)), what each result past
	// the first returns: a request type's path beside its method.
	Later [][]Value
	// Deferred are the calls the routes leave to the callers, by the
	// index flow.DeferredParam numbers them with in the routes: a
	// builder's Path() whose optional segments depend on its receiver's
	// fields, run by each caller with what it set them to.
	Deferred []DeferredCall
}

func (*routeFact) AFact() {}

func (f *routeFact) String() string {
	s := "route(" + f.Route.String() + ")"
	for _, v := range f.Alternatives {
		s += " or " + v.String()
	}
	for _, v := range f.Variadic {
		s += " " + v.String()
	}
	if len(f.VariadicAlternatives) > 0 {
		s += fmt.Sprintf(" variadic(%d)", len(f.VariadicAlternatives))
	}
	if len(f.Specialized) > 0 {
		s += fmt.Sprintf(" specialized(%d)", len(f.Specialized))
	}
	for _, vs := range f.Later {
		s += " then"
		for i, v := range vs {
			if i > 0 {
				s += " or"
			}
			s += " " + v.String()
		}
	}
	return s
}

// packageFact summarizes a package for the packages that import it: what
// its requests and those of its dependencies need, for unused-permission,
// and whether it has wrappers to follow.
type packageFact struct {
	Needs    permissions.Set
	Wrappers bool
	// Builders is set when the package has route builders (routeFact):
	// a value of a package that imports none holds a route only from
	// its own text or parameters.
	Builders bool
	// Module is the package's module path: a fixed request is reported
	// where it is made, and again at calls from other modules only.
	Module string
	// Chains is the chain table of the package's request templates.
	Chains []chainLink
	// FieldReads are its requests whose route is a field other packages
	// may store into (field_reads.go).
	FieldReads []FieldRead
	// MethodReads are its requests made with the methods of an interface
	// value it cannot trace, which other packages convert values to
	// (method_reads.go).
	MethodReads []MethodRead
	// FieldCalls are its late-bound calls through function-typed fields
	// that its importers may store into, or through exported interfaces
	// they may convert values to (field_calls.go).
	FieldCalls []FieldCall
	// FilterCalls are its calls through exported interfaces that pass
	// event filters, which an implementation its importers convert
	// values to may subscribe with (subscription_late.go).
	FilterCalls []FilterCall
	// ForeignStores are its stores into other packages' exported fields
	// that may hold a route (foreign_stores.go).
	ForeignStores []ForeignStores
	// FilterFields are the fields of other packages' structs whose list
	// it puts into eventFilters (subscription_fields.go).
	FilterFields []ForeignFilterField
	// RequestMethods are its methods with requests: an importer's
	// interface calls may reach them (requestFuncs).
	RequestMethods []MethodRef
}

// A MethodRef names a method of a package: its name, and its object path
// in the package, read only when the method is asked for.
type MethodRef struct {
	Name, Path string
}

func (*packageFact) AFact() {}

func (f *packageFact) String() string {
	return fmt.Sprintf("needs(%s) wrappers=%v module=%q", f.Needs, f.Wrappers, f.Module)
}

// effectsFact summarizes what a function does to the string fields of the
// struct it returns or is called on (flow.Effects), for a request builder
// that another package drives: c.NewCall().Method(m).Path(p).Do(ctx),
// where Do's request reads the fields (flow.FieldParam) and its callers
// fill them in with what the constructor and the setters before it set.
type effectsFact struct {
	// Result gives the fields of the struct the first result points to,
	// on return; Returns is false when it is no such struct.
	Returns  bool
	Result   []FieldValues
	Receiver []FieldValues // the receiver's fields it may set, on return
	// Boxed names the struct type (flow.TypeName) Result gives the
	// fields of when the result is an interface holding one.
	Boxed string
	// Variadic gives, of a variadic function, the effects of a call
	// with k variadic arguments (flow.Effects.Variadic).
	Variadic []variadicEffects
}

// variadicEffects are a variadic function's effects for a number of
// variadic arguments.
type variadicEffects struct {
	Result   []FieldValues
	Receiver []FieldValues
}

// FieldValues are the values a string field of a struct may hold, by the
// field's index; a fact lists them in the order of the fields (gob would
// encode a map in any order).
type FieldValues struct {
	Field  int
	Values []Value
}

func (*effectsFact) AFact() {}

func (f *effectsFact) String() string {
	return fmt.Sprintf("effects(result %d fields, receiver %d fields)", len(f.Result), len(f.Receiver))
}

// globalFact gives what an exported package-level variable holds for the
// packages that read it: the string fields of a struct (an operation
// descriptor, var ReadCallLog = Operation{Method: "GET", Path: "..."},
// passed to a wrapper reading its fields), or the entries of a map. On an
// exported struct field that holds structs, it gives their string fields
// as the package stores them (Repos{CallLog: Resource{path: "..."}}).
type globalFact struct {
	Fields []FieldValues
	// Entries are what a map variable holds at each constant key, in the
	// order of the keys: a route table, Routes[RouteCallLog].
	Entries []MapEntry
}

// A MapEntry is what a map variable holds at one key.
type MapEntry struct {
	Key    string
	Values []Value
}

func (*globalFact) AFact() {}

func (f *globalFact) String() string {
	if f.Entries != nil {
		return fmt.Sprintf("global(%d entries)", len(f.Entries))
	}
	return fmt.Sprintf("global(%d fields)", len(f.Fields))
}

// listFact gives what the elements of the lists an exported function
// returns may hold (flow.Program.ListElements): a client's
// DefaultFilters() that an app subscribes to. A parameter of the function
// in an element is unknown there.
type listFact struct {
	Elements []Value
}

func (*listFact) AFact() {}

func (f *listFact) String() string { return fmt.Sprintf("list(%d elements)", len(f.Elements)) }

// filtersFact marks a filter forwarder: a function that puts the list of
// event filters one of its parameters holds into a subscription's
// eventFilters (subscription_forward.go). Its callers tell the filters:
// each call is checked as if its list were written at the field.
type filtersFact struct {
	Lists []FilterParam
}

// A FilterParam is a parameter of a filter forwarder that holds event
// filters.
type FilterParam struct {
	Index int // among the parameters, the receiver aside
	// SDK is true when the list ends in the RingCentral SDK's subscription
	// request: it surely subscribes.
	SDK bool
	// ID names the list where the forwarder writes it, as a late-bound
	// call's ID does ("package/file.go:line:col"): a package that reads
	// the list at a call resolves it (Result.ResolvedLate).
	ID string
}

func (*filtersFact) AFact() {}

func (f *filtersFact) String() string {
	parts := make([]string, len(f.Lists))
	for i, p := range f.Lists {
		parts[i] = fmt.Sprint(p.Index)
		if p.SDK {
			parts[i] += " sdk"
		}
	}
	return "filters(" + strings.Join(parts, ", ") + ")"
}

// An importedFact is the package fact of a package the package imports,
// directly or not.
type importedFact struct {
	pkg  *types.Package
	fact *packageFact
}

// importedPackageFacts are the package facts of the packages the package
// imports, directly or not, in the order AllPackageFacts gives them: read
// once a package, for every question that reads them; none for a pass
// that carries no facts.
func (s *packageScan) importedPackageFacts() []importedFact {
	if s.importedFacts != nil || s.pass.ImportPackageFact == nil {
		return s.importedFacts
	}
	s.importedFacts = []importedFact{}
	for _, pf := range s.pass.AllPackageFacts() {
		if fact, ok := pf.Fact.(*packageFact); ok && pf.Package != s.pass.Pkg {
			s.importedFacts = append(s.importedFacts, importedFact{pf.Package, fact})
		}
	}
	return s.importedFacts
}
