package shell // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/descport/rcapi"
)

type Executor struct{ Base string }

func New(base string) *Executor { return &Executor{Base: base} } // want New:`effects\(result 1 fields, receiver 0 fields\)`

func (e *Executor) Run(ctx context.Context, r rcapi.Req, out any) error { // want Run:`requests\(\{\$1280\} \{\$256\}\{\$1281\}\)`
	req, err := http.NewRequestWithContext(ctx, r.Method, e.Base+r.Path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
