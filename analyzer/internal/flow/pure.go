package flow

import (
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// Pure functions are evaluated by running them, not by a model of each.
//
// CallPure runs the real function on a concrete instance of its
// arguments: each part of an argument not known statically (a parameter,
// or an unknown) becomes a placeholder token of its own, and the tokens
// in the function's result map back to the parts they stand for; the
// text between them is literal. A result that loses a token, holds one
// splits one or changes its case (strings.ToUpper) is unknown: the
// function looked inside a value nobody knows. A token the result holds
// twice is the same value twice (strings.Replace of a template that
// names one parameter twice). A token lost is lost on purpose only where
// the function says so: the new text of strings.Replace when the text
// and the old text are known, and no replacement happens.
//
// A token is ASCII letters only ("Zqx", the token's number in the
// letters a to j, "Xqz"), so that what the allow-listed functions pass
// through unchanged survives: url.PathEscape and QueryEscape, path.Clean,
// strconv.Quote, regexp.QuoteMeta. It has upper and lower case letters,
// so that a change of case in either direction is seen. A call whose
// literal text holds either end of a token is not evaluated.
//
// The instance is one of many: a function that treats the value known
// only at run time differently than the token (strings.TrimPrefix(x,
// "/") when x begins with a slash; path.Join("", "v1") when x is empty)
// gives a result that holds for the token's kind of value, not for every
// value. That is the analyzer's stance on routes, where a slash more or
// less beside a part known only at run time does not change the route.

const (
	tokOpen  = "Zqx"
	tokClose = "Xqz"
)

// A Kind is what an argument of a pure function is.
type Kind uint8

const (
	// StrKind is a string: Arg.Str.
	StrKind Kind = iota
	// IntKind is an integer. Arg.Str is its decimal text: a literal when
	// the integer is known; a parameter or unknown otherwise, which
	// strconv.Itoa, FormatInt in base 10 and fmt's %d and %v keep.
	IntKind
	// BoolKind is a bool: Arg.Str is "true" or "false" when it is known.
	BoolKind
	// ListKind is a []string, or the arguments of a variadic ...string
	// parameter: Arg.List, each element a string.
	ListKind
	// RegexpKind is a *regexp.Regexp compiled from the constant
	// Arg.Pattern: the receiver of its methods.
	RegexpKind
	// FuncKind is a function argument, never run: what each call of it
	// returns is known only at run time (a replacement callback).
	FuncKind
)

// An Arg is one argument of a call of a pure function, as it is known
// statically. A variadic ...string parameter takes one ListKind Arg; the
// ...any operands of fmt.Sprintf are Args of their own.
type Arg struct {
	Kind    Kind
	Str     Str
	List    []Str
	Pattern string
}

// StrArg is a string argument.
func StrArg(s Str) Arg { return Arg{Kind: StrKind, Str: s} }

// IntArg is an integer argument known statically.
func IntArg(n int64) Arg { return Arg{Kind: IntKind, Str: Lit(strconv.FormatInt(n, 10))} }

// IntText is an integer argument whose decimal text is s.
func IntText(s Str) Arg { return Arg{Kind: IntKind, Str: s} }

// BoolArg is a bool argument known statically.
func BoolArg(b bool) Arg { return Arg{Kind: BoolKind, Str: Lit(strconv.FormatBool(b))} }

// ListArg is a list of strings.
func ListArg(l []Str) Arg { return Arg{Kind: ListKind, List: l} }

// RegexpArg is a regular expression compiled from a constant pattern.
func RegexpArg(pattern string) Arg { return Arg{Kind: RegexpKind, Pattern: pattern} }

// IsPure reports whether CallPure evaluates the function of that full
// name (types.Func.FullName: "strings.TrimSuffix", "net/url.JoinPath",
// "(*regexp.Regexp).ReplaceAllString").
func IsPure(fullName string) bool {
	_, ok := natives[fullName]
	return ok
}

// CallPure evaluates a call of the pure function of that full name, of
// the first result only (url.JoinPath's string, not its error). Its
// second result is false when the function is not one CallPure runs; a
// call it runs whose result cannot be told (arguments of the wrong kind,
// an integer known only at run time where its value matters, an error, a
// lost token) is a nil, wholly unknown, Str.
func CallPure(fullName string, args []Arg) (Str, bool) {
	fn, ok := natives[fullName]
	if !ok {
		return nil, false
	}
	in := &instance{}
	vals := make([]value, len(args))
	for i, a := range args {
		if vals[i], ok = in.value(a); !ok {
			return nil, true
		}
	}
	out, ok := run(fn, in, vals)
	if !ok {
		return nil, true
	}
	s, ok := in.abstract(out)
	if !ok {
		return nil, true
	}
	return s, true
}

// run calls fn, taking a panic (strings.Repeat with a negative count,
// strconv.FormatInt in base 99) for a result nobody knows.
func run(fn native, in *instance, vals []value) (out string, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = "", false
		}
	}()
	return fn(in, vals)
}

// An instance makes the concrete values a call runs on: holes[i] is the
// part that token i stands for.
type instance struct {
	holes []Part
	// strict is set for a run that takes no branch on what a token
	// may stand for, given those of the inputs (test).
	strict bool
	// atCaller is set for a deferred call's run at a caller
	// (Deferred.Run), where only a projection's tokens are given.
	atCaller bool
	given    map[int]bool
	// params are the tokens of declared parameters, by parameter.
	params map[int]int
	// spent are the tokens that a hole of fmt.Sprintf stood for when it
	// wrote an unknown in their place: they may be lost.
	spent map[int]bool
}

func placeholder(i int) string {
	digits := []byte(strconv.Itoa(i))
	for j, d := range digits {
		digits[j] = 'a' + (d - '0')
	}
	return tokOpen + string(digits) + tokClose
}

// give marks v's tokens as an input's, which may be empty: a field a
// builder's caller may leave unset, an environment variable. A declared
// parameter's token is an argument's wherever it is read (a caller's
// recordID in the builder's id field): an unknown id is no "".
func (in *instance) give(v value) {
	if in.given == nil {
		in.given = map[int]bool{}
	}
	for i := v.from; i < v.to; i++ {
		p := in.holes[i]
		if !declaredParam(p) && (!in.atCaller || p.IsParam) {
			in.given[i] = true
		}
	}
}

// spend lets v's tokens be lost: the function did not need them.
func (in *instance) spend(v value) {
	if in.spent == nil {
		in.spent = map[int]bool{}
	}
	for i := v.from; i < v.to; i++ {
		in.spent[i] = true
	}
}

// spendIn lets the tokens in text s be lost.
func (in *instance) spendIn(s string) {
	for {
		_, rest, ok := strings.Cut(s, tokOpen)
		if !ok {
			return
		}
		digits, after, ok := strings.Cut(rest, tokClose)
		if !ok {
			return
		}
		if n, ok := tokenNumber(digits); ok {
			if in.spent == nil {
				in.spent = map[int]bool{}
			}
			in.spent[n] = true
		}
		s = after
	}
}

// holdsParam reports whether v's tokens stand for a parameter: a value
// its callers give, which may hold any text.
func (in *instance) holdsParam(v value) bool {
	for i := v.from; i < v.to; i++ {
		if in.holes[i].IsParam {
			return true
		}
	}
	return false
}

func (in *instance) hole(p Part) string {
	if declaredParam(p) {
		// One parameter is one value wherever a run reads it (a
		// builder's id field tested, then written): one token.
		if i, ok := in.params[p.Param]; ok {
			return placeholder(i)
		}
		if in.params == nil {
			in.params = map[int]int{}
		}
		in.params[p.Param] = len(in.holes)
	}
	in.holes = append(in.holes, p)
	return placeholder(len(in.holes) - 1)
}

// declaredParam reports whether p stands for a parameter the function
// declares, not for a value read off one (a projection) or a deferred
// call's result.
func declaredParam(p Part) bool { return p.IsParam && p.Param < deferredBase }

// text returns the concrete instance of s, and whether s had holes. Its
// second result is false when s's literal text could be taken for a
// token.
func (in *instance) text(s Str) (text string, holes, ok bool) {
	if s == nil {
		return in.hole(Part{Unknown: true}), true, true
	}
	var b strings.Builder
	for _, p := range s {
		if isLit(p) {
			if strings.Contains(p.Lit, tokOpen) || strings.Contains(p.Lit, tokClose) {
				return "", false, false
			}
			b.WriteString(p.Lit)
			continue
		}
		holes = true
		b.WriteString(in.hole(p))
	}
	return b.String(), holes, true
}

// A value is an argument's concrete instance.
type value struct {
	kind  Kind
	s     string // StrKind, IntKind and BoolKind: the text
	holes bool   // s holds tokens
	// tokens are the numbers of the tokens in s (or list): from, to.
	from, to int
	list     []string
	re       *regexp.Regexp
}

func (in *instance) value(a Arg) (value, bool) {
	v := value{kind: a.Kind, from: len(in.holes)}
	var ok bool
	switch a.Kind {
	case StrKind, IntKind, BoolKind:
		v.s, v.holes, ok = in.text(a.Str)
	case ListKind:
		ok = true
		for _, el := range a.List {
			s, holes, elOK := in.text(el)
			v.list, v.holes, ok = append(v.list, s), v.holes || holes, ok && elOK
		}
	case FuncKind:
		ok = true
	case RegexpKind:
		if strings.Contains(a.Pattern, tokOpen) || strings.Contains(a.Pattern, tokClose) {
			return v, false
		}
		re, err := regexp.Compile(a.Pattern)
		v.re, ok = re, err == nil
	}
	v.to = len(in.holes)
	return v, ok
}

// int returns the integer v is, when it is known.
func (v value) int() (int64, bool) {
	if v.kind != IntKind || v.holes {
		return 0, false
	}
	n, err := strconv.ParseInt(v.s, 10, 64)
	return n, err == nil
}

// abstract maps the tokens in out back to their parts.
func (in *instance) abstract(out string) (Str, bool) {
	// A token the function recased (url.Parse lower-cases a scheme) is
	// neither its part nor text of the result.
	lower := strings.ToLower(out)
	if strings.Count(lower, strings.ToLower(tokOpen)) != strings.Count(out, tokOpen) ||
		strings.Count(lower, strings.ToLower(tokClose)) != strings.Count(out, tokClose) {
		return nil, false
	}
	s := Str{}
	seen := make([]bool, len(in.holes))
	for {
		i := strings.Index(out, tokOpen)
		if i < 0 {
			break
		}
		before, rest := out[:i], out[i+len(tokOpen):]
		j := strings.Index(rest, tokClose)
		if j < 0 || strings.Contains(before, tokClose) {
			return nil, false
		}
		id, ok := tokenNumber(rest[:j])
		if !ok || id >= len(in.holes) {
			return nil, false
		}
		seen[id] = true
		s = AppendPart(s, Part{Lit: before})
		s = AppendPart(s, in.holes[id])
		out = rest[j+len(tokClose):]
	}
	if strings.Contains(out, tokClose) {
		return nil, false
	}
	for i, ok := range seen {
		if !ok && !in.spent[i] {
			return nil, false
		}
	}
	return AppendPart(s, Part{Lit: out}), true
}

func tokenNumber(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s) {
		if c < 'a' || c > 'j' {
			return 0, false
		}
		n = 10*n + int(c-'a')
	}
	return n, true
}

// A native runs a pure function on concrete arguments.
type native func(in *instance, args []value) (string, bool)

// resultMark joins a function's full name and the index of a string
// result past its first, for the natives of functions with two
// (strings.Cut's after: "strings.Cut·1").
const resultMark = "·"

// ResultName is the name CallPure knows result index of the function of
// that full name by.
func ResultName(fullName string, index int) string {
	if index == 0 {
		return fullName
	}
	return fullName + resultMark + strconv.Itoa(index)
}

// natives are the pure functions CallPure runs, by full name, after
// golang.org/x/tools/go/ssa/interp's external.go: the functions of
// strings, path, net/url, strconv, fmt and regexp (with a constant
// pattern) that return a string and depend on nothing but their
// arguments, and those of strings and slices that return a []string,
// which the flow holds joined (joinedlists.go). unicode's functions take
// and return runes, not strings: a route never goes through them.
// Functions of integer results (strings.Index) are not here: the flow
// follows strings only.
var natives = map[string]native{
	"slices.Clip":    sameList,
	"slices.Clone":   sameList,
	"slices.Grow":    joinedGrow,
	"strings.Split":  split(strings.Split),
	"strings.Fields": fields,

	"(*strings.Replacer).Replace":    replacerReplace,
	"strings.Clone":                  str1(strings.Clone),
	"strings.Cut":                    cut(0),
	"strings.Cut" + resultMark + "1": cut(1),
	"strings.Join":                   join,
	"strings.Repeat":                 repeat,
	"strings.Replace":                replace,
	"strings.ReplaceAll":             replaceAll,
	"strings.ToLower":                str1(strings.ToLower),
	"strings.ToUpper":                str1(strings.ToUpper),
	"strings.ToTitle":                str1(strings.ToTitle),
	"strings.ToValidUTF8":            str2(strings.ToValidUTF8),
	"strings.Trim":                   str2(strings.Trim),
	"strings.TrimLeft":               str2(strings.TrimLeft),
	"strings.TrimRight":              str2(strings.TrimRight),
	"strings.TrimPrefix":             str2(strings.TrimPrefix),
	"strings.TrimSuffix":             str2(strings.TrimSuffix),
	"strings.TrimSpace":              str1(strings.TrimSpace),

	"path.Base":  str1(path.Base),
	"path.Clean": str1(path.Clean),
	"path.Dir":   str1(path.Dir),
	"path.Ext":   str1(path.Ext),
	"path.Join":  list(path.Join),

	"net/url.JoinPath":      urlJoinPath,
	"net/url.PathEscape":    str1(url.PathEscape),
	"net/url.PathUnescape":  strErr(url.PathUnescape),
	"net/url.QueryEscape":   str1(url.QueryEscape),
	"net/url.QueryUnescape": strErr(url.QueryUnescape),

	"strconv.Itoa":         itoa,
	"strconv.FormatInt":    formatInt,
	"strconv.FormatBool":   formatBool,
	"strconv.Quote":        str1(strconv.Quote),
	"strconv.QuoteToASCII": str1(strconv.QuoteToASCII),

	"fmt.Sprintf": sprintf,

	"regexp.QuoteMeta":                         str1(regexp.QuoteMeta),
	"(*regexp.Regexp).ReplaceAllString":        reMethod((*regexp.Regexp).ReplaceAllString),
	"(*regexp.Regexp).ReplaceAllLiteralString": reMethod((*regexp.Regexp).ReplaceAllLiteralString),
	"(*regexp.Regexp).ReplaceAllStringFunc":    replaceFunc,
}

// kinds reports whether the arguments are of these kinds.
func kinds(args []value, ks ...Kind) bool {
	if len(args) != len(ks) {
		return false
	}
	for i, k := range ks {
		if args[i].kind != k {
			return false
		}
	}
	return true
}

func str1(f func(string) string) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, StrKind) {
			return "", false
		}
		return f(a[0].s), true
	}
}

func str2(f func(string, string) string) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind) {
			return "", false
		}
		return f(a[0].s, a[1].s), true
	}
}

// cut is strings.Cut's result index: the text before the separator, or
// after it. The other side's tokens may be lost: the caller asked for
// one side only.
func cut(index int) native {
	return func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind) {
			return "", false
		}
		before, after, found := strings.Cut(a[0].s, a[1].s)
		if !found && in.holdsParam(a[0]) && a[1].s != "?" && a[1].s != "#" {
			// A parameter the callers fill in may hold the separator
			// ("GET /path" cut at the space): the token standing for it
			// tells nothing of the parts. (A route cut at its query or
			// fragment keeps its path either way.)
			return "", false
		}
		if index == 0 {
			if found {
				in.spendIn(after)
			}
			return before, true
		}
		if found {
			in.spendIn(before)
		}
		return after, true
	}
}

func strErr(f func(string) (string, error)) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, StrKind) {
			return "", false
		}
		s, err := f(a[0].s)
		return s, err == nil
	}
}

// takesJoined are the natives whose []string parameters take the list
// joined, as a StrKind: what the flow holds a list as, a list its
// callers give (a builder's segments field) included, whole.
var takesJoined = map[string]bool{"slices.Clip": true, "slices.Clone": true, "slices.Grow": true}

// sameList is a function that returns its list's elements, in order:
// slices.Clip and Clone. The joined text goes through whole, so that a
// list a token stands for (a parameter's) stays one.
func sameList(_ *instance, a []value) (string, bool) {
	if !kinds(a, StrKind) {
		return "", false
	}
	return a[0].s, true
}

func joinedGrow(_ *instance, a []value) (string, bool) {
	if !kinds(a, StrKind, IntKind) {
		return "", false
	}
	return a[0].s, true // the same elements, with room for more
}

func split(f func(s, sep string) []string) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, StrKind, StrKind) || a[1].holes {
			return "", false
		}
		return joinText(f(a[0].s, a[1].s)), true
	}
}

func fields(_ *instance, a []value) (string, bool) {
	if !kinds(a, StrKind) {
		return "", false
	}
	return joinText(strings.Fields(a[0].s)), true
}

// joinText is the concrete text of a joined list of elems.
func joinText(elems []string) string {
	var b strings.Builder
	for _, e := range elems {
		b.WriteString(e)
		b.WriteString(listEnd)
	}
	return b.String()
}

func list(f func(...string) string) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, ListKind) {
			return "", false
		}
		return f(a[0].list...), true
	}
}

func join(_ *instance, a []value) (string, bool) {
	if !kinds(a, ListKind, StrKind) {
		return "", false
	}
	return strings.Join(a[0].list, a[1].s), true
}

// maxRepeat bounds the text strings.Repeat makes.
const maxRepeat = 1 << 16

func repeat(_ *instance, a []value) (string, bool) {
	if !kinds(a, StrKind, IntKind) {
		return "", false
	}
	n, ok := a[1].int()
	if !ok || n < 0 || n*int64(len(a[0].s)+1) > maxRepeat {
		return "", false
	}
	return strings.Repeat(a[0].s, int(n)), true
}

func replace(in *instance, a []value) (string, bool) {
	if !kinds(a, StrKind, StrKind, StrKind, IntKind) {
		return "", false
	}
	n, ok := a[3].int()
	if !ok || int64(int(n)) != n {
		return "", false
	}
	spendNew(in, a)
	return strings.Replace(a[0].s, a[1].s, a[2].s, int(n)), true
}

// replacerReplace is strings.NewReplacer(pairs...).Replace(s): the
// receiver's pairs are its first argument. Its old strings must be known,
// each a literal, for the replacement to be told; a new string may be
// unused (its key absent).
func replacerReplace(in *instance, a []value) (string, bool) {
	if !kinds(a, ListKind, StrKind) || len(a[0].list)%2 != 0 {
		return "", false
	}
	for i := 0; i < len(a[0].list); i += 2 {
		if strings.Contains(a[0].list[i], tokOpen) || a[0].list[i] == "" {
			return "", false // a key known only at run time
		}
	}
	in.spend(a[0])
	return strings.NewReplacer(a[0].list...).Replace(a[1].s), true
}

func replaceAll(in *instance, a []value) (string, bool) {
	if !kinds(a, StrKind, StrKind, StrKind) {
		return "", false
	}
	if bracedUnknown(a[1]) || bracedLiteral(a[1]) && a[0].holes && !in.onlyUnknowns(a[0]) {
		// A template's {placeholder} named at run time ("{"+k+"}", k
		// a map's key), or a named one filled in a template a
		// parameter gives: whichever it fills, the template's {name}
		// segments already stand for parts known only at run time.
		in.spend(a[1])
		in.spend(a[2])
		return a[0].s, true
	}
	spendNew(in, a)
	return strings.ReplaceAll(a[0].s, a[1].s, a[2].s), true
}

// bracedLiteral reports whether an old text of a replacement is a
// placeholder named in the code: "{accountId}".
func bracedLiteral(old value) bool {
	name, ok := strings.CutPrefix(old.s, "{")
	name, closed := strings.CutSuffix(name, "}")
	return ok && closed && !old.holes && name != "" && !strings.ContainsAny(name, "{}/")
}

// bracedUnknown reports whether an old text of a replacement is a
// placeholder whose name is known only at run time: "{" + name + "}".
func bracedUnknown(old value) bool {
	return old.holes && strings.HasPrefix(old.s, "{"+tokOpen) && strings.HasSuffix(old.s, tokClose+"}")
}

// spendNew lets the new text of a replacement be lost when the old text
// is known and so is the text, or the text's other parts are only known
// at run time: whether it is used then depends on the text, not on it. A
// part known only at run time is taken for its instance, as every pure
// call's is (a template one of whose placeholders a loop filled holds no
// other's {name} there); a parameter may be a template that names it.
func spendNew(in *instance, a []value) {
	if !a[1].holes && (!a[0].holes || in.onlyUnknowns(a[0])) {
		in.spend(a[2])
	}
}

// onlyUnknowns reports whether each token of v stands for a part known
// only at run time, none for a parameter.
func (in *instance) onlyUnknowns(v value) bool {
	for i := v.from; i < v.to; i++ {
		if !in.holes[i].Unknown {
			return false
		}
	}
	return true
}

func urlJoinPath(_ *instance, a []value) (string, bool) {
	if !kinds(a, StrKind, ListKind) {
		return "", false
	}
	s, err := url.JoinPath(a[0].s, a[1].list...)
	return s, err == nil
}

// itoa and formatInt give an integer known only at run time as its text,
// which is what its Arg says it is.
func itoa(_ *instance, a []value) (string, bool) {
	if !kinds(a, IntKind) {
		return "", false
	}
	if n, ok := a[0].int(); ok {
		return strconv.Itoa(int(n)), int64(int(n)) == n
	}
	return a[0].s, true
}

func formatInt(_ *instance, a []value) (string, bool) {
	if !kinds(a, IntKind, IntKind) {
		return "", false
	}
	base, ok := a[1].int()
	if !ok {
		return "", false
	}
	if n, ok := a[0].int(); ok {
		return strconv.FormatInt(n, int(base)), true
	}
	return a[0].s, base == 10
}

func formatBool(_ *instance, a []value) (string, bool) {
	if !kinds(a, BoolKind) {
		return "", false
	}
	b, err := strconv.ParseBool(a[0].s)
	if err != nil {
		return "", false
	}
	return strconv.FormatBool(b), true
}

func reMethod(f func(re *regexp.Regexp, src, repl string) string) native {
	return func(_ *instance, a []value) (string, bool) {
		if !kinds(a, RegexpKind, StrKind, StrKind) {
			return "", false
		}
		return f(a[0].re, a[1].s, a[2].s), true
	}
}

// replaceFunc runs (*regexp.Regexp).ReplaceAllStringFunc with a callback
// it does not run: each match becomes a part known only at run time (a
// template's {placeholders}, filled from a map). A match that takes in a
// token loses it, and the result is unknown.
func replaceFunc(in *instance, a []value) (string, bool) {
	if !kinds(a, RegexpKind, StrKind, FuncKind) {
		return "", false
	}
	return a[0].re.ReplaceAllStringFunc(a[1].s, func(string) string { return in.hole(Part{Unknown: true}) }), true
}

// sprintf runs fmt.Sprintf with a format known statically but for the
// values it was built from (a table's "/account/" + account +
// "/extension/%s" with the account an ID): a hole of the format is its
// token, copied as text, as an ID's text is; a format that is wholly a
// hole leaves any operand over, which fmt reports: unknown. An
// operand known statically is passed as itself; one with holes as a
// fmt.Formatter that writes its text for %v and %s (%d of an integer),
// and a token of its own, an unknown, for every other verb, width,
// precision or flag: what %x or %q makes of a value known only at run
// time is known only at run time.
func sprintf(in *instance, a []value) (string, bool) {
	if len(a) == 0 || a[0].kind != StrKind {
		return "", false
	}
	operands := make([]any, len(a)-1)
	for i, v := range a[1:] {
		switch {
		case v.kind == ListKind || v.kind == RegexpKind:
			return "", false
		case v.holes:
			operands[i] = holeOperand{in, v}
		case v.kind == StrKind:
			operands[i] = v.s
		case v.kind == IntKind:
			n, ok := v.int()
			if !ok {
				return "", false
			}
			operands[i] = int(n)
		case v.kind == BoolKind:
			b, err := strconv.ParseBool(v.s)
			if err != nil {
				return "", false
			}
			operands[i] = b
		}
	}
	out := fmt.Sprintf(a[0].s, operands...)
	// A wrong verb or a missing or extra operand: fmt writes its error
	// with the operand's type, which is a holeOperand's, not the value's;
	// and no route has one: it is a combination of merged branches no
	// run makes (a table's format given another branch's operands).
	return out, !strings.Contains(out, "%!")
}

// A holeOperand is an operand of fmt.Sprintf with holes.
type holeOperand struct {
	in *instance
	v  value
}

func (h holeOperand) Format(f fmt.State, verb rune) {
	_, hasWidth := f.Width()
	_, hasPrec := f.Precision()
	plain := !hasWidth && !hasPrec && !f.Flag('-') && !f.Flag('+') && !f.Flag('#') && !f.Flag(' ') && !f.Flag('0')
	asText := verb == 'v' || (h.v.kind == StrKind && verb == 's') || (h.v.kind == IntKind && verb == 'd')
	if plain && asText {
		io.WriteString(f, h.v.s)
		return
	}
	h.in.spend(h.v)
	io.WriteString(f, h.in.hole(Part{Unknown: true}))
}
