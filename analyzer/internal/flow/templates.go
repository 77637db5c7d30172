package flow

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A route written as a text/template (a job's "/restapi/v1.0/account/
// {{.AccountID}}/call-log", parsed and executed into a buffer) is its
// text with each action known only at run time: the data a run gives.

// templateText is the text template t was parsed from, each {{action}}
// an unknown part: t made by template.Must(template.New(n).Parse(text))
// or t, err := template.New(n).Parse(text). ok is false for a template
// made otherwise.
func (ev *evaluation) templateText(t ssa.Value, fr frame, depth int) ([]Str, bool) {
	for range maxDepth {
		switch x := t.(type) {
		case *ssa.Call:
			name := fullName(x.Call.StaticCallee())
			switch {
			case (name == "text/template.Must" || name == "html/template.Must") && len(x.Call.Args) >= 1:
				t = x.Call.Args[0]
				continue
			case strings.HasSuffix(name, "template.Template).Parse") && len(x.Call.Args) == 2:
				texts := ev.values(x.Call.Args[1], fr, depth)
				if slices.ContainsFunc(texts, hasParam) {
					// A text the callers give: theirs to fill in.
					return ev.deferFill(actionsCode, texts)
				}
				var out []Str
				for _, s := range texts {
					out = union(out, []Str{actionsFilled(s)})
				}
				return bound(out), true
			}
		case *ssa.Extract:
			if x.Index == 0 {
				t = x.Tuple
				continue
			}
		}
		return nil, false
	}
	return nil, false
}

// actionsFilled is template text s with each {{action}} of its literal
// text a part known only at run time.
func actionsFilled(s Str) Str {
	if s == nil {
		return nil
	}
	return delimitedFilled(s, "{{", "}}")
}

// delimitedFilled is s with each span of its literal text from open to
// close a part known only at run time.
func delimitedFilled(s Str, open, close string) Str {
	out := Str{}
	for _, part := range s {
		if !isLit(part) {
			out = AppendPart(out, part)
			continue
		}
		out = AppendPart(out, Part{Lit: ""})
		text := fillDelimited(part.Lit, open, close, func() string { return "\x00" })
		for i, piece := range strings.Split(text, "\x00") {
			if i > 0 {
				out = AppendPart(out, Part{Unknown: true})
			}
			out = AppendPart(out, Part{Lit: piece})
		}
	}
	return out
}

// fillDelimited replaces each span of text from open to close with what
// hole gives.
func fillDelimited(text, open, close string, hole func() string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, open)
		j := strings.Index(text[max(i, 0):], close)
		if i < 0 || j < 0 {
			break
		}
		b.WriteString(text[:i])
		b.WriteString(hole())
		text = text[i+j+len(close):]
	}
	b.WriteString(text)
	return b.String()
}

// fillActions is the native that fills a template text's actions, and
// actionsCode a Code that runs it: an execution of a text the callers
// give is deferred to them as it.
const fillActions = "text/template·fillActions"

var actionsCode = nativeCode(fillActions)

func init() {
	natives[fillActions] = fillNative("{{", "}}")
}

// fillNative is a native filling the spans from open to close of its one
// string argument with parts known only at run time.
func fillNative(open, close string) native {
	return func(in *instance, a []value) (string, bool) {
		if !kinds(a, StrKind) {
			return "", false
		}
		return fillDelimited(a[0].s, open, close, func() string { return in.hole(Part{Unknown: true}) }), true
	}
}
