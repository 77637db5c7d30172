package lib // want package:`needs\(\[\]\) wrappers=true module=""`

// Package lib describes each operation by a descriptor variable and sends
// one, by value, with its {placeholders} filled in a loop.

import (
	"context"
	"net/http"
	"strings"
)

// Operation describes a RingCentral operation.
type Operation struct {
	ID, Method, Path string // want Path:`field stores\(2\)`
}

var (
	ReadCallLog       = Operation{ID: "readCompanyCallLog", Method: http.MethodGet, Path: "/restapi/v1.0/account/{accountId}/call-log"} // want ReadCallLog:`global\(3 fields\)`
	DeleteUserCallLog = Operation{                                                                                                      // want DeleteUserCallLog:`global\(3 fields\)`
		ID:     "deleteUserCallLog",
		Method: http.MethodDelete,
		Path:   "/restapi/v1.0/account/{accountId}/extension/{extensionId}/call-log",
	}
)

// Route keys, and the table of routes they name.
const (
	KeyExtensions = "extensions"
	KeyPresence   = "presence"
)

var Routes = map[string]string{ // want Routes:`global\(2 entries\)`
	KeyExtensions: "/restapi/v1.0/account/~/extension",
	KeyPresence:   "/restapi/v1.0/account/~/presence",
}

// Expand fills the path's placeholders.
func (op Operation) Expand(params map[string]string) (string, error) { // want Expand:`route\(\{\$258\}\)`
	path := op.Path
	for name, value := range params {
		if !strings.Contains(path, "{"+name+"}") {
			return "", nil
		}
		path = strings.ReplaceAll(path, "{"+name+"}", value)
	}
	return path, nil
}

// Invoke sends op.
func Invoke(ctx context.Context, op Operation, params map[string]string) error { // want Invoke:`requests\(\{\$1281\} https://platform.ringcentral.com\{\$1282\}\)`
	path, err := op.Expand(params)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, op.Method, "https://platform.ringcentral.com"+path, nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
