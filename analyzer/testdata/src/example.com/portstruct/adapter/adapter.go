package adapter // want package:`needs\(\[\]\) wrappers=true module=""`

import (
	"context"
	"net/http"

	"example.com/portstruct/port"
)

type HTTP struct {
	Base string
	HC   *http.Client
}

func (h *HTTP) Send(ctx context.Context, r port.Request) error { // want Send:`requests\(\{\$1280\} \{\$256\}\{\$1281\}\)`
	req, err := http.NewRequestWithContext(ctx, r.Method, h.Base+r.Path, nil)
	if err != nil {
		return err
	}
	resp, err := h.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
