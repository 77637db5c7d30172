package analyzer

import "github.com/rcperm/rcperm/permissions"

// maxSuggestions bounds the unknown routes of a package that rcperm
// suggests an operation for ("did you mean ...?"). Each suggestion ranks
// every template of the API, so code under analysis holding thousands of
// unknown routes would otherwise cost seconds per thousand; past the
// bound, an unknown route is still reported, without a suggestion.
const maxSuggestions = 100

// lookup looks a request up, suggesting through the package's Suggester.
func (s *packageScan) lookup(r RequestTemplate) permissions.Match {
	if s.suggester == nil {
		s.suggester = permissions.NewSuggester(maxSuggestions)
	}
	return s.suggester.Lookup(r.Method.render(), r.URL.render())
}
