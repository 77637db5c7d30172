package permissions

import "strings"

// A Suggester looks requests up as Lookup does, for one run over code that
// may hold any number of unknown routes: each suggestion ranks every
// template, so it remembers the suggestion of each route, and after max
// distinct routes it suggests no more (Match.Nearest is nil). The cost of
// a run's suggestions is then bounded whatever the code holds, and which
// routes get one depends only on the order they are looked up in. Not safe
// for concurrent use.
type Suggester struct {
	max  int
	made map[suggestion]*Operation
}

// suggestion is what a suggestion depends on: the method as Lookup folds
// it, and the URL.
type suggestion struct{ method, url string }

// NewSuggester returns a Suggester that suggests for at most max routes.
func NewSuggester(max int) *Suggester {
	return &Suggester{max: max, made: map[suggestion]*Operation{}}
}

// Lookup is Lookup, but for the bound on suggestions.
func (s *Suggester) Lookup(method, url string) Match {
	m := Classify(method, url)
	if m.Verdict != NoSuchOperation {
		return m
	}
	key := suggestion{strings.ToUpper(method), url}
	if op, ok := s.made[key]; ok {
		m.Nearest = op
		return m
	}
	if len(s.made) >= s.max {
		return m
	}
	m = Lookup(method, url)
	s.made[key] = m.Nearest
	return m
}
