package flow

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"
)

// expandSrc is a helper filling a template's placeholders in a loop,
// slicing it at each brace, and a second one calling it.
const expandSrc = `
import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"strings"
)
type Route string
func (r Route) Expand(params ...string) string {
	s := string(r)
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, p := range params {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(url.PathEscape(p))
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
func contact(ext, id string) string {
	return Route("/restapi/v1.0/account/~/extension/{extensionId}/address-book/contact/{contactId}").Expand(ext, id)
}
func trimmed(s string) string { return s[:len(s)-1] }
var Configured string // any package may set it
func expand(tmpl string, args []string) (string, error) {
	var b strings.Builder
	rest := tmpl
	for i := 0; ; i++ {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			if i != len(args) {
				return "", fmt.Errorf("%s: %d arguments for %d placeholders", tmpl, len(args), i)
			}
			b.WriteString(rest)
			return b.String(), nil
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 || i >= len(args) {
			return "", fmt.Errorf("%s: missing argument %d", tmpl, i)
		}
		b.WriteString(rest[:open])
		b.WriteString(args[i])
		rest = rest[open+end+1:]
	}
}
func expanded(tmpl string, args ...string) string {
	s, err := expand(tmpl, args)
	if err != nil {
		return ""
	}
	return s
}
// joinParts writes its parts into a bytes.Buffer, skipping empty ones.
func joinParts(parts ...string) string {
	var buf bytes.Buffer
	buf.WriteString("/restapi/v1.0/account/~")
	for _, p := range parts {
		p = strings.Trim(p, "/")
		if p == "" {
			continue
		}
		buf.WriteByte('/')
		buf.WriteString(p)
	}
	return buf.String()
}

// fill fills a template's {name} placeholders with what a callback the
// caller hands it returns, failing on a name it does not know.
func fill(tmpl string, lookup func(string) (string, bool)) (string, error) {
	var b strings.Builder
	for i := 0; i < len(tmpl); {
		open := strings.IndexByte(tmpl[i:], '{')
		if open < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		b.WriteString(tmpl[i : i+open])
		rest := tmpl[i+open+1:]
		end := strings.IndexByte(rest, '}')
		if end < 0 {
			return "", fmt.Errorf("unterminated %q", tmpl)
		}
		val, ok := lookup(rest[:end])
		if !ok {
			return "", fmt.Errorf("no {%s}", rest[:end])
		}
		b.WriteString(url.PathEscape(val))
		i += open + end + 2
	}
	return b.String(), nil
}
func filled(tmpl string, params map[string]string) string {
	s, _ := fill(tmpl, func(k string) (string, bool) { v, ok := params[k]; return v, ok })
	return s
}

// With fills placeholders from key/value pairs, refusing an odd count.
func (r Route) With(kv ...string) Route {
	if len(kv)%2 != 0 {
		panic("pairs: " + strings.Join(kv, ","))
	}
	s := string(r)
	for i := 0; i < len(kv); i += 2 {
		s = strings.ReplaceAll(s, "{"+kv[i]+"}", url.PathEscape(kv[i+1]))
	}
	return Route(s)
}
func (r Route) Me() Route { return r.With("accountId", "~", "extensionId", "~") }

func sink(string) {}
var _ = cmp.Or[string]
`

// TestInterpret: such helpers are run on their arguments, a token for each
// part known only at run time; a result that splits a token is unknown.
func TestInterpret(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"a method filling placeholders in a loop", `sink(Route("/restapi/v1.0/account/{accountId}/extension/{extensionId}").Expand("~", id))`,
			[]string{"/restapi/v1.0/account/~/extension/{$0}"}},
		{"a helper calling it", `sink(contact("~", id))`,
			[]string{"/restapi/v1.0/account/~/extension/~/address-book/contact/{$0}"}},
		{"fewer arguments than placeholders", `sink(Route("/a/{x}/b/{y}").Expand(id))`,
			[]string{"/a/{$0}/b/{y}"}},
		{"an error path it does not run, not taken", `sink(expanded("/restapi/v1.0/account/{accountId}/extension/{extensionId}", "~", id))`,
			[]string{"/restapi/v1.0/account/~/extension/{$0}"}},
		{"a result that splits a token", `sink(trimmed("/a/" + Configured))`,
			[]string{"{}"}},
		{"a result that splits a parameter's token: left to the callers", `sink(trimmed("/a/" + id))`,
			[]string{"{$192}"}},
		{"parts written into a bytes.Buffer in a loop", `sink(joinParts("extension", "", id))`,
			[]string{"/restapi/v1.0/account/~/extension/{$0}"}},
		{"a list parameter: left to the callers", `sink(expanded("/restapi/v1.0/account/{accountId}/extension/{extensionId}", args...))`,
			[]string{"{$192}"}},
		{"placeholders a callback fills: each unknown", `sink(filled("/restapi/v1.0/account/{accountId}/extension/{extensionId}/presence", nil))`,
			[]string{"/restapi/v1.0/account/{}/extension/{}/presence"}},
		{"a template without placeholders, through the callback's helper", `sink(filled("/restapi/v1.0/account/~/call-log", nil))`,
			[]string{"/restapi/v1.0/account/~/call-log"}},
		{"the parameter's template, through the callback's helper", `sink(filled(id, nil))`,
			[]string{"{$0}"}},
		{"key/value pairs checked by len(kv)%2, through another method", `sink(string(Route("/restapi/v1.0/account/{accountId}/extension/{extensionId}/sms").Me()))`,
			[]string{"/restapi/v1.0/account/~/extension/~/sms"}},
		{"cmp.Or: any operand but an empty one", `sink(cmp.Or(id, "", "https://platform.ringcentral.com") + "/restapi/v1.0/account/~/call-log")`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~/call-log", "{$0}/restapi/v1.0/account/~/call-log"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, expandSrc+"func target(id string, args ...string) { "+tc.body+" }\n")
			strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["target"])
			if got := renderAll(strs); !ok || !slices.Equal(got, tc.want) {
				t.Errorf("Strings = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTemplateExecuted: a text/template parsed in place and executed
// into a buffer is its text, each action unknown; parsed from the
// target's parameter, its execution is left to the callers.
func TestTemplateExecuted(t *testing.T) {
	src := `
import (
	"bytes"
	"text/template"
)
func sink(string) {}
func render(text string, data any) string {
	var b bytes.Buffer
	template.Must(template.New("r").Parse(text)).Execute(&b, data)
	return b.String()
}
func target(text string) {
	sink(render("/restapi/v1.0/account/{{.Account}}/call-log", nil))
	sink(render(text, nil))
}
`
	tp := buildTest(t, src)
	var calls []*ast.CallExpr
	ast.Inspect(tp.file, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && types.ExprString(c.Fun) == "sink" {
			calls = append(calls, c)
		}
		return true
	})
	for i, want := range []string{"/restapi/v1.0/account/{}/call-log", "{$192}"} {
		strs, ok := tp.prog.Strings(calls[i].Args[0], tp.funcs["target"])
		if got := renderAll(strs); !ok || !slices.Equal(got, []string{want}) {
			t.Errorf("sink %d: Strings = %q, want %q", i, got, want)
		}
	}
}

// builderSrc is a builder whose methods read its fields (inputs of their
// Code, which the flow gives at each call) and join their variadic parts
// in a loop, and a helper defaulting to an environment variable.
const builderSrc = `
import (
	"bytes"
	"os"
	"strings"
)
type Builder struct{ base, account string }
func New(base string) *Builder { return &Builder{base: base, account: "~"} }
func (b *Builder) Account(parts ...string) string {
	var buf bytes.Buffer
	buf.WriteString(strings.TrimSuffix(b.base, "/"))
	buf.WriteString("/restapi/v1.0/account/")
	buf.WriteString(b.account)
	for _, p := range parts {
		if p = strings.Trim(p, "/"); p == "" {
			continue
		}
		buf.WriteByte('/')
		buf.WriteString(p)
	}
	return buf.String()
}
func (b *Builder) Extension(ext string, parts ...string) string {
	if ext == "" {
		ext = "~"
	}
	return b.Account(append([]string{"extension", ext}, parts...)...)
}
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
func lookup(p string) (string, error) {
	if p == "" {
		return "", os.ErrNotExist
	}
	return "/restapi/v1.0/" + p, nil
}
func resolved(p string) string {
	r, err := lookup(p)
	if err != nil {
		return ""
	}
	return r
}
func (b *Builder) Expand(tmpl string, pairs ...string) string {
	args := make([]string, 0, 2+len(pairs))
	args = append(args, "{accountId}", b.account)
	for i := 0; i+1 < len(pairs); i += 2 {
		args = append(args, pairs[i], pairs[i+1])
	}
	return strings.TrimSuffix(b.base, "/") + strings.NewReplacer(args...).Replace(tmpl)
}
func joined(parts ...string) string {
	all := append([]string{"restapi", "v1.0"}, parts...)
	all[1] = "v1.0"
	return "/" + strings.Join(all, "/")
}
func sink(string) {}
`

// TestInterpretReceiver: a method reading its receiver's fields is run on
// what the fields hold at the call, its loop as Go runs it; a test of a
// token that may stand for "" (an unset environment variable, a
// parameter) is not decided by the run, which leaves it to the summary.
func TestInterpretReceiver(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"fields and a loop skipping an empty part", `sink(New("https://platform.ringcentral.com").Account("", "call-log"))`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~/call-log"}},
		{"no parts", `sink(New("https://platform.ringcentral.com").Account())`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~"}},
		{"an environment variable's default kept", `sink(envOr("RC_SERVER", "https://platform.ringcentral.com") + "/restapi/v1.0/account/~")`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~", "{}/restapi/v1.0/account/~"}},
		{"a parameter tested for empty: both ways", `sink(New("https://platform.ringcentral.com").Extension(id, "call-log"))`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~/extension/{$0}/call-log", "https://platform.ringcentral.com/restapi/v1.0/account/~/extension/~/call-log"}},
		{"a helper's error result", `sink(resolved("account/~"))`,
			[]string{"/restapi/v1.0/account/~"}},
		{"a replacer's pairs appended in a loop", `sink(New("https://platform.ringcentral.com").Expand("/restapi/v1.0/account/{accountId}/recording/{recordingId}", "{recordingId}", id))`,
			[]string{"https://platform.ringcentral.com/restapi/v1.0/account/~/recording/{$0}"}},
		{"a list literal appended to, an element set, joined", `sink(joined("account", "~", "call-log"))`,
			[]string{"/restapi/v1.0/account/~/call-log"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp := buildTest(t, builderSrc+"func target(id string) { "+tc.body+" }\n")
			strs, ok := tp.prog.Strings(tp.call(t, "sink").Args[0], tp.funcs["target"])
			got := renderAll(strs)
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.want))
			if !ok || !slices.Equal(got, want) {
				t.Errorf("Strings = %q, want %q", got, want)
			}
		})
	}
}
