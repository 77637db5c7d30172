package sched // want package:`needs\(\[\]\) wrappers=true module=""`

// sched runs jobs that each say how to build their URL; the HTTP
// client is an interface main wires in.

import (
	"cmp"
	"context"
	"net/http"
)

type Job struct {
	Name     string
	Method   string
	BuildURL func(base string) string
}

type Doer interface {
	Do(ctx context.Context, method, target string) error
}

type Scheduler struct {
	Base string
	HTTP Doer
}

func (s *Scheduler) Run(ctx context.Context, jobs []Job) { // want Run:`requests\(via example\.com/jobfuncs/sched\.Job\.BuildURL\(\{\$256\}\), via Do\(\{\}, \{\}, \{\}\), via Do\(\{\}, GET, \{\}\)\)`
	for _, j := range jobs {
		go s.runOnce(ctx, j)
	}
}

func (s *Scheduler) runOnce(ctx context.Context, j Job) error { // want runOnce:`requests\(via example\.com/jobfuncs/sched\.Job\.BuildURL\(\{\$256\}\), via Do\(\{\}, \{\$1281\}, \{\}\), via Do\(\{\}, GET, \{\}\)\)`
	target := j.BuildURL(s.Base)
	if target == "" {
		return nil
	}
	return s.HTTP.Do(ctx, cmp.Or(j.Method, http.MethodGet), target)
}

// Fetch gets each URL it is given: what they are, its callers say.
func (s *Scheduler) Fetch(ctx context.Context, urls []string) { // want Fetch:`requests\(via Do\(\{\}, GET, \{\$1791\}\)\)`
	for _, u := range urls {
		s.HTTP.Do(ctx, http.MethodGet, u)
	}
}
