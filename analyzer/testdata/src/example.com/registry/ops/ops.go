package ops // want package:`needs\(\[\]\) wrappers=true module=""`

// Package ops runs named operations that other packages register from
// their init functions: the executor sees none of the routes, which are
// the registrations' own.

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type Op struct {
	Name, Method, Path string
	// Base overrides the executor's server (another company's API).
	Base string
}

var ops = map[string]Op{}

func Register(op Op) { ops[op.Name] = op }

// Add registers an operation without a server of its own.
func Add(name, method, path string) { Register(Op{Name: name, Method: method, Path: path}) } // want Add:`requests\(\{\$1\} \{\$2\}\)`

type Executor struct {
	BaseURL  string
	Defaults map[string]string
}

func (e *Executor) Run(ctx context.Context, name string, params map[string]string) error {
	op, ok := ops[name]
	if !ok {
		return fmt.Errorf("no operation %q", name)
	}
	p, err := expand(op.Path, func(k string) (string, bool) {
		if v, ok := params[k]; ok {
			return v, true
		}
		v, ok := e.Defaults[k]
		return v, ok
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, op.Method, cmp.Or(op.Base, e.BaseURL)+p, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// expand fills a template's {name} placeholders with what lookup gives.
func expand(tmpl string, lookup func(string) (string, bool)) (string, error) {
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
			return "", fmt.Errorf("unterminated placeholder in %q", tmpl)
		}
		val, ok := lookup(rest[:end])
		if !ok {
			return "", fmt.Errorf("no value for {%s}", rest[:end])
		}
		b.WriteString(url.PathEscape(val))
		i += open + end + 2
	}
	return b.String(), nil
}
