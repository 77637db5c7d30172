package routes // want package:`needs\(\[\]\) wrappers=false module=""`

// Package routes names the operations the app uses: a table read by name.

import (
	"fmt"
	"net/http"
)

type Operation struct {
	Method   string
	Template string // want Template:`field stores\(3\)`
}

var table = map[string]Operation{
	"calllog.company": {Method: http.MethodGet, Template: "/restapi/v1.0/account/~/call-log"},
	"sms.send":        {Method: http.MethodPost, Template: "/restapi/v1.0/account/~/extension/~/sms"},
	"extension.drop":  {Method: http.MethodDelete, Template: "/restapi/v1.0/account/~/extension/{extensionId}"},
}

func Lookup(name string) (Operation, bool) { // want Lookup:`keyed\(0, 3 cases\)` Lookup:`effects\(result 2 fields, receiver 0 fields\)`
	op, ok := table[name]
	return op, ok
}

func MustLookup(name string) Operation { // want MustLookup:`keyed\(0, 3 cases\)` MustLookup:`effects\(result 2 fields, receiver 0 fields\)`
	op, ok := table[name]
	if !ok {
		panic(fmt.Sprintf("routes: no operation %q", name))
	}
	return op
}
