package analyzer

import "go/ast"

// An http.Request written as a composite literal, &http.Request{Method: m,
// URL: u}, is a request as one http.NewRequest builds is: a client's Do or
// a transport's RoundTrip sends it as it stands. Like http.NewRequest, the
// literal is the site, whether or not rcperm sees it sent.

// requestLiteralCall names the literal in the chains of its requests.
const requestLiteralCall = "net/http.Request{}"

// visitRequestLiteral records the request an http.Request literal builds:
// its URL field, edited by the assignments to req.URL that follow, and its
// Method, GET when the literal leaves it empty, as net/http does. A literal
// without a URL gets one later, out of rcperm's sight: it is no site.
func (s *packageScan) visitRequestLiteral(sum *summary, cl *ast.CompositeLit) {
	if !isRequestType(s.pass.TypesInfo.TypeOf(cl)) {
		return
	}
	fields, ok := keyedFields(cl)
	if !ok || fields["URL"] == nil {
		return
	}
	method := lit("GET")
	if m, ok := fields["Method"]; ok {
		if v := upper(s.method(sum.fn, m)); !v.equal(lit("")) {
			method = v
		}
	}
	urls, edited := s.editedURL(sum.fn, cl, nil)
	if !edited {
		urls = s.values(sum.fn, fields["URL"])
	}
	p := s.pass.Fset.Position(cl.Pos())
	step := Step{Call: requestLiteralCall, File: p.Filename, Line: p.Line, Col: p.Column}
	for _, u := range urls {
		s.request(sum, cl, RequestTemplate{Method: method, URL: u, Chain: s.chains.add(step, endOfChain), Merged: len(urls) > 1})
	}
}

// keyedFields returns the fields a struct literal sets, by name; ok is
// false when its elements are not keyed.
func keyedFields(cl *ast.CompositeLit) (map[string]ast.Expr, bool) {
	fields := map[string]ast.Expr{}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			fields[key.Name] = kv.Value
		}
	}
	return fields, true
}
