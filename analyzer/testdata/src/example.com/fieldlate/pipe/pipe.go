package pipe // want package:`needs\(\[\]\) wrappers=true module=""`

// Package pipe calls its fetcher through a function-typed field that only
// its users set: the requests are those of the function main stores there.

import "context"

type Fetcher func(ctx context.Context, path string) error

type Runner struct {
	Fetch Fetcher
	Log   func(msg string)
}

func (r *Runner) Sync(ctx context.Context) error { // want Sync:`requests\(via example.com/fieldlate/pipe.Runner.Fetch\(\{\}, /restapi/v1.0/account/~/call-log\), via example.com/fieldlate/pipe.Runner.Log\(.*\), via example.com/fieldlate/pipe.Runner.Fetch\(\{\}, /restapi/v1.0/account/~/extension/~/presence\)\)`
	if err := r.Fetch(ctx, "/restapi/v1.0/account/~/call-log"); err != nil {
		return err
	}
	r.Log("/restapi/v1.0/account/~/call-log synced")
	return r.Fetch(ctx, "/restapi/v1.0/account/~/extension/~/presence")
}
